import type { Member, SprintDetail } from '@echoboard/contracts';
import { validateAvailability } from '@echoboard/domain';
import { type FormEvent, useState } from 'react';
import { describeError } from '../../api/client.ts';
import { setAvailability, setPlanningDefaults } from '../../api/sprints.ts';
import { useAppStore } from '../../store/index.ts';
import { FormError } from '../common/FormError.tsx';

/**
 * Each member's available days (half days allowed), saved together; blank means not stated. A
 * field shows the sprint as it is now (live) until the person edits it, and only edited fields are
 * sent: someone else's newer statement is not overwritten by a form opened before it.
 */
export function AvailabilityForm({
  sprint,
  members,
  canEditAll,
  myId,
}: {
  sprint: SprintDetail;
  members: Member[];
  /** Leads set anyone's days; members only their own. */
  canEditAll: boolean;
  myId: string | null;
}) {
  const setPlanSprint = useAppStore((s) => s.setPlanSprint);
  const pushNotice = useAppStore((s) => s.pushNotice);
  // Only what the person typed; every other field shows the sprint's current value.
  const [edited, setEdited] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const stated = new Map(sprint.availability.map((a) => [a.memberId, String(a.availableDays)]));
  const shown = (memberId: string) => edited[memberId] ?? stated.get(memberId) ?? '';

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const entries = Object.entries(edited).map(([memberId, v]) => ({
      memberId,
      availableDays: v.trim() === '' ? null : Number(v),
    }));
    // The server's own rule, so the form refuses exactly what the server would.
    const checked = validateAvailability(entries, sprint.workingDays);
    if (!checked.ok) {
      setError(checked.error.message);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const detail = await setAvailability(sprint.id, { availability: checked.value });
      setPlanSprint(detail);
      setEdited({});
      pushNotice('Availability saved.', 'success');
    } catch (err) {
      setError(describeError(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form availability" onSubmit={onSubmit} noValidate>
      <fieldset className="availability__fields">
        <legend className="field__label">
          Available days (of {sprint.workingDays} working {sprint.workingDays === 1 ? 'day' : 'days'})
        </legend>
        <FormError message={error} />
        {members.map((m) => (
          <label key={m.userId} className="availability__row">
            <span>Available days for {m.name}</span>
            <input
              className="input input--narrow"
              type="number"
              inputMode="decimal"
              min={0}
              max={sprint.workingDays}
              step={0.5}
              disabled={!canEditAll && m.userId !== myId}
              value={shown(m.userId)}
              onChange={(e) => setEdited((d) => ({ ...d, [m.userId]: e.target.value }))}
            />
          </label>
        ))}
      </fieldset>
      <div className="form__buttons">
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Saving…' : 'Save availability'}
        </button>
      </div>
    </form>
  );
}

/** The lead's capacity default, used until the board has completed sprints. */
export function DefaultRateForm({ boardId, current }: { boardId: string; current: number | null }) {
  const reload = useAppStore((s) => s.reloadPlanSprint);
  const pushNotice = useAppStore((s) => s.pushNotice);
  const [value, setValue] = useState(current === null ? '' : String(current));
  const [error, setError] = useState<string | null>(null);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const rate = Number(value);
    if (value.trim() === '' || !Number.isFinite(rate) || rate < 0 || rate > 100) {
      setError('Enter points per available day between 0 and 100.');
      return;
    }
    setError(null);
    try {
      await setPlanningDefaults(boardId, rate);
      await reload();
      pushNotice('Default capacity saved.', 'success');
    } catch (err) {
      setError(describeError(err));
    }
  };

  return (
    <form className="form form--inline" onSubmit={onSubmit} noValidate>
      <label className="availability__row">
        <span>Default points per available day</span>
        <input
          className="input input--narrow"
          type="number"
          inputMode="decimal"
          min={0}
          max={100}
          step="any"
          value={value}
          aria-invalid={error ? true : undefined}
          onChange={(e) => setValue(e.target.value)}
        />
      </label>
      <button type="submit" className="button">
        Save default
      </button>
      <FormError message={error} />
    </form>
  );
}
