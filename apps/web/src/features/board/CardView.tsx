import type { Card } from '@echoboard/contracts';
import { initials } from '@echoboard/domain';
import { type HTMLAttributes, memo, useId } from 'react';
import { useAppStore } from '../../store/index.ts';
import { BlockedBadge, CardMarks } from '../scrum/CardMarks.tsx';
import type { ScrumMarks } from '../scrum/marks.ts';
import { useMemberName } from '../sprints/useMembers.ts';
import { avatarTone, formatDue, formatEffort, isOverdue, todayIso } from './format.ts';
import { LabelChip } from './LabelChip.tsx';

export interface CardViewProps extends Partial<ScrumMarks> {
  card: Card;
  onEdit?: (cardId: string) => void;
  onMoveTo?: (cardId: string) => void;
  /** Drag wiring from useSortable; absent for the drag overlay and in static renders. */
  activatorRef?: (element: HTMLElement | null) => void;
  dragProps?: HTMLAttributes<HTMLElement>;
  isDragging?: boolean;
  isOverlay?: boolean;
  /** Someone else on the board is dragging this card right now. */
  draggedBy?: string | null;
  today?: string;
}

/**
 * One card as people see it on the wall: title first, then who, how big, which labels and when.
 * Memoised: during a drag only the cards whose props change render again.
 */
export const CardView = memo(function CardView({
  card,
  onEdit,
  onMoveTo,
  activatorRef,
  dragProps,
  isDragging = false,
  isOverlay = false,
  draggedBy = null,
  today = todayIso(),
  focus = 'normal',
  change = null,
  ageDays = null,
  stale = false,
  columnName = null,
}: CardViewProps) {
  const titleId = useId();
  const member = useMemberName(card.teamId, card.assigneeId);
  const overdue = isOverdue(card.dueDate, today);
  // Each its own selector: the card re-renders when its figures or the board's colours change, not others'.
  const stats = useAppStore((s) => s.cardStats[card.id]);
  const labelColors = useAppStore((s) => s.labelColors);
  const { onKeyDown: dragKeyDown, ...restDrag } = dragProps ?? {};

  return (
    <article
      ref={activatorRef}
      className={`card${isDragging ? ' card--placeholder' : ''}${isOverlay ? ' card--overlay' : ''}${overdue ? ' card--overdue' : ''}${draggedBy ? ' card--remote-drag' : ''}${card.blockedReason ? ' card--blocked' : ''}${stale ? ' card--stale' : ''} card--focus-${focus}`}
      aria-labelledby={titleId}
      aria-hidden={isOverlay || undefined}
      data-card-id={card.id}
      data-focus={focus}
      {...restDrag}
      onKeyDown={(e) => {
        dragKeyDown?.(e);
        // Space picks the card up (drag sensor); Enter on the card itself opens it.
        if (e.key === 'Enter' && e.target === e.currentTarget && !e.defaultPrevented && onEdit) {
          e.preventDefault();
          onEdit(card.id);
        }
      }}
      onClick={(e) => {
        // A click on the card body opens the editor; clicks on its own buttons do their own thing.
        if (!onEdit || (e.target as HTMLElement).closest('button')) return;
        onEdit(card.id);
      }}
    >
      {draggedBy ? <p className="card__remote-drag">{draggedBy} is moving this card</p> : null}
      <h3 id={titleId} className="card__title">
        {card.title}
      </h3>
      {focus === 'highlight' ? <p className="visually-hidden">The speaker’s card</p> : null}
      {card.blockedReason ? <BlockedBadge reason={card.blockedReason} /> : null}
      <CardMarks change={change} ageDays={ageDays} stale={stale} columnName={columnName} />
      {card.labels.length > 0 ? (
        <ul className="card__labels" aria-label="Labels">
          {card.labels.map((label) => (
            <LabelChip key={label} label={label} colors={labelColors} />
          ))}
        </ul>
      ) : null}
      <div className="card__meta">
        {card.effort !== null ? (
          <span className="card__effort" title="Effort">
            <span className="visually-hidden">Effort: </span>
            {formatEffort(card.effort)}
          </span>
        ) : null}
        {stats && stats.checklistTotal > 0 ? (
          <span
            className={`card__checklist${stats.checklistDone === stats.checklistTotal ? ' card__checklist--done' : ''}`}
            data-testid="checklist-progress"
          >
            <span aria-hidden="true">☑ </span>
            <span className="visually-hidden">Checklist: </span>
            {stats.checklistDone}/{stats.checklistTotal}
            <span className="visually-hidden"> done</span>
          </span>
        ) : null}
        {stats && stats.comments > 0 ? (
          <span className="card__comments">
            <span aria-hidden="true">💬 </span>
            {stats.comments}
            <span className="visually-hidden">{stats.comments === 1 ? ' comment' : ' comments'}</span>
          </span>
        ) : null}
        {card.dueDate ? (
          <span className={`card__due${overdue ? ' card__due--overdue' : ''}`}>
            <span>Due</span>
            <time dateTime={card.dueDate}>{formatDue(card.dueDate, today)}</time>
            {overdue ? <span className="card__overdue-tag">Overdue</span> : null}
          </span>
        ) : null}
        {member ? <Avatar name={member} /> : null}
        {card.assignee ? <Avatar name={card.assignee} /> : null}
      </div>
      {/* The overlay keeps the buttons (inert) so it has the same size as the card it stands for. */}
      <div className="card__actions" inert={isOverlay || undefined}>
        <button
          type="button"
          className="text-button"
          aria-label={`Edit “${card.title}”`}
          onClick={() => onEdit?.(card.id)}
        >
          Edit
        </button>
        <button
          type="button"
          className="text-button"
          aria-label={`Move to… “${card.title}”`}
          aria-haspopup="dialog"
          onClick={() => onMoveTo?.(card.id)}
        >
          Move to…
        </button>
      </div>
    </article>
  );
});

/** Initials in a stable colour, named for screen readers. */
export function Avatar({ name }: { name: string }) {
  return (
    <span className={`avatar avatar--${avatarTone(name)}`} title={name} role="img" aria-label={`Assigned to ${name}`}>
      {initials(name)}
    </span>
  );
}
