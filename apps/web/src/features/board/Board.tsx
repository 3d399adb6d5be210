import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store/index.ts';
import { ScrumBar } from '../scrum/ScrumBar.tsx';
import { AddColumnForm } from './AddColumnForm.tsx';
import { ArchivedCardsDialog } from './ArchivedCardsDialog.tsx';
import { CardDndContext } from './CardDndContext.tsx';
import { CardEditorHost } from './CardEditorDialog.tsx';
import { CardView } from './CardView.tsx';
import { useIsLead } from './ColumnMenu.tsx';
import { ColumnView } from './ColumnView.tsx';
import { EmptyBoardHint } from './EmptyBoardHint.tsx';
import { LabelColorsDialog } from './LabelColorsDialog.tsx';
import { MoveToHost } from './MoveToMenu.tsx';
import { useBoardDnd } from './useBoardDnd.ts';

/** The open board: columns side by side, drag and drop between them, and the card dialogs. */
export function Board() {
  const boardName = useAppStore((s) => s.board?.name ?? '');
  const columnOrder = useAppStore(useShallow((s) => s.columnOrder));
  const dnd = useBoardDnd();
  const isLead = useIsLead();
  const boardId = useAppStore((s) => s.board?.id);
  const [dialog, setDialog] = useState<'archived' | 'labels' | null>(null);

  return (
    <div className="board">
      <h1 className="visually-hidden">{boardName}</h1>
      <ScrumBar />
      <EmptyBoardHint isLead={isLead} />
      <div className="board__toolbar">
        {isLead ? (
          <button type="button" className="text-button" aria-haspopup="dialog" onClick={() => setDialog('labels')}>
            Label colours
          </button>
        ) : null}
        <button type="button" className="text-button" aria-haspopup="dialog" onClick={() => setDialog('archived')}>
          Archived cards
        </button>
      </div>
      <CardDndContext dnd={dnd} overlay={(cardId) => <OverlayCard cardId={cardId} />}>
        <div className="board__columns">
          {columnOrder.map((id) => (
            <ColumnView key={id} columnId={id} />
          ))}
          {isLead ? <AddColumnForm /> : null}
        </div>
      </CardDndContext>
      <CardEditorHost />
      <MoveToHost />
      {dialog === 'archived' && boardId ? (
        <ArchivedCardsDialog boardId={boardId} onClose={() => setDialog(null)} />
      ) : null}
      {dialog === 'labels' ? <LabelColorsDialog onClose={() => setDialog(null)} /> : null}
    </div>
  );
}

function OverlayCard({ cardId }: { cardId: string }) {
  const card = useAppStore((s) => s.cardsById[cardId]);
  return card ? <CardView card={card} isOverlay /> : null;
}
