import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as scrumApi from '../../api/scrum.ts';
import { resetStore, useAppStore } from '../../store/index.ts';
import { makeBoard } from '../../test/fixtures.ts';
import { BlockedSection } from './BlockedSection.tsx';

vi.mock('../../api/scrum.ts', () => ({ blockCard: vi.fn(), unblockCard: vi.fn() }));

const theCard = () => Object.values(useAppStore.getState().cardsById)[0]!;

describe('BlockedSection', () => {
  beforeEach(() => {
    resetStore();
    vi.mocked(scrumApi.blockCard).mockReset();
    vi.mocked(scrumApi.unblockCard).mockReset();
    useAppStore.getState().setBoard(makeBoard({ Doing: ['Webinar deck'] }));
  });

  it('asks for a reason before flagging, then shows the card blocked on the board', async () => {
    const user = userEvent.setup();
    const card = theCard();
    vi.mocked(scrumApi.blockCard).mockImplementation(async (_id, reason) => ({
      ...card,
      blockedReason: reason,
      blockedAt: new Date().toISOString(),
      version: card.version + 1,
    }));
    const { rerender } = render(<BlockedSection card={card} />);
    await user.click(screen.getByRole('button', { name: 'Flag blocked…' }));
    await user.type(screen.getByLabelText('Why is it blocked?'), '   ');
    await user.click(screen.getByRole('button', { name: 'Flag blocked' }));
    expect(screen.getByText('Say why the card is blocked')).toBeInTheDocument();
    expect(scrumApi.blockCard).not.toHaveBeenCalled();

    await user.type(screen.getByLabelText('Why is it blocked?'), ' Waiting for legal ');
    await user.click(screen.getByRole('button', { name: 'Flag blocked' }));
    expect(scrumApi.blockCard).toHaveBeenCalledWith(card.id, 'Waiting for legal');
    expect(theCard().blockedReason).toBe('Waiting for legal');

    rerender(<BlockedSection card={theCard()} />);
    expect(screen.getByText(/Waiting for legal/)).toBeInTheDocument();
    vi.mocked(scrumApi.unblockCard).mockResolvedValue({ ...theCard(), blockedReason: null, version: card.version + 2 });
    await user.click(screen.getByRole('button', { name: 'Unblock' }));
    expect(theCard().blockedReason).toBeNull();
  });
});
