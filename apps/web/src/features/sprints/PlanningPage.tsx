import { useEffect, useState } from 'react';
import { boardPath, navigate } from '../../app/routes.ts';
import { roleIn, useAppStore } from '../../store/index.ts';
import { CardDndContext } from '../board/CardDndContext.tsx';
import { Loading } from '../common/Loading.tsx';
import { AddBacklogCardForm } from './AddBacklogCardForm.tsx';
import { PlanCardView } from './PlanCard.tsx';
import { PlanListView } from './PlanListView.tsx';
import { PlanningCapacity } from './PlanningCapacity.tsx';
import { SprintPicker } from './SprintPicker.tsx';
import { usePlanningDnd } from './usePlanningDnd.ts';

/** Backlog on the left, the chosen planned sprint on the right, capacity below. */
export function PlanningPage() {
  const boardId = useAppStore((s) => s.board?.id ?? '');
  const teamId = useAppStore((s) => s.board?.teamId ?? '');
  const boardName = useAppStore((s) => s.board?.name ?? '');
  const isLead = useAppStore((s) => roleIn(s.me, s.board?.teamId) === 'lead');
  const status = useAppStore((s) => s.planStatus);
  const error = useAppStore((s) => s.planError);
  const loadPlanning = useAppStore((s) => s.loadPlanning);
  const [attempt, setAttempt] = useState(0);
  const dnd = usePlanningDnd();

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new attempt re-reads the plan
  useEffect(() => {
    if (boardId && teamId) void loadPlanning(boardId, teamId);
  }, [boardId, teamId, loadPlanning, attempt]);

  useEffect(() => {
    document.title = `Planning · ${boardName} · Echoboard`;
  }, [boardName]);

  return (
    <div className="planning">
      <header className="planning__header">
        <h1 className="planning__title">Sprint planning · {boardName}</h1>
        <a
          className="button"
          href={boardPath(boardId)}
          onClick={(e) => {
            e.preventDefault();
            navigate(boardPath(boardId));
          }}
        >
          Back to the board
        </a>
      </header>
      {status === 'error' ? (
        <p className="form__error" role="alert">
          Could not load the plan: {error}{' '}
          <button type="button" className="button" onClick={() => setAttempt((n) => n + 1)}>
            Try again
          </button>
        </p>
      ) : null}
      {status === 'loading' && !error ? <Loading>Loading plan…</Loading> : null}
      <CardDndContext dnd={dnd} overlay={(cardId) => <Overlay cardId={cardId} />}>
        <div className="planning__lists">
          <PlanListView
            list="backlog"
            title="Backlog"
            empty="The backlog is empty: add a card below, or accept end-user feedback into it"
            footer={<AddBacklogCardForm />}
          />
          <PlanListView list="sprint" title="Sprint plan" empty="Drag cards here or use “Add to sprint”">
            <SprintPicker boardId={boardId} isLead={isLead} />
          </PlanListView>
        </div>
      </CardDndContext>
      <PlanningCapacity boardId={boardId} teamId={teamId} isLead={isLead} />
    </div>
  );
}

function Overlay({ cardId }: { cardId: string }) {
  const card = useAppStore((s) => s.planCardsById[cardId]);
  return card ? <PlanCardView card={card} list="backlog" isOverlay /> : null;
}
