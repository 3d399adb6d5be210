import type { ChecklistItem } from '@echoboard/contracts';
import { CHECKLIST_LIMITS } from '@echoboard/domain';
import { type FormEvent, useState } from 'react';

interface ChecklistRowProps {
  item: ChecklistItem;
  /** Place among all of the card's items, for "Move up/down". */
  index: number;
  count: number;
  busy: boolean;
  onChange: (itemId: string, patch: { text?: string; done?: boolean }) => Promise<boolean>;
  onDelete: (itemId: string) => Promise<boolean>;
  onMove: (itemId: string, position: number) => Promise<boolean>;
}

/** One item: a checkbox named by its text, then edit, reorder (buttons, so keyboards can) and delete. */
export function ChecklistRow({ item, index, count, busy, onChange, onDelete, onMove }: ChecklistRowProps) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(item.text);

  const onSave = async (e: FormEvent) => {
    e.preventDefault();
    if (await onChange(item.id, { text })) setEditing(false);
  };

  if (editing) {
    return (
      <li className="checklist__item">
        <form className="checklist__edit" onSubmit={onSave} noValidate>
          <input
            className="input"
            aria-label={`Edit “${item.text}”`}
            value={text}
            maxLength={CHECKLIST_LIMITS.textMax}
            // biome-ignore lint/a11y/noAutofocus: the person just asked to edit this item.
            autoFocus
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key !== 'Escape') return;
              // Escape ends the edit, not the whole dialog.
              e.preventDefault();
              e.stopPropagation();
              setText(item.text);
              setEditing(false);
            }}
          />
          <button type="submit" className="text-button" disabled={busy}>
            Save
          </button>
          <button type="button" className="text-button" onClick={() => setEditing(false)}>
            Cancel
          </button>
        </form>
      </li>
    );
  }
  return (
    <li className={`checklist__item${item.done ? ' checklist__item--done' : ''}`}>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={item.done}
          onChange={(e) => void onChange(item.id, { done: e.target.checked })}
        />
        {item.text}
      </label>
      <span className="checklist__actions">
        <button
          type="button"
          className="text-button"
          aria-label={`Edit “${item.text}”`}
          onClick={() => setEditing(true)}
        >
          Edit
        </button>
        <button
          type="button"
          className="text-button"
          aria-label={`Move “${item.text}” up`}
          disabled={busy || index === 0}
          onClick={() => void onMove(item.id, index - 1)}
        >
          ↑
        </button>
        <button
          type="button"
          className="text-button"
          aria-label={`Move “${item.text}” down`}
          disabled={busy || index === count - 1}
          onClick={() => void onMove(item.id, index + 1)}
        >
          ↓
        </button>
        <button
          type="button"
          className="text-button"
          aria-label={`Delete “${item.text}”`}
          disabled={busy}
          onClick={() => void onDelete(item.id)}
        >
          Delete
        </button>
      </span>
    </li>
  );
}
