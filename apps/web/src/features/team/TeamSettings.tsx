import type { TeamDetail } from '@echoboard/contracts';
import { type FormEvent, useId, useMemo, useState } from 'react';
import { describeError } from '../../api/client.ts';
import { updateTeam } from '../../api/teams.ts';
import { useAppStore } from '../../store/index.ts';

/** Every zone the browser knows, with the team's current one kept even if this browser lacks it. */
function zoneChoices(current: string): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set(['UTC', current, ...known])].sort((a, b) =>
    a === 'UTC' ? -1 : b === 'UTC' ? 1 : a.localeCompare(b),
  );
}

const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * The team's name and time zone. The zone decides which calendar day it is for the team: the
 * sprint's day N of M, the scrum's "changed since" and campaign progress.
 */
export function TeamSettings({ team, onSaved }: { team: TeamDetail; onSaved: (team: TeamDetail) => void }) {
  const pushNotice = useAppStore((s) => s.pushNotice);
  const teamUpdated = useAppStore((s) => s.teamUpdated);
  const [name, setName] = useState(team.name);
  const [timeZone, setTimeZone] = useState(team.timeZone);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const zones = useMemo(() => zoneChoices(team.timeZone), [team.timeZone]);
  const nameId = useId();
  const zoneId = useId();
  const local = browserZone();

  if (team.role !== 'lead') {
    return (
      <p className="team-page__zone">
        Time zone: <strong>{team.timeZone}</strong> (set by a lead; it decides the team's calendar day)
      </p>
    );
  }

  const changed = name.trim() !== team.name || timeZone !== team.timeZone;
  const save = async (e: FormEvent) => {
    e.preventDefault();
    setSaving(true);
    try {
      const saved = await updateTeam(team.id, {
        ...(name.trim() !== team.name ? { name } : {}),
        ...(timeZone !== team.timeZone ? { timeZone } : {}),
      });
      setError(null);
      teamUpdated(saved);
      onSaved(saved);
      pushNotice('Team settings saved.', 'success');
    } catch (err) {
      setError(describeError(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="team-page__settings" aria-labelledby={`${nameId}-title`} onSubmit={save}>
      <h2 id={`${nameId}-title`}>Team settings</h2>
      <div className="field">
        <label className="field__label" htmlFor={nameId}>
          Team name
        </label>
        <input id={nameId} className="input" value={name} maxLength={80} onChange={(e) => setName(e.target.value)} />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={zoneId}>
          Time zone
        </label>
        <select
          id={zoneId}
          className="input"
          value={timeZone}
          aria-describedby={`${zoneId}-hint`}
          onChange={(e) => setTimeZone(e.target.value)}
        >
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </select>
        <p id={`${zoneId}-hint`} className="field__hint">
          Sprint days, the scrum and campaign progress follow this zone's calendar day.
          {local && local !== timeZone ? (
            <>
              {' '}
              <button type="button" className="button" onClick={() => setTimeZone(local)}>
                Use this browser's zone ({local})
              </button>
            </>
          ) : null}
        </p>
      </div>
      {error ? (
        <p role="alert" className="field__error">
          {error}
        </p>
      ) : null}
      <button type="submit" className="button button--primary" disabled={!changed || saving}>
        {saving ? 'Saving…' : 'Save settings'}
      </button>
    </form>
  );
}
