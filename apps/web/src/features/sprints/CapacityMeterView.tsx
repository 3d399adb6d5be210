import type { CapacityMeter, Member, Meter } from '@echoboard/contracts';
import { NEAR_CAPACITY_RATIO, VELOCITY_WINDOW } from '@echoboard/domain';
import { useId } from 'react';

const STATE_WORDS: Record<Meter['state'], string> = {
  under: 'Under capacity',
  near: 'Near capacity',
  over: 'Over capacity',
};

/** Points are often halves of a day's rate; one decimal is as precise as planning gets. */
export const formatPoints = (n: number) => `${Math.round(n * 10) / 10} ${n === 1 ? 'point' : 'points'}`;

export function basisText(capacity: CapacityMeter): string {
  const rate = capacity.pointsPerAvailableDay;
  const perDay = rate === null ? '' : `: ${Math.round(rate * 100) / 100} points per available day`;
  switch (capacity.basis) {
    case 'availability':
      return `From the last ${VELOCITY_WINDOW} sprints' velocity${perDay}`;
    case 'average':
      return `From the last ${VELOCITY_WINDOW} sprints' average velocity (they recorded no availability)`;
    case 'default':
      return `Lead's default${perDay}`;
  }
}

/**
 * Committed points against capacity, for the team and each member. It only warns: a lead may
 * plan over capacity. The state is in words as well as colour, and the numbers are plain text.
 */
export function CapacityMeterView({
  capacity,
  members,
  unestimated,
}: {
  capacity: CapacityMeter;
  members: Member[];
  /** Titles of the sprint's cards without an estimate. */
  unestimated: { id: string; title: string }[];
}) {
  const headingId = useId();
  const nameOf = (id: string) => members.find((m) => m.userId === id)?.name ?? 'Former member';
  return (
    <section className="capacity" aria-labelledby={headingId}>
      <h2 id={headingId} className="capacity__title">
        Capacity
      </h2>
      <MeterRow label="Team" meter={capacity.team} />
      <p className="capacity__basis">
        {basisText(capacity)}; {capacity.totalAvailableDays} available{' '}
        {capacity.totalAvailableDays === 1 ? 'day' : 'days'}.
      </p>
      {capacity.members.length > 0 ? (
        <ul className="capacity__members" aria-label="Per member">
          {capacity.members.map((m) => (
            <li key={m.memberId}>
              <MeterRow label={nameOf(m.memberId)} meter={m} />
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

function MeterRow({ label, meter }: { label: string; meter: Meter }) {
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
