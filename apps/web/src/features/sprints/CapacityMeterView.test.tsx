import type { CapacityMeter, Member } from '@echoboard/contracts';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { basisText, CapacityMeterView } from './CapacityMeterView.tsx';

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
  sprintsUsed: 0,
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
          sprintsUsed: 3,
          team: { committed: 4, capacity: 16, ratio: 0.25, state: 'under' },
          members: [],
          unestimatedCardIds: ['c1'],
        })}
        members={[]}
        unestimated={[{ id: 'c1', title: 'Webinar deck' }]}
        availabilityStated
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
        capacity={meter({ basis: 'availability', pointsPerAvailableDay: 2, sprintsUsed: 1 })}
        members={[]}
        unestimated={[]}
        availabilityStated
      />,
    );
    expect(screen.getByText(/^From the last sprint's velocity: 2 points per available day/)).toBeInTheDocument();
    rerender(
      <CapacityMeterView
        capacity={meter({ basis: 'average', pointsPerAvailableDay: null, sprintsUsed: 2 })}
        members={[]}
        unestimated={[]}
        availabilityStated
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
          sprintsUsed: 3,
          team: { committed: 5, capacity: 12, ratio: 5 / 12, state: 'under' },
          members: [{ memberId: ADA, committed: 5, capacity: 0, ratio: null, state: 'over' }],
        })}
        members={[member(ADA, 'Ada Byron')]}
        unestimated={[]}
        availabilityStated={false}
      />,
    );
    expect(screen.getByText(/Enter them under “Available days” to see the members' capacity./)).toBeInTheDocument();
    expect(screen.getByTestId('meter-Team')).toHaveTextContent('5 points committed of 12 points — Under capacity');
    expect(screen.getByTestId('meter-Ada Byron')).toHaveTextContent('capacity not known yet');
  });
});

describe('basisText', () => {
  it('says one point, not one points, per available day', () => {
    expect(basisText(meter({ pointsPerAvailableDay: 1 }))).toBe("Lead's default: 1 point per available day");
    expect(basisText(meter({ pointsPerAvailableDay: 1.234 }))).toBe("Lead's default: 1.23 points per available day");
  });
});
