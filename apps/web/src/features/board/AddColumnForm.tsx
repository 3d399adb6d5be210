import { type FormEvent, useRef, useState } from 'react';
import { describeError, isApiError } from '../../api/client.ts';
import { selectDoneColumnName } from '../../store/boardData.ts';
import { useAppStore } from '../../store/index.ts';
import { Field } from '../common/Field.tsx';
import { FormButtons } from '../common/FormButtons.tsx';
import { validateColumn } from './columnForm.ts';

export function AddColumnForm() {
  const createColumn = useAppStore((s) => s.createColumn);
  const doneName = useAppStore(selectDoneColumnName);
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [wip, setWip] = useState('');
  const [errors, setErrors] = useState<{ name?: string; wipLimit?: string }>({});
  const [busy, setBusy] = useState(false);
  const openerRef = useRef<HTMLButtonElement>(null);

  const close = () => {
    setOpen(false);
    setName('');
    setWip('');
    setErrors({});
    requestAnimationFrame(() => openerRef.current?.focus());
  };

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const checked = validateColumn(name, wip);
    setErrors(checked.errors);
    if (Object.keys(checked.errors).length > 0) return;
    setBusy(true);
    try {
      await createColumn(checked.name, checked.wipLimit);
      close();
    } catch (err) {
      setErrors(isApiError(err) ? { name: err.detail, ...err.fieldErrors() } : { name: describeError(err) });
    } finally {
      setBusy(false);
    }
  };

  if (!open) {
    return (
      <div className="add-column">
        <button ref={openerRef} type="button" className="add-column__open" onClick={() => setOpen(true)}>
          <span aria-hidden="true">+ </span>Add column
        </button>
      </div>
    );
  }
  return (
    <form
      className="add-column add-column--open form"
      aria-label="Add column"
      onSubmit={onSubmit}
      noValidate
      onKeyDown={(e) => {
        if (e.key === 'Escape') close();
      }}
    >
      <Field
        label="Column name"
        error={errors.name}
        hint={doneName ? `It goes before "${doneName}", which stays last: cards there count as done.` : undefined}
      >
        {(props) => (
          // biome-ignore lint/a11y/noAutofocus: the person just asked for this field.
          <input {...props} autoFocus className="input" value={name} onChange={(e) => setName(e.target.value)} />
        )}
      </Field>
      <Field label="WIP limit (optional)" error={errors.wipLimit}>
        {(props) => (
          <input
            {...props}
            className="input input--narrow"
            type="number"
            min={1}
            inputMode="numeric"
            value={wip}
            onChange={(e) => setWip(e.target.value)}
          />
        )}
      </Field>
      <FormButtons submit="Add column" busy={busy} onCancel={close} />
    </form>
  );
}
