import type { SprintDetail } from '@echoboard/contracts';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as sprintsApi from '../../api/sprints.ts';
import { resetStore, useAppStore } from '../../store/index.ts';
import { BOARD_ID, TEAM_ID } from '../../test/fixtures.ts';
import { signInAs } from '../scrum/testScrum.ts';
import { SprintPicker } from './SprintPicker.tsx';

vi.mock('../../api/sprints.ts', () => ({ startSprint: vi.fn() }));

const planned = {
  id: '20000000-0000-4000-8000-000000000001',
  boardId: BOARD_ID,
  teamId: TEAM_ID,
  name: 'Sprint 5',
  goal: '',
  state: 'planned',
  startDate: '2026-12-08',
  endDate: '2026-12-21',
  lengthDays: 14,
  holidays: [],
  workingDays: 10,
  committedPoints: 0,
} as unknown as SprintDetail;

describe('SprintPicker', () => {
  beforeEach(() => {
    resetStore();
    // 12:00 UTC on 7 December: already 8 December on Kiritimati (UTC+14).
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-07T12:00:00Z'));
    // The start's answer never arrives: these tests are about what is asked.
    vi.mocked(sprintsApi.startSprint)
      .mockReset()
      .mockReturnValue(new Promise(() => {}));
    useAppStore.setState({
      planTeamId: TEAM_ID,
      planSprintId: planned.id,
      planSprint: planned,
      boardSprints: [planned],
    });
  });
  afterEach(() => vi.useRealTimers());

  it("starts at once on the planned day by the team's time zone, whatever the browser's day", async () => {
    signInAs('lead', 'Pacific/Kiritimati');
    render(<SprintPicker boardId={BOARD_ID} isLead />);
    await userEvent.click(screen.getByRole('button', { name: 'Start sprint' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(sprintsApi.startSprint).toHaveBeenCalledWith(planned.id, { startToday: false });
  });

  it("asks about moving the dates when the team's day is not the planned one, naming the team's day", async () => {
    signInAs('lead', 'UTC');
    render(<SprintPicker boardId={BOARD_ID} isLead />);
    await userEvent.click(screen.getByRole('button', { name: 'Start sprint' }));
    expect(await screen.findByRole('dialog')).toHaveAccessibleDescription(
      'It is planned for 2026-12-08 – 2026-12-21; today is 2026-12-07.',
    );
    expect(sprintsApi.startSprint).not.toHaveBeenCalled();
  });
});
