import {
  type Announcements,
  type CollisionDetection,
  closestCenter,
  type DragEndEvent,
  type DragOverEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useAppStore } from '../../store/index.ts';
import { listOfCard, type PlanList, type PlanSnapshot } from '../../store/planLists.ts';
import {
  crossListIndex,
  type ListsModel,
  orderAfterDrop,
  useCardSensors,
  useListCollision,
} from '../board/dndShared.ts';

const state = () => useAppStore.getState();
const LIST_NAMES: Record<PlanList, string> = { backlog: 'Backlog', sprint: 'Sprint plan' };
const isList = (id: UniqueIdentifier): id is PlanList => id === 'backlog' || id === 'sprint';
const listOf = (id: UniqueIdentifier) => (isList(id) ? id : listOfCard(state(), String(id)));

const planLists: ListsModel = {
  isList,
  idsOf: (list) => state().planIds[list as PlanList] ?? [],
  watch: (onChange) =>
    useAppStore.subscribe((s, prev) => {
      if (s.planIds !== prev.planIds) onChange();
    }),
};

/**
 * The list nearest the pointer by the lists' live boxes (0 inside one). Moving a card changes the
 * page's height and so its scroll; measured boxes lag behind that, and a pointer in the gap between
 * the lists would otherwise make the card flip between them.
 */
function listUnderPointer(pointer: { x: number; y: number } | null): PlanList | undefined {
  if (!pointer) return undefined;
  let best: { list: PlanList; distance: number } | undefined;
  for (const list of ['backlog', 'sprint'] as const) {
    const box = document.querySelector(`[data-plan-list="${list}"]`)?.getBoundingClientRect();
    if (!box) continue;
    const dx = Math.max(box.left - pointer.x, 0, pointer.x - box.right);
    const dy = Math.max(box.top - pointer.y, 0, pointer.y - box.bottom);
    const distance = Math.hypot(dx, dy);
    if (!best || distance < best.distance) best = { list, distance };
  }
  return best?.list;
}

/** "in Backlog, position 2 of 4", reading the pending reorder within one list as dnd-kit shows it. */
function whereIs(cardId: string, overId?: UniqueIdentifier): string {
  const list = listOfCard(state(), cardId);
  if (!list) return '';
  const listed = state().planIds[list];
  const ids =
    overId !== undefined && listOf(overId) === list ? orderAfterDrop(listed, cardId, overId, isList(overId)) : listed;
  return `in ${LIST_NAMES[list]}, position ${ids.indexOf(cardId) + 1} of ${ids.length}`;
}

const titleOf = (id: UniqueIdentifier) => `“${state().planCardsById[String(id)]?.title ?? 'card'}”`;

export const planningAnnouncements: Announcements = {
  onDragStart: ({ active }) => `Picked up ${titleOf(active.id)}, ${whereIs(String(active.id))}.`,
  onDragOver: ({ active, over }) =>
    over
      ? `${titleOf(active.id)} is now ${whereIs(String(active.id), over.id)}.`
      : `${titleOf(active.id)} is not over a list. Dropping now puts it back.`,
  onDragEnd: ({ active, over }) =>
    over
      ? `Dropped ${titleOf(active.id)} ${whereIs(String(active.id))}.`
      : `${titleOf(active.id)} went back ${whereIs(String(active.id))}.`,
  onDragCancel: ({ active }) => `Move cancelled. ${titleOf(active.id)} is back ${whereIs(String(active.id))}.`,
};

const screenReaderInstructions = {
  draggable:
    'To move this card, press Space. Use up and down to reorder, left and right to move between the backlog and the sprint. ' +
    'Press Space again to drop it or Escape to cancel.',
};

/**
 * Drag between the backlog and the sprint plan (dnd-kit multiple containers, like the board's
 * useBoardDnd): snapshot on start, preview across lists while hovering, save on drop, restore on
 * cancel or refusal.
 */
export function usePlanningDnd() {
  const [activeId, setActiveId] = useState<string | null>(null);
  const snapshotRef = useRef<PlanSnapshot | null>(null);

  const sensors = useCardSensors();
  const { collisionDetection: nearest, movedToNewList } = useListCollision(planLists, activeId);
  // Two lists side by side: which one the pointer is in comes from their live boxes, not from
  // measurements taken before a card left one and grew the other (those made the card flip back).
  const collisionDetection: CollisionDetection = useCallback(
    (args) => {
      const list = listUnderPointer(args.pointerCoordinates);
      if (!list) return nearest(args);
      const ids = state().planIds[list];
      if (ids.length === 0) return [{ id: list }];
      return closestCenter({
        ...args,
        droppableContainers: args.droppableContainers.filter((c) => ids.includes(String(c.id))),
      });
    },
    [nearest],
  );

  const onDragStart = useCallback(({ active }: { active: { id: UniqueIdentifier } }) => {
    // Others' changes wait until the drop, so the lists do not shift under the pointer.
    state().holdEvents(true);
    snapshotRef.current = state().planSnapshot();
    setActiveId(String(active.id));
  }, []);

  const onDragOver = useCallback(
    ({ active, over }: DragOverEvent) => {
      if (!over) return;
      const from = listOf(active.id);
      const to = listOf(over.id);
      if (!from || !to || from === to) return;
      const index = crossListIndex(active, over, state().planIds[to], isList(over.id));
      movedToNewList.current = true;
      state().previewPlan(String(active.id), to, index);
    },
    [movedToNewList],
  );

  const finish = useCallback(() => {
    const snapshot = snapshotRef.current;
    snapshotRef.current = null;
    setActiveId(null);
    return snapshot;
  }, []);

  const onDragEnd = useCallback(
    (event: DragEndEvent) => {
      drop(event, finish());
      release();
    },
    [finish],
  );

  const onDragCancel = useCallback(() => {
    const snapshot = finish();
    if (snapshot) state().planRestore(snapshot);
    release();
  }, [finish]);

  const accessibility = useMemo(() => ({ announcements: planningAnnouncements, screenReaderInstructions }), []);
  return { activeId, sensors, collisionDetection, onDragStart, onDragOver, onDragEnd, onDragCancel, accessibility };
}

/** Applies the events held during the drag on top of what the drop left on screen. */
const release = () => state().holdEvents(false);

/** Saves the drop (optimistically: the lists show it at once), or puts the card back. */
function drop({ active, over }: DragEndEvent, snapshot: PlanSnapshot | null) {
  if (!snapshot) return;
  const cardId = String(active.id);
  const to = over ? listOf(over.id) : undefined;
  if (!over || !to) return state().planRestore(snapshot);
  const ids = orderAfterDrop(state().planIds[to], cardId, over.id, isList(over.id));
  const index = ids.indexOf(cardId);
  if (index === -1) return state().planRestore(snapshot);
  const from = listOfCard(snapshot, cardId);
  if (from === to && snapshot.planIds[to].join() === ids.join()) return state().planRestore(snapshot);
  void state().movePlanned(
    { cardId, to, afterCardId: ids[index - 1] ?? null, beforeCardId: ids[index + 1] ?? null },
    { snapshot },
  );
}
