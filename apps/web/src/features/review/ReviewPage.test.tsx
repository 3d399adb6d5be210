import type { Sprint } from '@echoboard/contracts';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as reviewApi from '../../api/review.ts';
import { resetStore } from '../../store/index.ts';
import { BOARD_ID, TEAM_ID } from '../../test/fixtures.ts';
import ReviewPage from './ReviewPage.tsx';

vi.mock('../../api/review.ts', () => ({ listReviewableSprints: vi.fn(), getSprintReview: vi.fn() }));
// uPlot needs a real browser; these tests never get as far as a chart.
vi.mock('./LineChart.tsx', () => ({ LineChart: () => null }));

const sprint = (id: string, overrides: Partial<Sprint>): Sprint => ({
  id,
  boardId: BOARD_ID,
  teamId: TEAM_ID,
  name: id,
  goal: '',
  startDate: '2026-11-02',
  lengthDays: 14,
  endDate: '2026-11-15',
  holidays: [],
  workingDays: 10,
  state: 'completed',
  startedAt: '2026-11-02T09:00:00.000Z',
  completedAt: null,
  committedPoints: 0,
  cardCount: 0,
  record: null,
  ...overrides,
});

// Latest first, as the board lists them.
const SPRINTS = [
  sprint('Sprint 3', { state: 'active', endDate: '2026-12-13' }),
  // Completed early: its planned end is still ahead.
  sprint('Sprint 2', { endDate: '2026-12-20', completedAt: '2026-11-27T16:00:00.000Z' }),
  sprint('Sprint 1', { endDate: '2026-11-15', completedAt: '2026-11-16T10:00:00.000Z' }),
];
const reviewPage = `/boards/${BOARD_ID}/review`;
const completedOn = (at: string) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(at));

describe('ReviewPage', () => {
  beforeEach(() => {
    resetStore();
    vi.mocked(reviewApi.listReviewableSprints).mockResolvedValue(SPRINTS);
    // The review itself never arrives: these tests are about which one is asked for.
    vi.mocked(reviewApi.getSprintReview)
      .mockReset()
      .mockReturnValue(new Promise(() => {}));
  });
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('names a completed sprint by when it was completed, not by its planned end', async () => {
    window.history.replaceState(null, '', reviewPage);
    render(<ReviewPage boardId={BOARD_ID} />);
    const picker = await screen.findByRole('combobox', { name: 'Sprint' });
    expect(picker).toHaveValue('Sprint 3');
    expect(screen.getByRole('option', { name: 'Sprint 3 (running)' })).toBeInTheDocument();
    expect(
      screen.getByRole('option', { name: `Sprint 2 (completed ${completedOn('2026-11-27T16:00:00.000Z')})` }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/ended/)).not.toBeInTheDocument();
  });

  it('opens the sprint named in the address, and puts the one picked there, so a reload or a link keeps it', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', `${reviewPage}?sprint=Sprint%202`);
    render(<ReviewPage boardId={BOARD_ID} />);
    const picker = await screen.findByRole('combobox', { name: 'Sprint' });
    expect(picker).toHaveValue('Sprint 2');
    // The review is asked for in an effect, which may run just after the picker shows.
    await waitFor(() => expect(reviewApi.getSprintReview).toHaveBeenLastCalledWith('Sprint 2'));

    await user.selectOptions(picker, 'Sprint 1');
    expect(window.location.pathname + window.location.search).toBe(`${reviewPage}?sprint=Sprint%201`);
    expect(picker).toHaveValue('Sprint 1');
    await waitFor(() => expect(reviewApi.getSprintReview).toHaveBeenLastCalledWith('Sprint 1'));
  });

  it('opens the newest sprint when the address names none it can review', async () => {
    window.history.replaceState(null, '', `${reviewPage}?sprint=gone`);
    render(<ReviewPage boardId={BOARD_ID} />);
    expect(await screen.findByRole('combobox', { name: 'Sprint' })).toHaveValue('Sprint 3');
    await waitFor(() => expect(reviewApi.getSprintReview).toHaveBeenLastCalledWith('Sprint 3'));
  });
});
