import { render, screen } from '@testing-library/react';
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

describe('FeedbackInbox', () => {
  beforeEach(() => {
    resetStore();
    vi.mocked(feedbackApi.listFeedback).mockReset();
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
});
