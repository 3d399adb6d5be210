import { memo } from 'react';
import { useAppStore } from '../../store/index.ts';
import { useScrumMarks } from '../scrum/marks.ts';
import { CardView } from './CardView.tsx';
import { SortableItem } from './SortableItem.tsx';

/** A card in a column list, wired to dnd-kit; the card itself is the drag handle. */
export const SortableCard = memo(function SortableCard({ cardId }: { cardId: string }) {
  const card = useAppStore((s) => s.cardsById[cardId]);
  const draggedBy = useAppStore(
    (s) => s.viewers.find((v) => v.draggingCardId === cardId && v.userId !== s.me?.user.id)?.name ?? null,
  );
  const marks = useScrumMarks(cardId);
  if (!card) return null;
  return (
    <SortableItem id={cardId} data={CARD_DATA}>
      {({ activatorRef, dragProps, isDragging }) => (
        <CardView
          card={card}
          onEdit={openEditor}
          onMoveTo={openMoveTo}
          activatorRef={activatorRef}
          dragProps={dragProps}
          isDragging={isDragging}
          draggedBy={draggedBy}
          {...marks}
        />
      )}
    </SortableItem>
  );
});

const CARD_DATA = { type: 'card' };
// Read at call time rather than subscribed: every store change runs each card's selectors, and
// these two never change.
const openEditor = (cardId: string) => useAppStore.getState().openEditor(cardId);
const openMoveTo = (cardId: string) => useAppStore.getState().openMoveTo(cardId);
