import type { Member, SprintDetail } from '@echoboard/contracts';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as sprintsApi from '../../api/sprints.ts';
import { resetStore } from '../../store/index.ts';
import { BOARD_ID, TEAM_ID } from '../../test/fixtures.ts';
import { AvailabilityForm } from './AvailabilityForm.tsx';

vi.mock('../../api/sprints.ts', () => ({ setAvailability: vi.fn(), setPlanningDefaults: vi.fn() }));

const ANA = '30000000-0000-4000-8000-000000000001';
const BEN = '30000000-0000-4000-8000-000000000002';
const members = [
  { userId: ANA, name: 'Ana' },
  { userId: BEN, name: 'Ben' },
] as Member[];

const sprint = (availability: SprintDetail['availability']) =>
  ({
    id: '20000000-0000-4000-8000-000000000001',
    boardId: BOARD_ID,
    teamId: TEAM_ID,
    workingDays: 10,
    availability,
  }) as unknown as SprintDetail;

const field = (name: string) => screen.getByLabelText(`Available days for ${name}`);

describe('AvailabilityForm', () => {
  beforeEach(() => {
    resetStore();
    vi.mocked(sprintsApi.setAvailability).mockReset();
  });

  it('shows statements that arrive while it is open, except in the fields the person is editing', async () => {
    const view = (availability: SprintDetail['availability']) => (
      <AvailabilityForm sprint={sprint(availability)} members={members} canEditAll myId={ANA} />
    );
    const { rerender } = render(view([{ memberId: ANA, availableDays: 8 }]));
    expect(field('Ana')).toHaveValue(8);
    expect(field('Ben')).toHaveValue(null);
    await userEvent.type(field('Ben'), '4');
    rerender(
      view([
        { memberId: ANA, availableDays: 6 },
        { memberId: BEN, availableDays: 9 },
      ]),
    );
    expect(field('Ana')).toHaveValue(6);
    expect(field('Ben')).toHaveValue(4);
  });

  it('sends only the fields the person changed, and a cleared field as not stated (null)', async () => {
    vi.mocked(sprintsApi.setAvailability).mockResolvedValue(sprint([]));
    render(
      <AvailabilityForm
        sprint={sprint([
          { memberId: ANA, availableDays: 8 },
          { memberId: BEN, availableDays: 5 },
        ])}
        members={members}
        canEditAll
        myId={ANA}
      />,
    );
    await userEvent.clear(field('Ben'));
    await userEvent.click(screen.getByRole('button', { name: 'Save availability' }));
    expect(sprintsApi.setAvailability).toHaveBeenCalledWith(expect.any(String), {
      availability: [{ memberId: BEN, availableDays: null }],
    });
  });
});
