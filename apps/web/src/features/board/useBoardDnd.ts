import type { Announcements, DragEndEvent, DragOverEvent, DragStartEvent, UniqueIdentifier } from '@dnd-kit/core';
import { useCallback, useMemo, useRef, useState } from 'react';
import { setPresence } from '../../api/live.ts';
import { columnOfCard } from '../../store/boardData.ts';
import { type BoardData, useAppStore } from '../../store/index.ts';
import { crossListIndex, type ListsModel, orderAfterDrop, useCardSensors, useListCollision } from './dndShared.ts';
import { refocusCard } from './focusCard.ts';

const state = () => useAppStore.getState();
const isColumn = (id: UniqueIdentifier) => String(id) in state().columnsById;
const containerOf = (id: UniqueIdentifier) => (isColumn(id) ? String(id) : columnOfCard(state(), String(id)));

const boardLists: ListsModel = {
  isList: isColumn,
  idsOf: (columnId) => state().cardIdsByColumn[columnId] ?? [],
  watch: (onChange) =>
    useAppStore.subscribe((s, prev) => {
      if (s.cardIdsByColumn !== prev.cardIdsByColumn) onChange();
    }),
};

/** "in Doing, position 2 of 4" for a card, as the board shows it right now. */
function whereIs(cardId: string, overId?: UniqueIdentifier): string {
  const s = state();
  const columnId = columnOfCard(s, cardId);
  if (!columnId) return '';
  const listed = s.cardIdsByColumn[columnId] ?? [];
  // Within one column dnd-kit only shifts cards visually; apply the pending reorder to name the spot.
  const ids =
    overId !== undefined && columnOfCard(s, String(overId)) === columnId
      ? orderAfterDrop(listed, cardId, overId, isColumn(overId))
      : listed;
  const name = s.columnsById[columnId]?.name ?? 'a column';
  return `in ${name}, position ${ids.indexOf(cardId) + 1} of ${ids.length}`;
}

/** Tells the others on the board which card I am dragging (null: none). Best effort. */
function announceDrag(cardId: string | null) {
  const boardId = state().board?.id;
  if (boardId) setPresence(boardId, cardId).catch(() => {});
}

/** Applies the events held during a drag on top of whatever the drop left on screen. */
const release = () => state().holdEvents(false);

const titleOf = (id: UniqueIdentifier) => `“${state().cardsById[String(id)]?.title ?? 'card'}”`;

// The last position read out, so hovering the same spot again stays quiet and "Picked up" is heard.
let lastSpoken = '';
const speak = (where: string, text: string) => {
  if (where === lastSpoken) return undefined;
  lastSpoken = where;
  return text;
};

export const announcements: Announcements = {
  onDragStart: ({ active }) => {
    lastSpoken = whereIs(String(active.id));
    return `Picked up ${titleOf(active.id)}, ${lastSpoken}.`;
  },
  onDragOver: ({ active, over }) => {
    if (!over) return speak('', `${titleOf(active.id)} is not over a column. Dropping now puts it back.`);
    const where = whereIs(String(active.id), over.id);
    return speak(where, `${titleOf(active.id)} is now ${where}.`);
  },
  onDragEnd: ({ active, over }) =>
    over
      ? `Dropped ${titleOf(active.id)} ${whereIs(String(active.id))}.`
      : `${titleOf(active.id)} was dropped outside the board and went back ${whereIs(String(active.id))}.`,
  onDragCancel: ({ active }) => `Move cancelled. ${titleOf(active.id)} is back ${whereIs(String(active.id))}.`,
};

export const screenReaderInstructions = {
  draggable:
    'To move this card, press Space. Then use the arrow keys: up and down within a column, left and right to another column. ' +
    'Press Space again to drop it or Escape to cancel. Press Enter to edit the card.',
};

/**
 * Drag and drop across columns (dnd-kit "multiple containers"): the board is snapshotted when a drag
 * starts, the card is shown in the column it hovers, and on drop the move is planned with the domain
 * rule and saved; a cancel or a refusal restores the snapshot.
 */
export function useBoardDnd() {
  const [activeId, setActiveId] = useState<string | null>(null);
  const snapshotRef = useRef<BoardData | null>(null);
  const { collisionDetection, movedToNewList } = useListCollision(boardLists, activeId);
  const sensors = useCardSensors();

  const onDragStart = useCallback(({ active }: DragStartEvent) => {
    // Others' changes wait until the drop, so the board does not shift under the pointer.
    state().holdEvents(true);
    snapshotRef.current = state().snapshot();
    setActiveId(String(active.id));
    announceDrag(String(active.id));
  }, []);

  const onDragOver = useCallback(
    ({ active, over }: DragOverEvent) => {
      if (!over) return;
      const from = containerOf(active.id);
      const to = containerOf(over.id);
      if (!from || !to || from === to) return;
      const index = crossListIndex(active, over, state().cardIdsByColumn[to] ?? [], isColumn(over.id));
      movedToNewList.current = true;
      state().previewMove(String(active.id), to, index);
    },
    [movedToNewList],
  );

  const finish = useCallback(() => {
    const snapshot = snapshotRef.current;
    snapshotRef.current = null;
    setActiveId(null);
    announceDrag(null);
    return snapshot;
  }, []);

  const onDragEnd = useCallback(
    ({ active, over }: DragEndEvent) => {
      const snapshot = finish();
      if (!snapshot) return;
      const cardId = String(active.id);
      const toColumnId = over ? containerOf(over.id) : undefined;
      if (!over || !toColumnId) {
        state().restore(snapshot);
        release();
        return;
      }
      const ids = orderAfterDrop(state().cardIdsByColumn[toColumnId] ?? [], cardId, over.id, isColumn(over.id));
      const index = ids.indexOf(cardId);
      if (index === -1) {
        state().restore(snapshot);
        release();
        return;
      }
      // moveCard shows the move synchronously before it awaits the server; held events go on top.
      void state()
        .moveCard(
          { cardId, toColumnId, afterCardId: ids[index - 1] ?? null, beforeCardId: ids[index + 1] ?? null },
          { snapshot },
        )
        .then(() => refocusCard(cardId));
      release();
    },
    [finish],
  );

  const onDragCancel = useCallback(() => {
    const snapshot = finish();
    if (snapshot) state().restore(snapshot);
    release();
  }, [finish]);

  const accessibility = useMemo(() => ({ announcements, screenReaderInstructions }), []);

  return { activeId, sensors, collisionDetection, onDragStart, onDragOver, onDragEnd, onDragCancel, accessibility };
}
