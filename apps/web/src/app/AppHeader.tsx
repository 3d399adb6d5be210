import { AppLink } from '../features/common/AppLink.tsx';
import { useAppStore } from '../store/index.ts';
import { campaignsPath, navigate, type Route, teamFeedbackPath, teamPath } from './routes.ts';

/** Brand, the team switcher, the current board's name, and the person's account. */
export function AppHeader({ route }: { route: Route }) {
  const me = useAppStore((s) => s.me);
  const teamId = useAppStore((s) => s.currentTeamId);
  const setCurrentTeam = useAppStore((s) => s.setCurrentTeam);
  const signOut = useAppStore((s) => s.signOut);
  const boardName = useAppStore((s) => (route.name === 'board' ? s.board?.name : undefined));

  return (
    <header className="app__header">
      <a
        className="app__brand"
        href="/"
        onClick={(e) => {
          e.preventDefault();
          navigate('/');
        }}
      >
        <span className="app__logo" aria-hidden="true" />
        Echoboard
      </a>
      {boardName ? <span className="app__board-name">{boardName}</span> : null}
      {me ? (
        <nav className="app__account" aria-label="Account">
          {me.teams.length > 1 ? (
            <label>
              <span className="visually-hidden">Team</span>
              <select
                className="input"
                value={teamId ?? ''}
                onChange={(e) => {
                  setCurrentTeam(e.target.value);
                  navigate('/');
                }}
              >
                {me.teams.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          {teamId ? (
            <>
              <AppLink className="button" to={teamPath(teamId)}>
                Team
              </AppLink>
              <AppLink className="button" to={campaignsPath(teamId)}>
                Campaigns
              </AppLink>
            </>
          ) : null}
          {teamId ? (
            <AppLink className="button" to={teamFeedbackPath(teamId)}>
              Feedback
            </AppLink>
          ) : null}
          <span className="app__user" title={me.user.email}>
            {me.user.name}
          </span>
          <button
            type="button"
            className="button"
            onClick={async () => {
              await signOut();
              navigate('/signin');
            }}
          >
            Sign out
          </button>
        </nav>
      ) : null}
    </header>
  );
}

/** An in-app link: a real href (new tab, copy link) that navigates without reloading. */
