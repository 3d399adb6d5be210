import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/client.ts';
import * as feedbackApi from '../../api/feedback.ts';
import { FeedbackForm } from './FeedbackForm.tsx';

vi.mock('../../api/feedback.ts', () => ({ submitFeedback: vi.fn() }));

const page = {
  teamName: 'Spark',
  sprintName: 'Launch 7',
  sprintGoal: 'Ship it',
  message: '',
  items: [{ key: 'k1', title: 'Landing page' }],
};

describe('FeedbackForm', () => {
  beforeEach(() => vi.mocked(feedbackApi.submitFeedback).mockReset());

  it('shows what is missing beside the fields, focuses the summary and sends nothing', async () => {
    const user = userEvent.setup();
    render(<FeedbackForm token={'t'.repeat(43)} page={page} onSubmitted={vi.fn()} />);
    await user.type(screen.getByLabelText('What worked?'), 'The new layout');
    await user.type(screen.getByLabelText(/Your email/), 'ana@');
    await user.click(screen.getByRole('button', { name: 'Send feedback' }));

    const summary = screen.getByRole('alert');
    expect(summary).toHaveFocus();
    expect(summary).toHaveTextContent('Choose an overall rating from 1 to 5');
    const email = screen.getByLabelText(/Your email/);
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription(/Enter an email address/);
    expect(screen.getByRole('group', { name: /Overall/ })).toHaveAccessibleDescription(/Choose an overall rating/);
    expect(screen.getByLabelText('What worked?')).toHaveValue('The new layout');
    expect(feedbackApi.submitFeedback).not.toHaveBeenCalled();
  });

  it("shows the server's field errors beside the field, keeping the text, and retries with the same key", async () => {
    const user = userEvent.setup();
    const onSubmitted = vi.fn();
    vi.mocked(feedbackApi.submitFeedback)
      .mockRejectedValueOnce(
        new ApiError({
          status: 400,
          code: 'VALIDATION_FAILED',
          title: 'Bad request',
          detail: 'Please check',
          errors: [{ path: 'body.itemRatings.0', message: 'Rate only the items listed on this page' }],
        }),
      )
      .mockResolvedValueOnce({ receipt: 'r'.repeat(43), url: `/f/receipt/${'r'.repeat(43)}` });
    render(<FeedbackForm token={'t'.repeat(43)} page={page} onSubmitted={onSubmitted} />);
    await user.click(within(screen.getByRole('group', { name: /Overall/ })).getByRole('radio', { name: '4 – good' }));
    const item = screen.getByRole('group', { name: 'Landing page' });
    await user.click(within(item).getByRole('radio', { name: '2 – poor' }));
    await user.type(screen.getByLabelText('What should change?'), 'Shorter <b>mails</b>');
    await user.click(screen.getByRole('button', { name: 'Send feedback' }));

    expect(await screen.findByRole('alert')).toHaveFocus();
    expect(item).toHaveAccessibleDescription('Rate only the items listed on this page');
    expect(screen.getByLabelText('What should change?')).toHaveValue('Shorter <b>mails</b>');
    await user.click(screen.getByRole('button', { name: 'Send feedback' }));
    const [first, second] = vi.mocked(feedbackApi.submitFeedback).mock.calls;
    expect(first?.[1].idempotencyKey).toMatch(/^[0-9a-f]{32}$/);
    expect(second?.[1].idempotencyKey).toBe(first?.[1].idempotencyKey);
    expect(second?.[1]).toMatchObject({ rating: 4, itemRatings: [{ item: 'k1', rating: 2 }] });
    expect(onSubmitted).toHaveBeenCalledOnce();
  });
});
