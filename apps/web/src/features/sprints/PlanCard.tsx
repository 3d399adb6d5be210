import type { PlannedCard } from '@echoboard/contracts';
import { DEFAULT_EFFORT_SCALE } from '@echoboard/domain';
import { memo, useId } from 'react';
import { useAppStore } from '../../store/index.ts';
import type { PlanList } from '../../store/planLists.ts';
import { Avatar } from '../board/CardView.tsx';
import { formatEffort } from '../board/format.ts';
import { SortableItem } from '../board/SortableItem.tsx';
import { useMemberName } from './useMembers.ts';

/** A backlog or sprint-plan card: dragged by its body, moved across by its button. */
export const SortablePlanCard = memo(function SortablePlanCard({
  cardId,
  list,
  canAddToSprint,
}: {
  cardId: string;
  list: PlanList;
  canAddToSprint: boolean;
}) {
  const card = useAppStore((s) => s.planCardsById[cardId]);
  if (!card) return null;
  return (
    <SortableItem id={cardId}>
      {({ activatorRef, dragProps, isDragging }) => (
        <PlanCardView
          card={card}
          list={list}
          canAddToSprint={canAddToSprint}
          activatorRef={activatorRef}
          dragProps={dragProps}
          isDragging={isDragging}
        />
      )}
    </SortableItem>
  );
});

export function PlanCardView({
  card,
  list,
  canAddToSprint = false,
  activatorRef,
  dragProps,
  isDragging = false,
  isOverlay = false,
}: {
  card: PlannedCard;
  list: PlanList;
  canAddToSprint?: boolean;
  activatorRef?: (element: HTMLElement | null) => void;
  dragProps?: object;
  isDragging?: boolean;
  isOverlay?: boolean;
}) {
  const titleId = useId();
  const member = useMemberName(card.teamId, card.assigneeId);
  const who = member ?? card.assignee;
  return (
    <article
      ref={activatorRef}
      className={`card${isDragging ? ' card--placeholder' : ''}${isOverlay ? ' card--overlay' : ''}`}
      aria-labelledby={titleId}
      aria-hidden={isOverlay || undefined}
      data-card-id={card.id}
      {...dragProps}
    >
      <h3 id={titleId} className="card__title">
        {card.title}
      </h3>
      <div className="card__meta">
        {isOverlay ? (
          <span className="card__effort">{card.effort === null ? 'Not estimated' : formatEffort(card.effort)}</span>
        ) : (
          <EffortPicker card={card} />
        )}
        {card.sourceFeedbackId ? <span className="card__badge">From feedback</span> : null}
        {who ? <Avatar name={who} /> : null}
      </div>
      <div className="card__actions" inert={isOverlay || undefined}>
        {list === 'backlog' ? (
          <button
            type="button"
            className="text-button"
            aria-label={`Add “${card.title}” to sprint`}
            disabled={!canAddToSprint}
            onClick={() => addToSprint(card.id)}
          >
            Add to sprint
          </button>
        ) : (
          <button
            type="button"
            className="text-button"
            aria-label={`Move “${card.title}” back to backlog`}
            onClick={() => backToBacklog(card.id)}
          >
            Back to backlog
          </button>
        )}
      </div>
    </article>
  );
}

/** Estimating while planning: the board's effort scale, saved at once; the meter follows. */
function EffortPicker({ card }: { card: PlannedCard }) {
  const scale = useAppStore((s) => s.board?.effortScale ?? DEFAULT_EFFORT_SCALE);
  const estimate = useAppStore((s) => s.estimatePlanned);
  const options = card.effort === null || scale.includes(card.effort) ? scale : [...scale, card.effort];
  return (
    <select
      className="card__effort-picker"
      aria-label={`Effort of “${card.title}”`}
      value={card.effort === null ? '' : String(card.effort)}
      // The card is draggable: keys and presses on the picker are the picker's, not a drag's.
      onKeyDown={(e) => e.stopPropagation()}
      onPointerDown={(e) => e.stopPropagation()}
      onChange={(e) => void estimate(card.id, e.target.value === '' ? null : Number(e.target.value))}
    >
      <option value="">Not estimated</option>
      {options.map((points) => (
        <option key={points} value={String(points)}>
          {formatEffort(points)}
        </option>
      ))}
    </select>
  );
}

/** The non-drag path: to the bottom of the sprint plan, or back to the top of the backlog. */
function addToSprint(cardId: string) {
  const s = useAppStore.getState();
  const ids = s.planIds.sprint.filter((id) => id !== cardId);
  void s.movePlanned({ cardId, to: 'sprint', afterCardId: ids.at(-1) ?? null, beforeCardId: null });
}

function backToBacklog(cardId: string) {
  const s = useAppStore.getState();
  const ids = s.planIds.backlog.filter((id) => id !== cardId);
  void s.movePlanned({ cardId, to: 'backlog', afterCardId: null, beforeCardId: ids[0] ?? null });
}
