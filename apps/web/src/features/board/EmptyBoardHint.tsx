import { useAppStore } from '../../store/index.ts';

/** A board without a single card says how to get the first ones onto it, instead of empty columns. */
export function EmptyBoardHint({ isLead }: { isLead: boolean }) {
  const empty = useAppStore((s) => s.columnOrder.every((id) => (s.cardIdsByColumn[id]?.length ?? 0) === 0));
  const hasColumns = useAppStore((s) => s.columnOrder.length > 0);
  if (!empty) return null;
  return (
    <p className="board__empty" data-testid="board-empty">
      {hasColumns
        ? 'This board has no cards yet. Add one with “Add card” under a column, or bring cards from the backlog with “Plan sprints”.'
        : isLead
          ? 'This board has no columns yet. Add the first one with “Add column”.'
          : 'This board has no columns yet; a team lead can add them.'}
    </p>
  );
}
