import type { SprintDetail } from '@echoboard/contracts';
import { datesStartingOn } from '@echoboard/domain';
import { type FormEvent, useState } from 'react';
import { Dialog } from '../common/Dialog.tsx';
import { FormButtons } from '../common/FormButtons.tsx';

/**
 * Starting a sprint on another day than planned: the lead moves its dates to start today (its
 * length kept), or keeps the planned ones (it then shows as not started, or days in, until they
 * match). `today` is the team's date, by which the server moves them.
 */
export function StartSprintDialog({
  sprint,
  today,
  busy,
  onStart,
  onClose,
}: {
  sprint: SprintDetail;
  today: string;
  busy: boolean;
  onStart: (startToday: boolean) => void;
  onClose: () => void;
}) {
  const [startToday, setStartToday] = useState(true);
  const moved = datesStartingOn({ lengthDays: sprint.lengthDays, holidays: sprint.holidays }, today);
  const dropped = sprint.holidays.length - moved.holidays.length;
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    onStart(startToday);
  };
  return (
    <Dialog
      title={`Start “${sprint.name}”`}
      onClose={onClose}
      description={`It is planned for ${sprint.startDate} – ${sprint.endDate}; today is ${today}.`}
    >
      <form className="form" onSubmit={onSubmit}>
        <fieldset className="field radio-group">
          <legend className="field__label">Dates</legend>
          <label className="radio">
            <input type="radio" name="start-dates" checked={startToday} onChange={() => setStartToday(true)} />
            Start today: {moved.startDate} – {moved.endDate}, its {sprint.lengthDays} days from today
            {dropped === 1 ? ' (1 day off falls outside them and is dropped)' : ''}
            {dropped > 1 ? ` (${dropped} days off fall outside them and are dropped)` : ''}
          </label>
          <label className="radio">
            <input type="radio" name="start-dates" checked={!startToday} onChange={() => setStartToday(false)} />
            Keep the planned dates: {sprint.startDate} – {sprint.endDate}
          </label>
        </fieldset>
        <FormButtons submit={busy ? 'Starting…' : 'Start sprint'} busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
