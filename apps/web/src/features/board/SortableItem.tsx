import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { type ReactNode, useMemo } from 'react';

export interface DragHandle {
  /** Put on the card: the card itself is the drag handle. */
  activatorRef: (element: HTMLElement | null) => void;
  dragProps: object;
  isDragging: boolean;
}

/** One card's place in a sortable list (a column, the backlog, a sprint plan), wired to dnd-kit. */
export function SortableItem({
  id,
  data,
  children,
}: {
  id: string;
  data?: Record<string, unknown>;
  children: (handle: DragHandle) => ReactNode;
}) {
  const { setNodeRef, setActivatorNodeRef, attributes, listeners, transform, transition, isDragging } = useSortable({
    id,
    ...(data ? { data } : {}),
    attributes: { role: 'article', roleDescription: 'draggable card' },
  });
  const translate = CSS.Translate.toString(transform);
  const style = useMemo(() => ({ transform: translate, transition }), [translate, transition]);
  return (
    <li ref={setNodeRef} className="column__item" style={style} data-dragging={isDragging || undefined}>
      {children({ activatorRef: setActivatorNodeRef, dragProps: dragProps(attributes, listeners), isDragging })}
    </li>
  );
}

// useSortable keeps attributes and listeners stable between renders; cache the merge per pair so a
// memoised card sees the same object and skips rendering.
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
