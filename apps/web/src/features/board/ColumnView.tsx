import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { wipStatus } from '@echoboard/domain';
import { memo, useId } from 'react';
import { selectDoneColumnId } from '../../store/boardData.ts';
import { useAppStore } from '../../store/index.ts';
import { AddCardForm } from './AddCardForm.tsx';
import { ColumnMenu } from './ColumnMenu.tsx';
import { SortableCard } from './SortableCard.tsx';

const NO_CARDS: string[] = [];

export const ColumnView = memo(function ColumnView({ columnId }: { columnId: string }) {
  const column = useAppStore((s) => s.columnsById[columnId]);
  const cardIds = useAppStore((s) => s.cardIdsByColumn[columnId] ?? NO_CARDS);
  const isDone = useAppStore((s) => selectDoneColumnId(s) === columnId);
  const { setNodeRef, isOver } = useDroppable({ id: columnId, data: { type: 'column' } });
  const headingId = useId();
  const wipId = useId();
  if (!column) return null;

  const wip = wipStatus(cardIds.length, column.wipLimit);
  return (
    <section
      className={`column column--wip-${wip.state}${isOver ? ' column--over' : ''}`}
      aria-label={column.name}
      data-testid={`column-${column.name}`}
      data-column-id={column.id}
    >
      <header className="column__header">
        <h2 id={headingId} className="column__name">
          {column.name}
        </h2>
        <p id={wipId} className="column__count">
          {wip.state === 'none' ? (
            <span>
              {cardIds.length}
              <span className="visually-hidden"> {cardIds.length === 1 ? 'card' : 'cards'}</span>
            </span>
          ) : (
            <span title={`Work-in-progress limit ${wip.limit}`}>
              {wip.count} / {wip.limit}
              <span className="visually-hidden"> cards, work-in-progress limit {wip.limit}</span>
            </span>
          )}
          {wip.state === 'over' ? <strong className="column__wip-warning">Over limit</strong> : null}
          {wip.state === 'at' ? <span className="column__wip-at">At limit</span> : null}
          {isDone ? (
            <span
              className="column__done"
              title="The board's last column: cards here count as done for the sprint, its review and feedback"
            >
              <span aria-hidden="true">✓ </span>counts as done
            </span>
          ) : null}
        </p>
        <ColumnMenu columnId={columnId} />
      </header>
      <SortableContext id={columnId} items={cardIds} strategy={verticalListSortingStrategy}>
        <ul ref={setNodeRef} className="column__cards" aria-labelledby={headingId}>
          {cardIds.map((id) => (
            <SortableCard key={id} cardId={id} />
          ))}
          {cardIds.length === 0 ? (
            <li className="column__empty" aria-hidden="true">
              Drop cards here
            </li>
          ) : null}
        </ul>
      </SortableContext>
      <AddCardForm columnId={columnId} columnName={column.name} />
    </section>
  );
});
