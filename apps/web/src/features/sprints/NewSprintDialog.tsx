import type { SprintDetail } from '@echoboard/contracts';
import { SPRINT_LENGTHS } from '@echoboard/domain';
import { type FormEvent, useState } from 'react';
import { describeError, isApiError } from '../../api/client.ts';
import { createSprint, getSprint } from '../../api/sprints.ts';
import { useAppStore } from '../../store/index.ts';
import { todayIso } from '../board/format.ts';
import { Dialog } from '../common/Dialog.tsx';
import { Field } from '../common/Field.tsx';
import { FormButtons } from '../common/FormButtons.tsx';
import { FormError } from '../common/FormError.tsx';
import { initialSprintValues, type SprintFormErrors, type SprintFormValues, validateSprintForm } from './sprintForm.ts';

/** Field a sprint-level refusal is about, so it shows next to the date rather than only on top. */
const FIELD_OF_CODE: Record<string, keyof SprintFormValues> = { SPRINT_OVERLAP: 'startDate' };

export function NewSprintDialog({
  boardId,
  onCreated,
  onClose,
}: {
  boardId: string;
  onCreated: (sprint: SprintDetail) => void;
  onClose: () => void;
}) {
  const sprints = useAppStore((s) => s.boardSprints);
  const [values, setValues] = useState<SprintFormValues>(() => initialSprintValues(sprints, todayIso()));
  const [errors, setErrors] = useState<SprintFormErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const set = (field: keyof SprintFormValues) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const checked = validateSprintForm(values);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setBusy(true);
    setFormError(null);
    try {
      const created = await createSprint(boardId, checked.value);
      // The create answers with the sprint alone; planning needs its (empty) plan and meter too.
      onCreated(await getSprint(created.id));
    } catch (err) {
      setBusy(false);
      if (isApiError(err)) {
        const byField = err.fieldErrors() as SprintFormErrors;
        const field = FIELD_OF_CODE[err.code];
        if (field && !byField[field]) byField[field] = err.detail;
        setErrors(byField);
      }
      setFormError(describeError(err));
    }
  };

  const input = (field: keyof SprintFormValues, extra: Record<string, unknown> = {}) =>
    function control(props: object) {
      return (
        <input
          {...props}
          {...extra}
          className="input"
          value={values[field]}
          onChange={(e) => set(field)(e.target.value)}
        />
      );
    };

  return (
    <Dialog title="New sprint" onClose={onClose}>
      <form className="form" onSubmit={onSubmit} noValidate>
        <FormError message={formError} />
        <Field label="Sprint name" error={errors.name}>
          {input('name', { 'data-autofocus': true })}
        </Field>
        <Field label="Sprint goal" error={errors.goal}>
          {input('goal')}
        </Field>
        <div className="form__row">
          <Field label="Start date" error={errors.startDate}>
            {input('startDate', { type: 'date' })}
          </Field>
          <Field label="Length" error={errors.lengthDays}>
            {(props) => (
              <select
                {...props}
                className="input"
                value={values.lengthDays}
                onChange={(e) => set('lengthDays')(e.target.value)}
              >
                {SPRINT_LENGTHS.map((n) => (
                  <option key={n} value={String(n)}>
                    {n / 7} {n === 7 ? 'week' : 'weeks'}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <Field
          label="Holidays"
          hint="Days off inside the sprint, as YYYY-MM-DD, separated by commas."
          error={errors.holidays}
        >
          {input('holidays')}
        </Field>
        <FormButtons submit={busy ? 'Creating…' : 'Create sprint'} busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
