import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo } from 'react';
import { useAppStore } from '../../store/index.ts';
import { useScrumMarks } from '../scrum/marks.ts';
import { CardView } from './CardView.tsx';

/** A card in a column list, wired to dnd-kit; the card itself is the drag handle. */
export const SortableCard = memo(function SortableCard({ cardId }: { cardId: string }) {
  const card = useAppStore((s) => s.cardsById[cardId]);
  const openEditor = useAppStore((s) => s.openEditor);
  const openMoveTo = useAppStore((s) => s.openMoveTo);
  const draggedBy = useAppStore(
    (s) => s.viewers.find((v) => v.draggingCardId === cardId && v.userId !== s.me?.user.id)?.name ?? null,
  );
  const marks = useScrumMarks(cardId);
  const { setNodeRef, setActivatorNodeRef, attributes, listeners, transform, transition, isDragging } = useSortable({
    id: cardId,
    data: { type: 'card' },
    attributes: { role: 'article', roleDescription: 'draggable card' },
  });
  if (!card) return null;
  return (
    <li
      ref={setNodeRef}
      className="column__item"
      style={{ transform: CSS.Translate.toString(transform), transition }}
      data-dragging={isDragging || undefined}
    >
      <CardView
        card={card}
        onEdit={openEditor}
        onMoveTo={openMoveTo}
        activatorRef={setActivatorNodeRef}
        dragProps={dragProps(attributes, listeners)}
        isDragging={isDragging}
        draggedBy={draggedBy}
        {...marks}
      />
    </li>
  );
});

// useSortable keeps attributes and listeners stable between renders; cache the merge per pair so the
// memoised CardView sees the same object and skips rendering.
const merged = new WeakMap<object, WeakMap<object, object>>();
const NO_LISTENERS = {};
function dragProps(attributes: object, listeners: object | undefined) {
  const l = listeners ?? NO_LISTENERS;
  let inner = merged.get(attributes);
  if (!inner) {
    inner = new WeakMap();
    merged.set(attributes, inner);
  }
  let value = inner.get(l);
  if (!value) {
    value = { ...attributes, ...l };
    inner.set(l, value);
  }
  return value;
}
