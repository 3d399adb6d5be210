import { type DragStartEvent, useDndMonitor } from '@dnd-kit/core';
import { type FocusEvent, type RefObject, useCallback, useEffect, useRef, useState } from 'react';

/*
 * Which cards of a list are wired to dnd-kit right now. Each `useSortable` renders on every change
 * of dnd-kit's context (twice per drop), so a 500-card board rendered 1,002 of them per drop, most
 * for cards nobody could see. A card is wired while it is within a screenful of its list's visible
 * part, while focus is in it, and while it is being dragged; the others keep their markup, focus
 * and buttons, only not their dnd-kit hooks.
 *
 * dnd-kit copes with the unwired ones: SortableContext still gets every id, so indices and the drop
 * position are right; `over` is always a registered droppable (a wired card or the list itself);
 * the sorting strategy only shifts wired cards, and the others are out of sight. A card coming near
 * during a drag (auto-scroll, keyboard moves down a long list) registers, and dnd-kit re-measures
 * while dragging whenever a droppable mounts. No card is unwired during a drag, only a second
 * after the drop: dnd-kit re-measures every droppable on each unmount too, and the dragged card's
 * own place stays registered rather than leaning on dnd-kit's fallback for a dragged node that
 * unmounts.
 */

/** One list element's observer (the scroll area of a column, the backlog, a plan). */
interface ListObserver {
  observer: IntersectionObserver;
  reports: Map<Element, (near: boolean) => void>;
}
const observers = new WeakMap<Element, ListObserver>();
// A screenful above and below the visible part: keyboard moves and auto-scroll find the next cards
// already registered.
const NEAR = '100% 0px';

/**
 * Reports whether `item` is near the visible part of its list, its parent element: the columns,
 * the backlog and the plan scroll in their own list. Where the list does not scroll, every item is
 * near, as if nothing were lazy.
 */
function observe(item: Element, report: (near: boolean) => void): () => void {
  const root = item.parentElement;
  if (!root || typeof IntersectionObserver === 'undefined') {
    report(true);
    return () => {};
  }
  let list = observers.get(root);
  if (!list) {
    const reports = new Map<Element, (near: boolean) => void>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) reports.get(entry.target)?.(entry.isIntersecting);
      },
      { root, rootMargin: NEAR },
    );
    list = { observer, reports };
    observers.set(root, list);
  }
  const { observer, reports } = list;
  reports.set(item, report);
  observer.observe(item);
  return () => {
    observer.unobserve(item);
    reports.delete(item);
    if (reports.size === 0) {
      observer.disconnect();
      observers.delete(root);
    }
  };
}

// One drag at a time on a page: the card being dragged, and the unwirings held until its drop.
let draggingId: string | null = null;
const heldUnwirings = new Set<() => void>();
// After the drop has settled, so unwiring the cards a drag scrolled past costs the drop nothing.
const UNWIRE_AFTER_DROP_MS = 1000;

function dropped() {
  draggingId = null;
  setTimeout(() => {
    if (draggingId !== null) return;
    const pending = [...heldUnwirings];
    heldUnwirings.clear();
    for (const unwire of pending) unwire();
  }, UNWIRE_AFTER_DROP_MS);
}

const monitor = {
  onDragStart: ({ active }: DragStartEvent) => {
    draggingId = String(active.id);
  },
  onDragEnd: dropped,
  onDragCancel: dropped,
};

/** Tells the lazy cards when a drag starts and ends; render once inside the DndContext. */
export function WiringDragWatch() {
  useDndMonitor(monitor);
  // A page left in the middle of a drag gets no drop; the next page must not wait for one.
  useEffect(() => dropped, []);
  return null;
}

/**
 * Whether the card `id`, rendered in `itemRef`, should be wired to dnd-kit; put `onFocus` and
 * `onBlur` on the item so a card reached by Tab (or clicked) is wired before a key picks it up.
 */
export function useWired(id: string, itemRef: RefObject<HTMLElement | null>) {
  // The dragged card mounts again when it moves to another list; it must stay registered.
  const [wired, setWired] = useState(() => draggingId === id);
  const near = useRef(false);
  const focused = useRef(false);

  const unwire = useCallback(() => {
    if (!near.current && !focused.current) setWired(false);
  }, []);
  const update = useCallback(() => {
    if (near.current || focused.current) {
      heldUnwirings.delete(unwire);
      setWired(true);
    } else if (draggingId !== null) heldUnwirings.add(unwire);
    else setWired(false);
  }, [unwire]);

  useEffect(() => {
    const item = itemRef.current;
    if (!item) return;
    const stop = observe(item, (isNear) => {
      near.current = isNear;
      update();
    });
    return () => {
      stop();
      heldUnwirings.delete(unwire);
    };
  }, [itemRef, update, unwire]);

  const onFocus = useCallback(() => {
    focused.current = true;
    update();
  }, [update]);
  const onBlur = useCallback(
    (event: FocusEvent) => {
      if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
      focused.current = false;
      update();
    },
    [update],
  );
  return { wired, onFocus, onBlur };
}
