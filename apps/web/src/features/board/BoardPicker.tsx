import type { BoardSummary } from '@echoboard/contracts';
import { BOARD_LIMITS } from '@echoboard/domain';
import { type FormEvent, useState } from 'react';
import { createBoard } from '../../api/boards.ts';
import { describeError, isApiError } from '../../api/client.ts';
import { Dialog } from '../common/Dialog.tsx';
import { Field } from '../common/Field.tsx';
import { FormButtons } from '../common/FormButtons.tsx';

interface BoardPickerProps {
  teamId: string;
  boards: BoardSummary[];
  currentId: string | null;
  /** Only a team's leads create boards. */
  canCreate: boolean;
  onOpen: (boardId: string) => void;
  onCreated: (board: BoardSummary) => void;
}

/** Switch boards, or start a new one (it comes with Backlog, To do, Doing, Review and Done). */
export function BoardPicker({ teamId, boards, currentId, canCreate, onOpen, onCreated }: BoardPickerProps) {
  const [creating, setCreating] = useState(false);
  return (
    <div className="board-picker">
      {boards.length > 0 ? (
        <label className="board-picker__label">
          <span className="visually-hidden">Board</span>
          <select
            className="input board-picker__select"
            value={currentId ?? ''}
            onChange={(e) => {
              if (e.target.value) onOpen(e.target.value);
            }}
          >
            {currentId === null ? <option value="">Choose a board…</option> : null}
            {boards.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {canCreate ? (
        <button type="button" className="button" onClick={() => setCreating(true)}>
          New board
        </button>
      ) : null}
      {creating ? (
        <NewBoardDialog
          teamId={teamId}
          onClose={() => setCreating(false)}
          onCreated={(b) => {
            setCreating(false);
            onCreated(b);
          }}
        />
      ) : null}
    </div>
  );
}

function NewBoardDialog({
  teamId,
  onClose,
  onCreated,
}: {
  teamId: string;
  onClose: () => void;
  onCreated: (b: BoardSummary) => void;
}) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const trimmed = name.trim();
    if (trimmed === '') return setError('Give the board a name.');
    if (trimmed.length > BOARD_LIMITS.nameMax)
      return setError(`Keep the name under ${BOARD_LIMITS.nameMax + 1} characters.`);
    setBusy(true);
    try {
      const board = await createBoard({ name: trimmed, teamId });
      onCreated({ id: board.id, teamId, name: board.name, createdAt: board.createdAt, cardCount: 0 });
    } catch (err) {
      setBusy(false);
      setError(isApiError(err) ? (err.fieldErrors().name ?? err.detail) : describeError(err));
    }
  };

  return (
    <Dialog title="New board" onClose={onClose}>
      <form className="form" onSubmit={onSubmit} noValidate>
        <Field label="Board name" error={error ?? undefined} hint="For example: Spring campaign sprint 3">
          {(props) => (
            <input {...props} data-autofocus className="input" value={name} onChange={(e) => setName(e.target.value)} />
          )}
        </Field>
        <FormButtons submit="Create board" busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
