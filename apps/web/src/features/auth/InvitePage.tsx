import { useCallback, useState } from 'react';
import { describeError, isApiError } from '../../api/client.ts';
import { acceptInvite, previewInvite } from '../../api/teams.ts';
import { invitePath, navigate, withNext } from '../../app/routes.ts';
import { useAppStore } from '../../store/index.ts';
import { AppLink } from '../common/AppLink.tsx';
import { FormError } from '../common/FormError.tsx';
import { LoadError } from '../common/LoadError.tsx';
import { Loading } from '../common/Loading.tsx';
import { useLoad } from '../common/useLoad.ts';

/** /invite/<token>: shows which team invites you; signed in, you join with one click. */
export function InvitePage({ token }: { token: string }) {
  const signedIn = useAppStore((s) => s.sessionStatus === 'signed-in');
  const teamJoined = useAppStore((s) => s.teamJoined);
  const { data: preview, error: loadError, reload } = useLoad(useCallback(() => previewInvite(token), [token]));
  // Apart from the load's error: a refused join keeps the invite on screen, with why beside the button,
  // unless the invite itself is gone (used, revoked or expired since it was shown).
  const [joinError, setJoinError] = useState<unknown>(null);
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
      setJoinError(e);
    }
  };

  const inviteGone = isApiError(joinError) && joinError.code === 'INVITE_INVALID' ? joinError : null;
  const refusal = loadError ?? inviteGone;
  if (refusal) {
    // The server's answer about this invite (used, expired, unknown) is final; anything else may pass.
    const final = isApiError(refusal) && refusal.status >= 400 && refusal.status < 500;
    return (
      <section className="auth">
        <LoadError
          title={final ? 'This invite cannot be used' : 'Could not load the invite'}
          error={refusal}
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
        <Loading>Loading invite…</Loading>
      ) : (
        <>
          <h1 id="invite-title">Join {preview.teamName}</h1>
          <p>
            {preview.invitedBy} invited you to the team ({preview.memberCount} of 10 members). The invite is valid until{' '}
            {new Date(preview.expiresAt).toLocaleDateString()}.
          </p>
          {signedIn ? (
            <>
              <FormError message={joinError ? describeError(joinError) : null} />
              {isApiError(joinError) && joinError.code === 'ALREADY_MEMBER' ? (
                // Joining again cannot help: the team is already theirs.
                <AppLink className="button button--primary" to="/">
                  Open your boards
                </AppLink>
              ) : (
                <button type="button" className="button button--primary" onClick={join} disabled={busy}>
                  {busy ? 'Joining…' : `Join ${preview.teamName}`}
                </button>
              )}
            </>
          ) : (
            <div className="form__buttons form__buttons--start">
              <AppLink className="button button--primary" to={withNext('/signup', here)}>
                Create an account to join
              </AppLink>
              <AppLink className="button" to={withNext('/signin', here)}>
                I have an account
              </AppLink>
            </div>
          )}
        </>
      )}
    </section>
  );
}
