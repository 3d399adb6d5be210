import type { CapacityMeter, Member, Sprint } from '@echoboard/contracts';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CapacityMeterView, velocitySprintCount } from './CapacityMeterView.tsx';

const member = (userId: string, name: string): Member => ({
  userId,
  name,
  email: `${name.toLowerCase()}@example.com`,
  role: 'member',
  discipline: 'content',
  joinedAt: '2026-01-01T00:00:00.000Z',
});
const ADA = '00000000-0000-4000-8000-0000000000a1';
const BO = '00000000-0000-4000-8000-0000000000b2';

const meter = (overrides: Partial<CapacityMeter> = {}): CapacityMeter => ({
  basis: 'default',
  pointsPerAvailableDay: 1.5,
  totalAvailableDays: 8,
  team: { committed: 13, capacity: 12, ratio: 13 / 12, state: 'over' },
  members: [
    { memberId: ADA, committed: 5, capacity: 9, ratio: 5 / 9, state: 'under' },
    { memberId: BO, committed: 3, capacity: 3, ratio: 1, state: 'near' },
  ],
  unestimatedCardIds: [],
  ...overrides,
});

describe('CapacityMeterView', () => {
  it('reads the team and each member as numbers and words, with the basis of the capacity', () => {
    render(
      <CapacityMeterView
        capacity={meter()}
        members={[member(ADA, 'Ada Byron'), member(BO, 'Bo Chen')]}
        unestimated={[]}
        availabilityStated
        velocitySprints={0}
      />,
    );
    expect(screen.getByTestId('meter-Team')).toHaveTextContent(
      'Team: 13 points committed of 12 points — Over capacity',
    );
    const team = screen.getByRole('meter', { name: 'Team capacity' });
    expect(team).toHaveAttribute('aria-valuetext', '13 points committed of 12 points, over capacity');
    const perMember = screen.getByRole('list', { name: 'Per member' });
    expect(within(perMember).getByTestId('meter-Ada Byron')).toHaveTextContent(
      '5 points committed of 9 points — Under',
    );
    expect(within(perMember).getByTestId('meter-Bo Chen')).toHaveTextContent('Near capacity');
    expect(screen.getByText(/Lead's default: 1.5 points per available day; 8 available days/)).toBeInTheDocument();
  });

  it('names the velocity basis and lists unestimated cards', () => {
    render(
      <CapacityMeterView
        capacity={meter({
          basis: 'availability',
          pointsPerAvailableDay: 2,
          team: { committed: 4, capacity: 16, ratio: 0.25, state: 'under' },
          members: [],
          unestimatedCardIds: ['c1'],
        })}
        members={[]}
        unestimated={[{ id: 'c1', title: 'Webinar deck' }]}
        availabilityStated
        velocitySprints={3}
      />,
    );
    expect(screen.getByText(/From the last 3 sprints' velocity: 2 points per available day/)).toBeInTheDocument();
    expect(screen.getByTestId('meter-Team')).toHaveTextContent('Under capacity');
    expect(screen.getByText('Not estimated (counted as 0 points):')).toBeInTheDocument();
    expect(screen.getByRole('listitem')).toHaveTextContent('Webinar deck');
    expect(screen.queryByRole('list', { name: 'Per member' })).not.toBeInTheDocument();
  });

  it('says how many sprints the velocity is from when there are fewer than three', () => {
    const { rerender } = render(
      <CapacityMeterView
        capacity={meter({ basis: 'availability', pointsPerAvailableDay: 2 })}
        members={[]}
        unestimated={[]}
        availabilityStated
        velocitySprints={1}
      />,
    );
    expect(screen.getByText(/^From the last sprint's velocity: 2 points per available day/)).toBeInTheDocument();
    rerender(
      <CapacityMeterView
        capacity={meter({ basis: 'average', pointsPerAvailableDay: null })}
        members={[]}
        unestimated={[]}
        availabilityStated
        velocitySprints={2}
      />,
    );
    expect(
      screen.getByText(/^From the last 2 sprints' average velocity \(they recorded no availability\)/),
    ).toBeInTheDocument();
  });

  it('asks for available days instead of reading commitments as over a capacity of 0', () => {
    render(
      <CapacityMeterView
        capacity={meter({
          totalAvailableDays: 0,
          team: { committed: 5, capacity: 0, ratio: null, state: 'over' },
          members: [{ memberId: ADA, committed: 5, capacity: 0, ratio: null, state: 'over' }],
        })}
        members={[member(ADA, 'Ada Byron')]}
        unestimated={[]}
        availabilityStated={false}
        velocitySprints={0}
      />,
    );
    expect(
      screen.getByText(
        /No one has entered their available days for this sprint yet. Enter them under “Available days” to see the capacity./,
      ),
    ).toBeInTheDocument();
    expect(screen.getByTestId('meter-Team')).toHaveTextContent('Team: 5 points committed — capacity not known yet');
    expect(screen.getByTestId('meter-Ada Byron')).toHaveTextContent('5 points committed — capacity not known yet');
    expect(screen.queryByText(/Over capacity/)).not.toBeInTheDocument();
    expect(screen.queryByRole('meter')).not.toBeInTheDocument();
  });

  it("keeps the team's meter on an average velocity, which needs no availability, but not the members'", () => {
    render(
      <CapacityMeterView
        capacity={meter({
          basis: 'average',
          pointsPerAvailableDay: null,
          totalAvailableDays: 0,
          team: { committed: 5, capacity: 12, ratio: 5 / 12, state: 'under' },
          members: [{ memberId: ADA, committed: 5, capacity: 0, ratio: null, state: 'over' }],
        })}
        members={[member(ADA, 'Ada Byron')]}
        unestimated={[]}
        availabilityStated={false}
        velocitySprints={3}
      />,
    );
    expect(screen.getByText(/Enter them under “Available days” to see the members' capacity./)).toBeInTheDocument();
    expect(screen.getByTestId('meter-Team')).toHaveTextContent('5 points committed of 12 points — Under capacity');
    expect(screen.getByTestId('meter-Ada Byron')).toHaveTextContent('capacity not known yet');
  });
});

const sprint = (id: string, endDate: string, overrides: Partial<Sprint> = {}): Sprint => ({
  id,
  boardId: 'b',
  teamId: 't',
  name: id,
  goal: '',
  startDate: endDate,
  lengthDays: 14,
  endDate,
  holidays: [],
  workingDays: 10,
  state: 'completed',
  startedAt: null,
  completedAt: null,
  committedPoints: 8,
  cardCount: 2,
  record: {
    committedPoints: 8,
    completedPoints: 5,
    totalAvailableDays: 10,
    members: [],
    doneCardIds: [],
    unfinishedCardIds: [],
  },
  ...overrides,
});

describe('velocitySprintCount', () => {
  it('counts the completed sprints with a record, other than the one planned, up to the last three', () => {
    const planned = sprint('next', '2026-05-01', { state: 'planned', record: null });
    const history = [sprint('s1', '2026-01-15'), planned];
    expect(velocitySprintCount(history, 'next')).toBe(1);
    history.push(sprint('s2', '2026-02-15'), sprint('running', '2026-04-15', { state: 'active', record: null }));
    expect(velocitySprintCount(history, 'next')).toBe(2);
    history.push(sprint('s3', '2026-03-01'), sprint('s4', '2026-03-15'));
    expect(velocitySprintCount(history, 'next')).toBe(3);
    expect(velocitySprintCount([sprint('s1', '2026-01-15')], 's1')).toBe(0);
  });
});
