import type { InvitePreview } from '@echoboard/contracts';
import { useEffect, useState } from 'react';
import { describeError } from '../../api/client.ts';
import { acceptInvite, previewInvite } from '../../api/teams.ts';
import { invitePath, navigate, withNext } from '../../app/routes.ts';
import { useAppStore } from '../../store/index.ts';

/** /invite/<token>: shows which team invites you; signed in, you join with one click. */
export function InvitePage({ token }: { token: string }) {
  const signedIn = useAppStore((s) => s.sessionStatus === 'signed-in');
  const teamJoined = useAppStore((s) => s.teamJoined);
  const [preview, setPreview] = useState<InvitePreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    previewInvite(token)
      .then(setPreview)
      .catch((e) => setError(describeError(e)));
  }, [token]);

  const join = async () => {
    setBusy(true);
    try {
      const team = await acceptInvite(token);
      teamJoined(team);
      navigate('/', { replace: true });
    } catch (e) {
      setBusy(false);
      setError(describeError(e));
    }
  };

  const here = invitePath(token);
  return (
    <section className="auth" aria-labelledby="invite-title">
      {error ? (
        <>
          <h1 id="invite-title">This invite cannot be used</h1>
          <p role="alert">{error}</p>
          <p>Ask your team lead for a new invite link.</p>
        </>
      ) : preview === null ? (
        <p role="status">Loading invite…</p>
      ) : (
        <>
          <h1 id="invite-title">Join {preview.teamName}</h1>
          <p>
            {preview.invitedBy} invited you to the team ({preview.memberCount} of 10 members). The invite is valid until{' '}
            {new Date(preview.expiresAt).toLocaleDateString()}.
          </p>
          {signedIn ? (
            <button type="button" className="button button--primary" onClick={join} disabled={busy}>
              {busy ? 'Joining…' : `Join ${preview.teamName}`}
            </button>
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
