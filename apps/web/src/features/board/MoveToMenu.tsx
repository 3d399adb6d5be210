import { type FormEvent, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store/index.ts';
import { Dialog } from '../common/Dialog.tsx';
import { Field } from '../common/Field.tsx';
import { FormButtons } from '../common/FormButtons.tsx';
import { cardElement, refocusCard } from './focusCard.ts';

/** The non-drag way to move a card: pick a column and top or bottom. */
export function MoveToHost() {
  const cardId = useAppStore((s) => s.movingCardId);
  const close = useAppStore((s) => s.closeMoveTo);
  const exists = useAppStore((s) => (s.movingCardId ? s.movingCardId in s.cardsById : false));
  if (!cardId || !exists) return null;
  return <MoveToDialog key={cardId} cardId={cardId} onClose={close} />;
}

type Position = 'top' | 'bottom';

export function MoveToDialog({ cardId, onClose }: { cardId: string; onClose: () => void }) {
  const title = useAppStore((s) => s.cardsById[cardId]?.title ?? '');
  const currentColumnId = useAppStore((s) => s.cardsById[cardId]?.columnId ?? '');
  const columns = useAppStore(useShallow((s) => s.columnOrder.map((id) => s.columnsById[id]).filter((c) => !!c)));
  const moveCard = useAppStore((s) => s.moveCard);
  const [columnId, setColumnId] = useState(currentColumnId);
  const [position, setPosition] = useState<Position>('top');

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const state = useAppStore.getState();
    const ids = (state.cardIdsByColumn[columnId] ?? []).filter((id) => id !== cardId);
    // Name the neighbour so the server places it even if others moved cards meanwhile.
    const command =
      position === 'top'
        ? { cardId, toColumnId: columnId, afterCardId: null, beforeCardId: ids[0] ?? null }
        : { cardId, toColumnId: columnId, afterCardId: ids.at(-1) ?? null, beforeCardId: null };
    onClose();
    void moveCard(command).then(() => refocusCard(cardId));
  };

  return (
    <Dialog title={`Move “${title}”`} onClose={onClose} returnFocus={() => cardElement(cardId)}>
      <form className="form" onSubmit={onSubmit}>
        <Field label="Column">
          {(props) => (
            <select
              {...props}
              data-autofocus
              className="input"
              value={columnId}
              onChange={(e) => setColumnId(e.target.value)}
            >
              {columns.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                  {c.id === currentColumnId ? ' (current)' : ''}
                </option>
              ))}
            </select>
          )}
        </Field>
        <fieldset className="field radio-group">
          <legend className="field__label">Position</legend>
          {(['top', 'bottom'] as const).map((p) => (
            <label key={p} className="radio">
              <input type="radio" name="position" value={p} checked={position === p} onChange={() => setPosition(p)} />
              {p === 'top' ? 'Top of the column' : 'Bottom of the column'}
            </label>
          ))}
        </fieldset>
        <FormButtons submit="Move" onCancel={onClose} />
      </form>
    </Dialog>
  );
}
