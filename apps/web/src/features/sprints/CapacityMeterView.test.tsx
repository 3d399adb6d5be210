import type { CapacityMeter, Member } from '@echoboard/contracts';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CapacityMeterView } from './CapacityMeterView.tsx';

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
      />,
    );
    expect(screen.getByText(/From the last 3 sprints' velocity: 2 points per available day/)).toBeInTheDocument();
    expect(screen.getByTestId('meter-Team')).toHaveTextContent('Under capacity');
    expect(screen.getByText('Not estimated (counted as 0 points):')).toBeInTheDocument();
    expect(screen.getByRole('listitem')).toHaveTextContent('Webinar deck');
    expect(screen.queryByRole('list', { name: 'Per member' })).not.toBeInTheDocument();
  });
});
