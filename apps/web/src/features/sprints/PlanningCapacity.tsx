import { useAppStore } from '../../store/index.ts';
import { AvailabilityForm, DefaultRateForm } from './AvailabilityForm.tsx';
import { CapacityMeterView } from './CapacityMeterView.tsx';
import { useMembers } from './useMembers.ts';

/** The chosen sprint's meter, the members' availability and the lead's default rate. */
export function PlanningCapacity({ boardId, teamId, isLead }: { boardId: string; teamId: string; isLead: boolean }) {
  const sprint = useAppStore((s) => s.planSprint);
  const myId = useAppStore((s) => s.me?.user.id ?? null);
  const members = useMembers(teamId);
  const cardsById = useAppStore((s) => s.planCardsById);
  if (!sprint) return null;
  const unestimated = sprint.capacity.unestimatedCardIds.map((id) => ({
    id,
    title: cardsById[id]?.title ?? 'A card',
  }));
  return (
    <div className="planning__capacity">
      <CapacityMeterView
        capacity={sprint.capacity}
        members={members}
        unestimated={unestimated}
        availabilityStated={sprint.availability.length > 0}
      />
      <AvailabilityForm key={sprint.id} sprint={sprint} members={members} canEditAll={isLead} myId={myId} />
      {isLead ? (
        <DefaultRateForm
          key={`rate-${sprint.id}`}
          boardId={boardId}
          current={sprint.capacity.basis === 'default' ? sprint.capacity.pointsPerAvailableDay : null}
        />
      ) : null}
    </div>
  );
}
