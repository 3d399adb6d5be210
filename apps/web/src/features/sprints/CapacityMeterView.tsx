import type { CapacityMeter, Member, Meter } from '@echoboard/contracts';
import { NEAR_CAPACITY_RATIO } from '@echoboard/domain';
import { useId } from 'react';

const STATE_WORDS: Record<Meter['state'], string> = {
  under: 'Under capacity',
  near: 'Near capacity',
  over: 'Over capacity',
};

/** Points are often halves of a day's rate; one decimal is as precise as planning gets. */
export const formatPoints = (n: number) => `${Math.round(n * 10) / 10} ${n === 1 ? 'point' : 'points'}`;

const lastSprints = (count: number) =>
  count === 0 ? "recent sprints'" : count === 1 ? "the last sprint's" : `the last ${count} sprints'`;

/** Where the capacity comes from, naming how many completed sprints its velocity is from. */
export function basisText(capacity: CapacityMeter): string {
  const sprints = capacity.sprintsUsed;
  const rate = capacity.pointsPerAvailableDay;
  const shown = rate === null ? null : Math.round(rate * 100) / 100;
  const perDay = shown === null ? '' : `: ${shown} ${shown === 1 ? 'point' : 'points'} per available day`;
  switch (capacity.basis) {
    case 'availability':
      return `From ${lastSprints(sprints)} velocity${perDay}`;
    case 'average':
      return sprints === 1
        ? "From the last sprint's velocity (it recorded no availability)"
        : `From ${lastSprints(sprints)} average velocity (they recorded no availability)`;
    case 'default':
      return `Lead's default${perDay}`;
  }
}

/**
 * Committed points against capacity, for the team and each member. It only warns: a lead may
 * plan over capacity. The state is in words as well as colour, and the numbers are plain text.
 * Until someone states their available days, capacity scales with none: the meter says so and asks
 * for them rather than reading every commitment as over capacity.
 */
export function CapacityMeterView({
  capacity,
  members,
  unestimated,
  availabilityStated,
}: {
  capacity: CapacityMeter;
  members: Member[];
  /** Titles of the sprint's cards without an estimate. */
  unestimated: { id: string; title: string }[];
  /** Whether anyone has stated their available days for the sprint (0 days is stated). */
  availabilityStated: boolean;
}) {
  const headingId = useId();
  const nameOf = (id: string) => members.find((m) => m.userId === id)?.name ?? 'Former member';
  // An average velocity is the team's capacity without availability; the other bases scale by it.
  const teamKnown = availabilityStated || capacity.basis === 'average';
  return (
    <section className="capacity" aria-labelledby={headingId}>
      <h2 id={headingId} className="capacity__title">
        Capacity
      </h2>
      {availabilityStated ? null : (
        <p className="capacity__prompt">
          No one has entered their available days for this sprint yet. Enter them under “Available days” to see the
          {teamKnown ? " members' capacity" : ' capacity'}.
        </p>
      )}
      <MeterRow label="Team" meter={capacity.team} known={teamKnown} />
      <p className="capacity__basis">
        {basisText(capacity)}; {capacity.totalAvailableDays} available{' '}
        {capacity.totalAvailableDays === 1 ? 'day' : 'days'}.
      </p>
      {capacity.members.length > 0 ? (
        <ul className="capacity__members" aria-label="Per member">
          {capacity.members.map((m) => (
            <li key={m.memberId}>
              <MeterRow label={nameOf(m.memberId)} meter={m} known={availabilityStated} />
            </li>
          ))}
        </ul>
      ) : null}
      {unestimated.length > 0 ? (
        <div className="capacity__unestimated">
          <p>Not estimated (counted as 0 points):</p>
          <ul>
            {unestimated.map((c) => (
              <li key={c.id}>{c.title}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

/** One meter, or only the committed points while capacity is not `known`. */
function MeterRow({ label, meter, known }: { label: string; meter: Meter; known: boolean }) {
  if (!known) {
    return (
      <div className="meter" data-testid={`meter-${label}`}>
        <p className="meter__label">
          <strong>{label}</strong>: {formatPoints(meter.committed)} committed — capacity not known yet
        </p>
      </div>
    );
  }
  const text = `${formatPoints(meter.committed)} committed of ${formatPoints(meter.capacity)}`;
  // The native meter colours itself: below `low` is good, up to `high` a warning, above it bad.
  const max = Math.max(meter.capacity, meter.committed, 1);
  return (
    <div className={`meter meter--${meter.state}`} data-testid={`meter-${label}`}>
      <p className="meter__label">
        <strong>{label}</strong>: {text} — <span className="meter__state">{STATE_WORDS[meter.state]}</span>
      </p>
      <meter
        className="meter__bar"
        aria-label={`${label} capacity`}
        aria-valuetext={`${text}, ${STATE_WORDS[meter.state].toLowerCase()}`}
        min={0}
        max={max}
        low={meter.capacity * NEAR_CAPACITY_RATIO}
        high={meter.capacity}
        optimum={0}
        value={meter.committed}
      />
    </div>
  );
}
