import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import {
  createContext,
  type ReactNode,
  type RefObject,
  useContext,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useWired } from './useWired.ts';

export interface DragHandle {
  /** Put on the card: the card itself is the drag handle. */
  activatorRef: (element: HTMLElement | null) => void;
  dragProps: object;
  isDragging: boolean;
}

/** The id of dnd-kit's hidden drag instructions, which every card is described by (CardDndContext). */
export const DragInstructionsId = createContext<string | undefined>(undefined);

const ATTRIBUTES = { role: 'article', roleDescription: 'draggable card' };

/**
 * One card's place in a sortable list (a column, the backlog, a sprint plan). It is wired to dnd-kit
 * only while near sight, focused or dragged (useWired); otherwise the card keeps the very
 * attributes useSortable gives it (focusable, described by the drag instructions) without its
 * listeners. Wiring never replaces the item's elements, so focus stays where it is.
 */
export function SortableItem({
  id,
  data,
  children,
}: {
  id: string;
  data?: Record<string, unknown>;
  children: (handle: DragHandle) => ReactNode;
}) {
  const itemRef = useRef<HTMLLIElement>(null);
  const { wired, onFocus, onBlur } = useWired(id, itemRef);
  const [wiredHandle, setWiredHandle] = useState<DragHandle | null>(null);
  const describedBy = useContext(DragInstructionsId);
  const resting = useMemo(() => restingHandle(describedBy), [describedBy]);
  const handle = (wired && wiredHandle) || resting;
  return (
    <>
      <li
        ref={itemRef}
        className="column__item"
        data-dragging={handle.isDragging || undefined}
        onFocus={onFocus}
        onBlur={onBlur}
      >
        {children(handle)}
      </li>
      {/* After the item, so its element is attached by the time the wiring's effects run. */}
      {wired ? <Wiring id={id} data={data} itemRef={itemRef} onHandle={setWiredHandle} /> : null}
    </>
  );
}

/**
 * useSortable for an item, rendering nothing: dnd-kit's context changes (every drag start, move
 * and drop) render this alone. The transform goes on the item's style directly, and the item
 * renders again only when its handle changes (the dragged card, or the wiring itself).
 */
function Wiring({
  id,
  data,
  itemRef,
  onHandle,
}: {
  id: string;
  data: Record<string, unknown> | undefined;
  itemRef: RefObject<HTMLLIElement | null>;
  onHandle: (handle: DragHandle | null) => void;
}) {
  const { setNodeRef, setActivatorNodeRef, attributes, listeners, transform, transition, isDragging } = useSortable({
    id,
    ...(data ? { data } : {}),
    attributes: ATTRIBUTES,
  });
  useLayoutEffect(() => {
    setNodeRef(itemRef.current);
    return () => {
      setNodeRef(null);
      itemRef.current?.style.removeProperty('transform');
      itemRef.current?.style.removeProperty('transition');
    };
  }, [setNodeRef, itemRef]);

  const translate = CSS.Translate.toString(transform) ?? '';
  useLayoutEffect(() => {
    const style = itemRef.current?.style;
    if (!style) return;
    style.transform = translate;
    style.transition = transition ?? '';
  }, [itemRef, translate, transition]);

  const dragProps = mergedDragProps(attributes, listeners);
  useLayoutEffect(() => {
    onHandle({ activatorRef: setActivatorNodeRef, dragProps, isDragging });
  }, [onHandle, setActivatorNodeRef, dragProps, isDragging]);
  useLayoutEffect(() => () => onHandle(null), [onHandle]);
  return null;
}

// useSortable keeps attributes and listeners stable between renders; cache the merge per pair so a
// memoised card sees the same object and skips rendering.
const merged = new WeakMap<object, WeakMap<object, object>>();
const NO_LISTENERS = {};
function mergedDragProps(attributes: object, listeners: object | undefined) {
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

// useDraggable's attributes for an idle card, so wiring changes no attribute.
const noRef = () => {};
const restingHandle = (describedBy: string | undefined): DragHandle => ({
  activatorRef: noRef,
  dragProps: {
    role: ATTRIBUTES.role,
    tabIndex: 0,
    'aria-disabled': false,
    'aria-roledescription': ATTRIBUTES.roleDescription,
    'aria-describedby': describedBy,
  },
  isDragging: false,
});
