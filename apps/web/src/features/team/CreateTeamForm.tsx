import { TEAM_MAX_MEMBERS } from '@echoboard/domain';
import { type FormEvent, useState } from 'react';
import { describeError, isApiError } from '../../api/client.ts';
import { createTeam } from '../../api/teams.ts';
import { useAppStore } from '../../store/index.ts';
import { Field } from '../common/Field.tsx';

/** A signed-in person with no team starts one (and leads it), or waits for an invite. */
export function CreateTeamForm() {
  const teamJoined = useAppStore((s) => s.teamJoined);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (name.trim() === '') return setError('Give the team a name.');
    setBusy(true);
    try {
      const team = await createTeam({ name: name.trim() });
      teamJoined(team);
    } catch (err) {
      setBusy(false);
      setError(isApiError(err) ? (err.fieldErrors().name ?? err.detail) : describeError(err));
    }
  };

  return (
    <section className="auth" aria-labelledby="create-team-title">
      <h1 id="create-team-title">Start a team</h1>
      <p>
        A team is up to {TEAM_MAX_MEMBERS} people who share boards. You will lead it and can invite the others. Joining
        someone else's team? Open the invite link they sent you.
      </p>
      <form className="form" onSubmit={onSubmit} noValidate>
        <Field label="Team name" error={error} hint="For example: Northwind Marketing">
          {(props) => (
            <input {...props} data-autofocus className="input" value={name} onChange={(e) => setName(e.target.value)} />
          )}
        </Field>
        <div className="form__buttons">
          <button type="submit" className="button button--primary" disabled={busy}>
            Create team
          </button>
        </div>
      </form>
    </section>
  );
}
