import type { ReviewLink } from '@echoboard/contracts';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { networkError } from '../../api/client.ts';
import * as reviewApi from '../../api/review.ts';
import { resetStore } from '../../store/index.ts';
import { deferred } from '../../test/fixtures.ts';
import { ShareReview } from './ShareReview.tsx';

vi.mock('../../api/review.ts', () => ({
  listReviewLinks: vi.fn(),
  createReviewLink: vi.fn(),
  revokeReviewLink: vi.fn(),
}));

const link = (sprintId: string, label: string): ReviewLink => ({
  id: `00000000-0000-4000-8000-00000000000${label.length}`,
  sprintId,
  label,
  status: 'active',
  createdAt: '2026-12-01T09:00:00.000Z',
  createdBy: 'Lena Okafor',
  expiresAt: '2026-12-31T09:00:00.000Z',
  revokedAt: null,
});

describe('ShareReview', () => {
  beforeEach(() => {
    resetStore();
    vi.mocked(reviewApi.listReviewLinks).mockReset();
  });

  it('says it is loading, then why the links could not be loaded, and Try again lists them', async () => {
    const user = userEvent.setup();
    vi.mocked(reviewApi.listReviewLinks)
      .mockRejectedValueOnce(networkError())
      .mockResolvedValueOnce([link('s1', 'Client')]);
    render(<ShareReview sprintId="s1" />);
    expect(screen.getByText('Loading the links…')).toBeVisible();
    expect(screen.queryByText('This review is not shared yet.')).toBeNull();
    expect(await screen.findByRole('heading', { name: 'Can’t reach the server', level: 3 })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('rowheader', { name: 'Client' })).toBeVisible();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it("shows the links of the sprint picked last, even when an earlier sprint's answer comes after", async () => {
    const first = deferred<ReviewLink[]>();
    const second = deferred<ReviewLink[]>();
    vi.mocked(reviewApi.listReviewLinks).mockReturnValueOnce(first.promise).mockReturnValueOnce(second.promise);
    const { rerender } = render(<ShareReview sprintId="s1" />);
    rerender(<ShareReview sprintId="s2" />);
    second.resolve([link('s2', 'Board')]);
    expect(await screen.findByRole('rowheader', { name: 'Board' })).toBeVisible();
    first.resolve([link('s1', 'Client')]);
    await new Promise((done) => setTimeout(done, 20));
    expect(screen.queryByRole('rowheader', { name: 'Client' })).toBeNull();
    expect(screen.getByRole('rowheader', { name: 'Board' })).toBeVisible();
  });
});
