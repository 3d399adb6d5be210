import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { type ReactNode, useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store/index.ts';
import type { PlanList } from '../../store/planLists.ts';
import { SortablePlanCard } from './PlanCard.tsx';

/** One ranked list of the planning page (backlog or sprint plan), a drop target for the other's cards. */
export function PlanListView({
  list,
  title,
  empty,
  children,
  footer,
}: {
  list: PlanList;
  title: string;
  empty: string;
  /** Controls shown under the heading (sprint picker, meter summary…). */
  children?: ReactNode;
  footer?: ReactNode;
}) {
  const ids = useAppStore(useShallow((s) => s.planIds[list]));
  const canAddToSprint = useAppStore((s) => s.planSprint !== null && s.planSprint.state === 'planned');
  const { setNodeRef, isOver } = useDroppable({ id: list });
  const headingId = useId();
  return (
    <section
      className={`column planning__list${isOver ? ' column--over' : ''}`}
      aria-labelledby={headingId}
      data-testid={`plan-${list}`}
      data-plan-list={list}
    >
      <header className="column__header planning__list-header">
        <h2 id={headingId} className="column__name">
          {title}
        </h2>
        <p className="column__count">
          {ids.length} {ids.length === 1 ? 'card' : 'cards'}
        </p>
      </header>
      {children}
      <SortableContext id={list} items={ids} strategy={verticalListSortingStrategy}>
        <ul ref={setNodeRef} className="column__cards" aria-labelledby={headingId}>
          {ids.map((id) => (
            <SortablePlanCard key={id} cardId={id} list={list} canAddToSprint={canAddToSprint} />
          ))}
          {ids.length === 0 ? (
            <li className="column__empty" aria-hidden="true">
              {empty}
            </li>
          ) : null}
        </ul>
      </SortableContext>
      {footer}
    </section>
  );
}
