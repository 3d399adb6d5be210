import { DndContext, DragOverlay, MeasuringStrategy } from '@dnd-kit/core';
import { type ComponentProps, type ReactNode, useId } from 'react';
import { DragInstructionsId } from './SortableItem.tsx';
import { WiringDragWatch } from './useWired.ts';

type ContextProps = ComponentProps<typeof DndContext>;

/** What useBoardDnd and usePlanningDnd hand to the drag context. */
export type CardDnd = Required<
  Pick<
    ContextProps,
    'sensors' | 'collisionDetection' | 'accessibility' | 'onDragStart' | 'onDragOver' | 'onDragEnd' | 'onDragCancel'
  >
> & { activeId: string | null };

// While dragging, dnd-kit re-measures every droppable whenever one mounts or unmounts (a card
// crossing into another list), which keeps the lists' rects right as they change height. `Always`
// would also do that outside a drag: after each drop and each live update it read the rect (and
// computed style) of every card on the board and rendered every sortable twice more.
const measuring = { droppable: { strategy: MeasuringStrategy.WhileDragging } };

const prefersReducedMotion = () =>
  typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

/** The drag context every card list uses (board columns, backlog, sprint plan), with its overlay. */
export function CardDndContext({
  dnd,
  overlay,
  children,
}: {
  dnd: CardDnd;
  /** The card that follows the pointer, given the id being dragged. */
  overlay: (cardId: string) => ReactNode;
  children: ReactNode;
}) {
  // Named, so the cards not wired to dnd-kit yet can be described by its instructions too.
  const id = useId();
  return (
    <DndContext
      id={id}
      sensors={dnd.sensors}
      collisionDetection={dnd.collisionDetection}
      measuring={measuring}
      accessibility={dnd.accessibility}
      onDragStart={dnd.onDragStart}
      onDragOver={dnd.onDragOver}
      onDragEnd={dnd.onDragEnd}
      onDragCancel={dnd.onDragCancel}
    >
      <WiringDragWatch />
      <DragInstructionsId.Provider value={id}>{children}</DragInstructionsId.Provider>
      <DragOverlay dropAnimation={prefersReducedMotion() ? null : undefined}>
        {dnd.activeId ? overlay(dnd.activeId) : null}
      </DragOverlay>
    </DndContext>
  );
}
