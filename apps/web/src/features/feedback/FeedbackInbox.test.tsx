import type { Feedback } from '@echoboard/contracts';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/client.ts';
import * as feedbackApi from '../../api/feedback.ts';
import { resetStore } from '../../store/index.ts';
import { FeedbackInbox } from './FeedbackInbox.tsx';

vi.mock('../../api/feedback.ts', () => ({
  listFeedback: vi.fn(),
  acceptFeedback: vi.fn(),
  markDuplicate: vi.fn(),
  declineFeedback: vi.fn(),
}));

const offline = new ApiError({
  status: 0,
  code: 'NETWORK_ERROR',
  title: 'Network error',
  detail: 'Can’t reach the Echoboard server. Check your connection, then try again.',
});

const feedback = (id: string, rating: number, change: string): Feedback => ({
  id,
  teamId: 't',
  sprint: { id: 's', name: 'Sprint 1' },
  link: null,
  rating,
  worked: '',
  change,
  itemRatings: [],
  name: null,
  email: null,
  status: 'new',
  duplicateOfId: null,
  triageNote: '',
  triagedBy: null,
  triagedAt: null,
  createdAt: '2026-03-02T10:00:00.000Z',
  cards: [],
});

describe('FeedbackInbox', () => {
  beforeEach(() => {
    resetStore();
    vi.mocked(feedbackApi.listFeedback).mockReset();
    window.history.replaceState(null, '', '/');
  });

  it('keeps its filters in the address, so a reload or a shared link shows the same list', async () => {
    const user = userEvent.setup();
    vi.mocked(feedbackApi.listFeedback).mockResolvedValue([]);
    window.history.replaceState(null, '', '/teams/t/feedback?status=new&rating=9');
    render(<FeedbackInbox teamId="t" sprints={[]} links={[]} isLead />);
    // rating=9 is no rating: ignored rather than sent for the API to refuse.
    await waitFor(() => expect(feedbackApi.listFeedback).toHaveBeenLastCalledWith('t', { status: 'new' }));
    expect(screen.getByLabelText('Status')).toHaveValue('new');
    expect(screen.getByLabelText('Rating')).toHaveValue('');

    await user.selectOptions(screen.getByLabelText('Rating'), '4');
    expect(window.location.pathname + window.location.search).toBe('/teams/t/feedback?status=new&rating=4');
    await waitFor(() => expect(feedbackApi.listFeedback).toHaveBeenLastCalledWith('t', { status: 'new', rating: 4 }));
    await user.selectOptions(screen.getByLabelText('Status'), '');
    expect(window.location.search).toBe('?rating=4');
    await waitFor(() => expect(feedbackApi.listFeedback).toHaveBeenLastCalledWith('t', { rating: 4 }));
  });

  it('says what to do next when there is no feedback, and when filters hide it', async () => {
    const user = userEvent.setup();
    vi.mocked(feedbackApi.listFeedback).mockResolvedValue([]);
    render(<FeedbackInbox teamId="t" sprints={[]} links={[]} isLead />);
    expect(await screen.findByText(/No feedback yet\. Make a feedback link for a sprint above/)).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Rating'), '5');
    expect(await screen.findByText(/No feedback matches these filters/)).toBeInTheDocument();
    expect(feedbackApi.listFeedback).toHaveBeenLastCalledWith('t', { rating: 5 });
  });

  it('shows an unreachable server with a retry instead of loading for ever', async () => {
    const user = userEvent.setup();
    vi.mocked(feedbackApi.listFeedback).mockRejectedValueOnce(offline).mockResolvedValueOnce([]);
    render(<FeedbackInbox teamId="t" sprints={[]} links={[]} isLead />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Can’t reach the server');
    expect(screen.queryByText('Loading feedback…')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText(/No feedback yet/)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('puts focus on the next feedback once the accepted one has lost its buttons', async () => {
    const user = userEvent.setup();
    const first = feedback('f1', 2, 'Shorter emails');
    const second = feedback('f2', 4, 'More webinars');
    vi.mocked(feedbackApi.listFeedback)
      .mockResolvedValueOnce([first, second])
      .mockResolvedValueOnce([{ ...first, status: 'accepted' }, second]);
    vi.mocked(feedbackApi.acceptFeedback).mockResolvedValue(undefined as never);
    render(<FeedbackInbox teamId="t" sprints={[]} links={[]} isLead />);

    const rated2 = await screen.findByRole('article', { name: 'Feedback rated 2 of 5' });
    await user.click(within(rated2).getByRole('button', { name: 'Accept…' }));
    await user.click(screen.getByRole('button', { name: 'Accept into the backlog' }));

    await waitFor(() => expect(screen.getByRole('article', { name: 'Feedback rated 4 of 5' })).toHaveFocus());
    expect(within(rated2).queryByRole('button', { name: 'Accept…' })).not.toBeInTheDocument();
  });
});
