import type { Invite } from '@echoboard/contracts';
import { DISCIPLINES, ROLES } from '@echoboard/domain';
import { useCallback, useEffect, useState } from 'react';
import { describeError } from '../../api/client.ts';
import { createInvite, getTeam, listInvites, removeMember, revokeInvite, updateMember } from '../../api/teams.ts';
import { useAppStore } from '../../store/index.ts';
import { CopyLink } from '../common/LinkControls.tsx';
import { LoadError } from '../common/LoadError.tsx';
import { Loading } from '../common/Loading.tsx';
import { useLoad } from '../common/useLoad.ts';
import { TeamSettings } from './TeamSettings.tsx';

/** Members with their roles and disciplines; a lead also manages invites here. */
export function TeamPage({ teamId }: { teamId: string }) {
  const myId = useAppStore((s) => s.me?.user.id);
  const pushNotice = useAppStore((s) => s.pushNotice);
  const { data: team, error, reload, setData: setTeam } = useLoad(useCallback(() => getTeam(teamId), [teamId]));

  if (error) return <LoadError title="Could not load the team" error={error} retry={reload} />;
  if (!team) return <Loading>Loading team…</Loading>;
  const isLead = team.role === 'lead';

  const run = async (action: () => Promise<unknown>, done?: string) => {
    try {
      await action();
      if (done) pushNotice(done, 'success');
    } catch (e) {
      pushNotice(describeError(e));
    }
    reload();
  };

  return (
    <section className="team-page" aria-labelledby="team-title">
      <h1 id="team-title">{team.name}</h1>
      <p className="team-page__count">
        {team.members.length} of {team.maxMembers} members
      </p>
      <table className="team-page__members">
        <caption className="visually-hidden">Members of {team.name}</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Discipline</th>
            {isLead ? <th scope="col">Actions</th> : null}
          </tr>
        </thead>
        <tbody>
          {team.members.map((m) => (
            <tr key={m.userId}>
              <th scope="row">
                {m.name}
                {m.userId === myId ? ' (you)' : ''}
              </th>
              <td>{m.email}</td>
              <td>
                {isLead ? (
                  <select
                    className="input input--narrow"
                    aria-label={`Role of ${m.name}`}
                    value={m.role}
                    onChange={(e) =>
                      run(() => updateMember(team.id, m.userId, { role: e.target.value as (typeof ROLES)[number] }))
                    }
                  >
                    {ROLES.map((r) => (
                      <option key={r} value={r}>
                        {r}
                      </option>
                    ))}
                  </select>
                ) : (
                  m.role
                )}
              </td>
              <td>
                {isLead || m.userId === myId ? (
                  <select
                    className="input input--narrow"
                    aria-label={`Discipline of ${m.name}`}
                    value={m.discipline}
                    onChange={(e) =>
                      run(() =>
                        updateMember(team.id, m.userId, { discipline: e.target.value as (typeof DISCIPLINES)[number] }),
                      )
                    }
                  >
                    {DISCIPLINES.map((d) => (
                      <option key={d} value={d}>
                        {d}
                      </option>
                    ))}
                  </select>
                ) : (
                  m.discipline
                )}
              </td>
              {isLead ? (
                <td>
                  {m.userId === myId ? null : (
                    <button
                      type="button"
                      className="button button--danger"
                      onClick={() => {
                        if (window.confirm(`Remove ${m.name} from ${team.name}?`))
                          void run(() => removeMember(team.id, m.userId), `${m.name} was removed.`);
                      }}
                    >
                      Remove {m.name}
                    </button>
                  )}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
      {isLead ? <Invites teamId={team.id} full={team.members.length >= team.maxMembers} /> : null}
      <TeamSettings key={`${team.name}|${team.timeZone}`} team={team} onSaved={setTeam} />
    </section>
  );
}

const NO_INVITES: Invite[] = [];

function Invites({ teamId, full }: { teamId: string; full: boolean }) {
  const pushNotice = useAppStore((s) => s.pushNotice);
  const [link, setLink] = useState<string | null>(null);
  const listed = useLoad(useCallback(() => listInvites(teamId), [teamId]));
  const { reload } = listed;
  const invites = listed.data ?? NO_INVITES;
  // The list is a side panel: a failure to read it is a notice, not a page error.
  useEffect(() => {
    if (listed.error) pushNotice(describeError(listed.error));
  }, [listed.error, pushNotice]);

  const create = async () => {
    try {
      const created = await createInvite(teamId);
      setLink(new URL(created.url, window.location.origin).toString());
      reload();
    } catch (e) {
      pushNotice(describeError(e));
    }
  };

  const pending = invites.filter((i) => i.status === 'pending');
  return (
    <section className="team-page__invites" aria-labelledby="invites-title">
      <h2 id="invites-title">Invite people</h2>
      <p>An invite link works once and expires after 7 days. Send it to one person.</p>
      <button type="button" className="button button--primary" onClick={create} disabled={full}>
        Create invite link
      </button>
      {full ? <p>The team has 10 members, the most a team can have.</p> : null}
      {link ? <CopyLink id="invite-link" label="New invite link" url={link} what="Invite link" /> : null}
      {pending.length > 0 ? (
        <ul className="team-page__pending" aria-label="Pending invites">
          {pending.map((invite) => (
            <li key={invite.id}>
              Created by {invite.createdBy.name}, expires {new Date(invite.expiresAt).toLocaleDateString()}{' '}
              <button
                type="button"
                className="button"
                onClick={() =>
                  revokeInvite(teamId, invite.id)
                    .then(() => pushNotice('Invite revoked.', 'success'))
                    .catch((e) => pushNotice(describeError(e)))
                    .finally(reload)
                }
              >
                Revoke
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
