import { COLUMN_LIMITS } from '@echoboard/domain';
import { type FormEvent, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { describeError, isApiError } from '../../api/client.ts';
import { roleIn, useAppStore } from '../../store/index.ts';
import { Dialog } from '../common/Dialog.tsx';
import { Field } from '../common/Field.tsx';
import { FormButtons } from '../common/FormButtons.tsx';
import { Menu } from '../common/Menu.tsx';
import { StaleDaysDialog } from '../scrum/StaleDaysDialog.tsx';
import { validateColumn } from './columnForm.ts';

type Open = 'settings' | 'delete' | 'stale' | null;

export function ColumnMenu({ columnId }: { columnId: string }) {
  const name = useAppStore((s) => s.columnsById[columnId]?.name ?? '');
  const index = useAppStore((s) => s.columnOrder.indexOf(columnId));
  const count = useAppStore((s) => s.columnOrder.length);
  const moveColumn = useAppStore((s) => s.moveColumn);
  const pushNotice = useAppStore((s) => s.pushNotice);
  const isLead = useIsLead();
  const [open, setOpen] = useState<Open>(null);

  const move = (direction: -1 | 1) => {
    moveColumn(columnId, direction).catch((e) => pushNotice(`Could not move “${name}”: ${describeError(e)}`));
  };

  return (
    <>
      <Menu
        label={`Column actions for ${name}`}
        trigger={<span aria-hidden="true">⋯</span>}
        className="column__menu"
        items={[
          { label: isLead ? 'Rename or set WIP limit…' : 'Rename…', onSelect: () => setOpen('settings') },
          { label: 'Move column left', onSelect: () => move(-1), disabled: index <= 0 },
          { label: 'Move column right', onSelect: () => move(1), disabled: index === -1 || index >= count - 1 },
          ...(isLead ? [{ label: 'When cards go stale…', onSelect: () => setOpen('stale') }] : []),
          // Only a team's leads delete columns; the server refuses anyone else.
          ...(isLead ? [{ label: 'Delete column…', onSelect: () => setOpen('delete'), danger: true }] : []),
        ]}
      />
      {open === 'settings' ? <ColumnSettingsDialog columnId={columnId} onClose={() => setOpen(null)} /> : null}
      {open === 'stale' ? <StaleDaysDialog columnId={columnId} onClose={() => setOpen(null)} /> : null}
      {open === 'delete' ? <DeleteColumnDialog columnId={columnId} onClose={() => setOpen(null)} /> : null}
    </>
  );
}

/** Leads of the board's team create and delete columns and set WIP limits. */
export const useIsLead = () => useAppStore((s) => roleIn(s.me, s.board?.teamId) === 'lead');

function ColumnSettingsDialog({ columnId, onClose }: { columnId: string; onClose: () => void }) {
  const column = useAppStore((s) => s.columnsById[columnId]);
  const updateColumn = useAppStore((s) => s.updateColumn);
  const isLead = useIsLead();
  const [name, setName] = useState(column?.name ?? '');
  const [wip, setWip] = useState(column?.wipLimit ? String(column.wipLimit) : '');
  const [wipHard, setWipHard] = useState(column?.wipHard ?? false);
  const [errors, setErrors] = useState<{ name?: string; wipLimit?: string }>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const checked = validateColumn(name, wip);
    setErrors(checked.errors);
    if (Object.keys(checked.errors).length > 0) return;
    setBusy(true);
    try {
      await updateColumn(
        columnId,
        isLead
          ? { name: checked.name, wipLimit: checked.wipLimit, wipHard: checked.wipLimit !== null && wipHard }
          : { name: checked.name },
      );
      onClose();
    } catch (err) {
      setBusy(false);
      if (isApiError(err)) setErrors(err.fieldErrors());
      setFormError(describeError(err));
    }
  };

  return (
    <Dialog title={`Column “${column?.name ?? ''}”`} onClose={onClose}>
      <form className="form" onSubmit={onSubmit} noValidate>
        {formError ? (
          <p className="form__error" role="alert">
            {formError}
          </p>
        ) : null}
        <Field label="Column name" error={errors.name}>
          {(props) => (
            <input {...props} data-autofocus className="input" value={name} onChange={(e) => setName(e.target.value)} />
          )}
        </Field>
        {isLead ? (
          <Field label="WIP limit" hint="Leave empty for no limit." error={errors.wipLimit}>
            {(props) => (
              <input
                {...props}
                className="input input--narrow"
                type="number"
                inputMode="numeric"
                min={1}
                max={COLUMN_LIMITS.wipLimitMax}
                value={wip}
                onChange={(e) => setWip(e.target.value)}
              />
            )}
          </Field>
        ) : null}
        {isLead ? (
          <label className="checkbox">
            <input
              type="checkbox"
              checked={wipHard}
              disabled={wip.trim() === ''}
              onChange={(e) => setWipHard(e.target.checked)}
            />
            Refuse moves over the limit
          </label>
        ) : null}
        <FormButtons submit="Save column" busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}

function DeleteColumnDialog({ columnId, onClose }: { columnId: string; onClose: () => void }) {
  const name = useAppStore((s) => s.columnsById[columnId]?.name ?? '');
  const cardCount = useAppStore((s) => s.cardIdsByColumn[columnId]?.length ?? 0);
  const others = useAppStore(
    useShallow((s) =>
      s.columnOrder
        .filter((id) => id !== columnId)
        .map((id) => s.columnsById[id])
        .filter((c) => !!c),
    ),
  );
  const deleteColumn = useAppStore((s) => s.deleteColumn);
  const pushNotice = useAppStore((s) => s.pushNotice);
  const [problem, setProblem] = useState<string | null>(null);
  const [needsTarget, setNeedsTarget] = useState(cardCount > 0);
  const [target, setTarget] = useState(others[0]?.id ?? '');
  const [busy, setBusy] = useState(false);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      await deleteColumn(columnId, needsTarget && target ? target : undefined);
      pushNotice(`Deleted column “${name}”.`, 'success');
      onClose();
    } catch (err) {
      setBusy(false);
      // The column gained cards since we looked: say so and offer where to put them.
      if (isApiError(err) && err.code === 'COLUMN_NOT_EMPTY') setNeedsTarget(true);
      setProblem(describeError(err));
    }
  };

  return (
    <Dialog title={`Delete column “${name}”?`} onClose={onClose}>
      <form className="form" onSubmit={onSubmit}>
        {problem ? (
          <p className="form__error" role="alert">
            {problem}
          </p>
        ) : null}
        {needsTarget ? (
          others.length > 0 ? (
            <Field label="Move its cards to">
              {(props) => (
                <select
                  {...props}
                  data-autofocus
                  className="input"
                  value={target}
                  onChange={(e) => setTarget(e.target.value)}
                >
                  {others.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ) : (
            <p>This is the only column, so its cards have nowhere to go.</p>
          )
        ) : (
          <p>The column is empty. This cannot be undone.</p>
        )}
        <FormButtons
          submit={needsTarget ? 'Move cards and delete' : 'Delete column'}
          tone="danger"
          busy={busy}
          disabled={needsTarget && !target}
          autofocusCancel={!needsTarget}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
