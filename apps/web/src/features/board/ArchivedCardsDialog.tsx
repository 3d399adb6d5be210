import type { ArchivedCard } from '@echoboard/contracts';
import { useCallback, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { listArchivedCards } from '../../api/cards.ts';
import { describeError } from '../../api/client.ts';
import { useAppStore } from '../../store/index.ts';
import { Dialog } from '../common/Dialog.tsx';
import { FormError } from '../common/FormError.tsx';
import { LoadError } from '../common/LoadError.tsx';
import { Loading } from '../common/Loading.tsx';
import { useLoad } from '../common/useLoad.ts';
import { ArchivedCardDetails } from './ArchivedCardDetails.tsx';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** The board's archived cards, newest first; each can go back to the end of a column of choice. */
export function ArchivedCardsDialog({ boardId, onClose }: { boardId: string; onClose: () => void }) {
  const columns = useAppStore(useShallow((s) => s.columnOrder.map((id) => s.columnsById[id]!).filter(Boolean)));
  const restoreCard = useAppStore((s) => s.restoreCard);
  const pushNotice = useAppStore((s) => s.pushNotice);
  const {
    data: cards,
    error: loadError,
    reload,
    setData: setCards,
  } = useLoad(useCallback(() => listArchivedCards(boardId), [boardId]));
  // Apart from the load's error: a refused restore leaves the list as it was, and says why.
  const [restoreError, setRestoreError] = useState<string | null>(null);

  const onRestore = async (card: ArchivedCard, columnId: string) => {
    setRestoreError(null);
    try {
      await restoreCard(card.id, columnId, card.version);
      setCards((list) => (list ?? []).filter((c) => c.id !== card.id));
      const column = columns.find((c) => c.id === columnId)?.name ?? 'the board';
      pushNotice(`Restored “${card.title}” to ${column}.`, 'success');
    } catch (e) {
      setRestoreError(`Could not restore “${card.title}”: ${describeError(e)}`);
    }
  };

  return (
    <Dialog title="Archived cards" onClose={onClose} className="dialog--wide">
      {loadError ? (
        <LoadError level={3} title="Could not load the archived cards" error={loadError} retry={reload} />
      ) : null}
      <FormError message={restoreError} />
      {cards === null && !loadError ? <Loading>Loading archived cards…</Loading> : null}
      {cards?.length === 0 ? (
        <p className="muted">
          No archived cards. Archive a card from its editor to take it off the board without deleting it; it waits here
          until someone restores it.
        </p>
      ) : null}
      {cards?.length ? (
        <ul className="comments__list" aria-label="Archived cards">
          {cards.map((card) => (
            <ArchivedRow key={card.id} card={card} columns={columns} onRestore={onRestore} />
          ))}
        </ul>
      ) : null}
    </Dialog>
  );
}

function ArchivedRow({
  card,
  columns,
  onRestore,
}: {
  card: ArchivedCard;
  columns: { id: string; name: string }[];
  onRestore: (card: ArchivedCard, columnId: string) => Promise<void>;
}) {
  const [columnId, setColumnId] = useState(columns[0]?.id ?? '');
  const [busy, setBusy] = useState(false);
  return (
    <li className="archived__item">
      <span>
        <strong>{card.title}</strong>{' '}
        <span className="muted">
          archived <time dateTime={card.archivedAt}>{when.format(new Date(card.archivedAt))}</time>
        </span>
      </span>
      <span className="form__buttons">
        <label>
          <span className="visually-hidden">Restore “{card.title}” to column</span>
          <select className="input" value={columnId} onChange={(e) => setColumnId(e.target.value)}>
            {columns.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button"
          disabled={busy || !columnId}
          onClick={() => {
            setBusy(true);
            void onRestore(card, columnId).finally(() => setBusy(false));
          }}
        >
          Restore <span className="visually-hidden">“{card.title}”</span>
        </button>
      </span>
      <ArchivedCardDetails card={card} />
    </li>
  );
}
