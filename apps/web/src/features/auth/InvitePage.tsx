import { useCallback, useState } from 'react';
import { describeError, isApiError } from '../../api/client.ts';
import { acceptInvite, previewInvite } from '../../api/teams.ts';
import { invitePath, navigate, withNext } from '../../app/routes.ts';
import { useAppStore } from '../../store/index.ts';
import { FormError } from '../common/FormError.tsx';
import { LoadError } from '../common/LoadError.tsx';
import { useLoad } from '../common/useLoad.ts';

/** /invite/<token>: shows which team invites you; signed in, you join with one click. */
export function InvitePage({ token }: { token: string }) {
  const signedIn = useAppStore((s) => s.sessionStatus === 'signed-in');
  const teamJoined = useAppStore((s) => s.teamJoined);
  const { data: preview, error: loadError, reload } = useLoad(useCallback(() => previewInvite(token), [token]));
  // Apart from the load's error: a refused join keeps the invite on screen, with why beside the button.
  const [joinError, setJoinError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const join = async () => {
    setBusy(true);
    setJoinError(null);
    try {
      const team = await acceptInvite(token);
      teamJoined(team);
      navigate('/', { replace: true });
    } catch (e) {
      setBusy(false);
      setJoinError(describeError(e));
    }
  };

  if (loadError) {
    // The server's answer about this invite (used, expired, unknown) is final; anything else may pass.
    const final = isApiError(loadError) && loadError.status >= 400 && loadError.status < 500;
    return (
      <section className="auth">
        <LoadError
          title={final ? 'This invite cannot be used' : 'Could not load the invite'}
          error={loadError}
          retry={final ? undefined : reload}
        />
        {final ? <p>Ask your team lead for a new invite link.</p> : null}
      </section>
    );
  }

  const here = invitePath(token);
  return (
    <section className="auth" aria-labelledby="invite-title">
      {preview === null ? (
        <p role="status">Loading invite…</p>
      ) : (
        <>
          <h1 id="invite-title">Join {preview.teamName}</h1>
          <p>
            {preview.invitedBy} invited you to the team ({preview.memberCount} of 10 members). The invite is valid until{' '}
            {new Date(preview.expiresAt).toLocaleDateString()}.
          </p>
          {signedIn ? (
            <>
              <FormError message={joinError} />
              <button type="button" className="button button--primary" onClick={join} disabled={busy}>
                {busy ? 'Joining…' : `Join ${preview.teamName}`}
              </button>
            </>
          ) : (
            <div className="form__buttons form__buttons--start">
              <a
                className="button button--primary"
                href={withNext('/signup', here)}
                onClick={(e) => {
                  e.preventDefault();
                  navigate(withNext('/signup', here));
                }}
              >
                Create an account to join
              </a>
              <a
                className="button"
                href={withNext('/signin', here)}
                onClick={(e) => {
                  e.preventDefault();
                  navigate(withNext('/signin', here));
                }}
              >
                I have an account
              </a>
            </div>
          )}
        </>
      )}
    </section>
  );
}
