import {
  type Active,
  KeyboardCode,
  KeyboardSensor,
  type Over,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';

/** Pointer and keyboard sensors shared by every card list (board columns, backlog, sprint plan). */
export function useCardSensors() {
  return useSensors(
    // A few pixels of movement before a drag starts, so a click still opens the card.
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, {
      coordinateGetter: sortableKeyboardCoordinates,
      // Enter is kept for opening the card; Space picks up and drops.
      keyboardCodes: {
        start: [KeyboardCode.Space],
        cancel: [KeyboardCode.Esc],
        end: [KeyboardCode.Space, KeyboardCode.Enter, KeyboardCode.Tab],
      },
    }),
  );
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
