import {
  type Active,
  type CollisionDetection,
  closestCenter,
  getFirstCollision,
  KeyboardCode,
  type Over,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  type UniqueIdentifier,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { arrayMove, sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { type RefObject, useCallback, useEffect, useRef } from 'react';
import { PromptKeyboardSensor } from './PromptKeyboardSensor.ts';

// Module constants: useSensor memoises on the options object, and new sensors on a render would
// hand every useSortable new listeners, so every memoised card would render again on each drag
// start and drop.
// A few pixels of movement before a drag starts, so a click still opens the card.
const POINTER_OPTIONS = { activationConstraint: { distance: 6 } };
const KEYBOARD_OPTIONS = {
  coordinateGetter: sortableKeyboardCoordinates,
  // Enter is kept for opening the card; Space picks up and drops.
  keyboardCodes: {
    start: [KeyboardCode.Space],
    cancel: [KeyboardCode.Esc],
    end: [KeyboardCode.Space, KeyboardCode.Enter, KeyboardCode.Tab],
  },
};

/** Pointer and keyboard sensors shared by every card list (board columns, backlog, sprint plan). */
export function useCardSensors() {
  return useSensors(useSensor(PointerSensor, POINTER_OPTIONS), useSensor(PromptKeyboardSensor, KEYBOARD_OPTIONS));
}

/**
 * Where a card dragged into another list would land: above the card it hovers, or below it once
 * past that card's middle; at the end when over the list itself.
 */
export function crossListIndex(active: Active, over: Over, targetIds: string[], overIsList: boolean): number {
  if (overIsList) return targetIds.length;
  const overIndex = targetIds.indexOf(String(over.id));
  const translated = active.rect.current.translated;
  const below = translated && translated.top > over.rect.top + over.rect.height / 2;
  return overIndex >= 0 ? overIndex + (below ? 1 : 0) : targetIds.length;
}

/**
 * A list's order once a card is dropped in it: over the list itself the card stays where dragging
 * put it; over another card it takes that card's place (dnd-kit's arrayMove).
 */
export function orderAfterDrop(
  ids: readonly string[],
  cardId: string,
  overId: UniqueIdentifier,
  overIsList: boolean,
): string[] {
  if (overIsList || overId === cardId) return [...ids];
  return arrayMove([...ids], ids.indexOf(cardId), ids.indexOf(String(overId)));
}

export interface ListsModel {
  isList: (id: UniqueIdentifier) => boolean;
  idsOf: (listId: string) => string[];
  /** Calls back whenever the lists' order changes; returns the unsubscribe. */
  watch: (onChange: () => void) => () => void;
}

/**
 * Collision detection for cards across lists (dnd-kit "multiple containers"): the pointer's list,
 * then the nearest card in it. Right after a card crosses into another list the layout is still
 * settling; until the next frame the last target is kept, so the card does not flip back and forth.
 */
export function useListCollision(
  model: ListsModel,
  activeId: string | null,
): { collisionDetection: CollisionDetection; movedToNewList: RefObject<boolean> } {
  const lastOverId = useRef<UniqueIdentifier | null>(null);
  const movedToNewList = useRef(false);
  useEffect(
    () =>
      model.watch(() =>
        requestAnimationFrame(() => {
          movedToNewList.current = false;
        }),
      ),
    [model],
  );

  const collisionDetection: CollisionDetection = useCallback(
    (given) => {
      // dnd-kit's dragged rect can read the page's scroll offsets on every access; the checks below
      // read it once per drop target (500 on a big board), so take its figures once per check.
      const { top, left, right, bottom, width, height } = given.collisionRect;
      const args = { ...given, collisionRect: { top, left, right, bottom, width, height } };
      const pointerHits = pointerWithin(args);
      const hits = pointerHits.length > 0 ? pointerHits : rectIntersection(args);
      let overId = getFirstCollision(hits, 'id');
      if (overId != null) {
        if (model.isList(overId)) {
          const ids = model.idsOf(String(overId));
          if (ids.length > 0) {
            // Over a list with cards: aim at the nearest card in it.
            overId =
              closestCenter({
                ...args,
                droppableContainers: args.droppableContainers.filter(
                  (c) => c.id !== overId && ids.includes(String(c.id)),
                ),
              })[0]?.id ?? overId;
          }
        }
        lastOverId.current = overId;
        return [{ id: overId }];
      }
      if (movedToNewList.current) lastOverId.current = activeId;
      return lastOverId.current ? [{ id: lastOverId.current }] : [];
    },
    [activeId, model],
  );
  return { collisionDetection, movedToNewList };
}
