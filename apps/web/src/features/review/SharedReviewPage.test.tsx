import type { PublicSprintReview } from '@echoboard/contracts';
import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/client.ts';
import * as reviewApi from '../../api/review.ts';
import SharedReviewPage from './SharedReviewPage.tsx';

vi.mock('../../api/review.ts', () => ({ getSharedReview: vi.fn() }));
// uPlot needs a real browser (matchMedia, canvas); the charts are covered by e2e/review-share.spec.ts.
vi.mock('./LineChart.tsx', () => ({ LineChart: () => <div data-testid="chart" /> }));

const shared: PublicSprintReview = {
  teamName: 'Northwind Marketing',
  generatedAt: '2026-11-23T10:00:00.000Z',
  expiresAt: '2026-12-23T10:00:00.000Z',
  sprint: { name: 'Sprint 4', goal: 'Launch prep', state: 'active', startDate: '2026-11-16', endDate: '2026-11-27' },
  committedPoints: 21,
  completedPoints: 8,
  cardCount: 7,
  doneCount: 3,
  burndown: {
    committedAtStart: 21,
    days: [{ date: '2026-11-16', working: true, remaining: 21, scope: 21, scopeChange: 0, ideal: 21 }],
  },
  velocity: [],
  members: [
    {
      name: 'Priya Shah',
      effort: { minutes: 90, points: 0, cardsWorkedOn: 1, cardsHelpedWith: 0 },
      results: { cardsCompleted: 2, pointsCompleted: 8, kudosReceived: 1, feedbackRating: null },
    },
  ],
  campaigns: [],
  feedback: { count: 0, averageRating: null, ratings: [0, 0, 0, 0, 0] },
  blocked: [{ title: 'Press release', reason: 'Waiting for legal', scrumDate: '2026-11-18' }],
  scrums: [],
};

describe('SharedReviewPage', () => {
  // A block body: a function returned from beforeEach would run as the test's teardown.
  beforeEach(() => {
    vi.mocked(reviewApi.getSharedReview).mockReset();
  });

  it("shows who shared it, says a running sprint's figures are a snapshot, and offers nothing to edit", async () => {
    vi.mocked(reviewApi.getSharedReview).mockResolvedValue(shared);
    render(<SharedReviewPage token={'t'.repeat(43)} />);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Read-only review shared by Northwind Marketing' }),
    ).toBeVisible();
    expect(screen.getByText(/this sprint is still running; the figures are a snapshot as of/)).toBeVisible();
    expect(screen.getByText('Goal: Launch prep')).toBeVisible();
    expect(screen.getByRole('region', { name: 'Summary' })).toHaveTextContent('8 of 21 committed points done');
    expect(screen.getByRole('region', { name: 'Summary' })).toHaveTextContent('3 of 7 cards');
    const members = screen.getByRole('table', { name: 'Per member, in name order' });
    expect(within(members).getByRole('row', { name: /Priya Shah/ })).toHaveTextContent('1.5 h');
    expect(screen.getByText('Press release')).toBeVisible();
    expect(screen.getAllByTestId('chart')).toHaveLength(1);
    // Print is the only control: no forms, links to the app, or sharing.
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Print']);
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('says plainly that a revoked, expired or unknown link is not valid', async () => {
    vi.mocked(reviewApi.getSharedReview).mockImplementation(async () => {
      throw new ApiError({ status: 404, code: 'REVIEW_LINK_INVALID', title: 'Not found', detail: 'No such link' });
    });
    render(<SharedReviewPage token={'t'.repeat(43)} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'This link is not valid' })).toBeVisible();
    expect(screen.getByText(/Ask the team that shared it for a new one/)).toBeVisible();
  });
});
