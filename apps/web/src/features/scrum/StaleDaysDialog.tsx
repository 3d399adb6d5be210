import { SCRUM_LIMITS, validateStaleThreshold } from '@echoboard/domain';
import { type FormEvent, useState } from 'react';
import { describeError } from '../../api/client.ts';
import { useAppStore } from '../../store/index.ts';
import { Dialog } from '../common/Dialog.tsx';
import { Field } from '../common/Field.tsx';
import { FormButtons } from '../common/FormButtons.tsx';

/** Leads set how many days a card may stay in a column before the daily scrum calls it stale. */
export function StaleDaysDialog({ columnId, onClose }: { columnId: string; onClose: () => void }) {
  const column = useAppStore((s) => s.columnsById[columnId]);
  const updateColumn = useAppStore((s) => s.updateColumn);
  const [days, setDays] = useState(column?.staleDays == null ? '' : String(column.staleDays));
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const valid = validateStaleThreshold(days.trim() === '' ? null : Number(days));
    if (!valid.ok) return setError(valid.error.message);
    setBusy(true);
    try {
      await updateColumn(columnId, { staleDays: valid.value });
      onClose();
    } catch (err) {
      setBusy(false);
      setError(describeError(err));
    }
    return undefined;
  };

  return (
    <Dialog title={`When cards in “${column?.name ?? ''}” go stale`} onClose={onClose}>
      <form className="form" onSubmit={onSubmit} noValidate>
        <Field label="Stale after (days)" hint="Leave empty if cards here never go stale, e.g. Done." error={error}>
          {(props) => (
            <input
              {...props}
              data-autofocus
              className="input input--narrow"
              type="number"
              inputMode="numeric"
              min={SCRUM_LIMITS.staleDaysMin}
              max={SCRUM_LIMITS.staleDaysMax}
              value={days}
              onChange={(e) => {
                setDays(e.target.value);
                setError(undefined);
              }}
            />
          )}
        </Field>
        <FormButtons submit="Save" busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
