import { DndContext, DragOverlay, MeasuringStrategy } from '@dnd-kit/core';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store/index.ts';
import { ScrumBar } from '../scrum/ScrumBar.tsx';
import { AddColumnForm } from './AddColumnForm.tsx';
import { CardEditorHost } from './CardEditorDialog.tsx';
import { CardView } from './CardView.tsx';
import { useIsLead } from './ColumnMenu.tsx';
import { ColumnView } from './ColumnView.tsx';
import { MoveToHost } from './MoveToMenu.tsx';
import { useBoardDnd } from './useBoardDnd.ts';

const measuring = { droppable: { strategy: MeasuringStrategy.Always } };

const prefersReducedMotion = () =>
  typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

/** The open board: columns side by side, drag and drop between them, and the card dialogs. */
export function Board() {
  const boardName = useAppStore((s) => s.board?.name ?? '');
  const columnOrder = useAppStore(useShallow((s) => s.columnOrder));
  const dnd = useBoardDnd();
  const isLead = useIsLead();

  return (
    <div className="board">
      <h1 className="visually-hidden">{boardName}</h1>
      <ScrumBar />
      <DndContext
        sensors={dnd.sensors}
        collisionDetection={dnd.collisionDetection}
        measuring={measuring}
        accessibility={dnd.accessibility}
        onDragStart={dnd.onDragStart}
        onDragOver={dnd.onDragOver}
        onDragEnd={dnd.onDragEnd}
        onDragCancel={dnd.onDragCancel}
      >
        <div className="board__columns">
          {columnOrder.map((id) => (
            <ColumnView key={id} columnId={id} />
          ))}
          {isLead ? <AddColumnForm /> : null}
        </div>
        <DragOverlay dropAnimation={prefersReducedMotion() ? null : undefined}>
          {dnd.activeId ? <OverlayCard cardId={dnd.activeId} /> : null}
        </DragOverlay>
      </DndContext>
      <CardEditorHost />
      <MoveToHost />
    </div>
  );
}

function OverlayCard({ cardId }: { cardId: string }) {
  const card = useAppStore((s) => s.cardsById[cardId]);
  return card ? <CardView card={card} isOverlay /> : null;
}
