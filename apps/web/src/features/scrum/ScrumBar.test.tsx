import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as scrumApi from '../../api/scrum.ts';
import { resetStore, useAppStore } from '../../store/index.ts';
import { makeBoard } from '../../test/fixtures.ts';
import { ScrumBar } from './ScrumBar.tsx';
import { clockText } from './ScrumClock.tsx';
import { ADA, BEN, makeScrum, signInAs, stateOf } from './testScrum.ts';

vi.mock('../../api/scrum.ts', () => ({
  getScrum: vi.fn(),
  startScrum: vi.fn(),
  walkScrum: vi.fn(),
  endScrum: vi.fn(),
}));

const MIN = 60_000;
const timer = () => screen.getByRole('timer', { name: 'Time of the daily scrum' });

describe('ScrumBar', () => {
  beforeEach(() => {
    resetStore();
    vi.mocked(scrumApi.getScrum).mockReset();
    vi.mocked(scrumApi.walkScrum).mockReset();
    useAppStore.getState().setBoard(makeBoard({ Doing: ['Press release'] }));
  });

  it('shows a running scrum to a member: time left by the server clock, who speaks, no controls', async () => {
    signInAs('member');
    // The server's clock is 10 minutes ahead of this browser's: the timer must follow the server.
    const serverNow = new Date(Date.now() + 10 * MIN);
    const startedAt = new Date(serverNow.getTime() - MIN).toISOString();
    vi.mocked(scrumApi.getScrum).mockResolvedValue(stateOf(makeScrum({ startedAt, speakerIndex: 1 }), 9, serverNow));
    render(<ScrumBar />);
    const bar = await screen.findByRole('region', { name: 'Daily scrum' });
    expect(timer().textContent).toMatch(/^1[34]:\d\d left$/);
    expect(bar).toHaveTextContent('Now speaking: Ben Okri (2 of 2)');
    expect(bar).toHaveTextContent('Fixed order: Ada Lovelace, Ben Okri');
    expect(within(bar).queryByRole('button')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Start daily scrum' })).toBeNull();
  });

  it('warns from ten minutes and says in words how far over time it is', async () => {
    signInAs('member');
    const startedAt = new Date(Date.now() - 11 * MIN).toISOString();
    vi.mocked(scrumApi.getScrum).mockResolvedValue(stateOf(makeScrum({ startedAt }), 9));
    const { unmount } = render(<ScrumBar />);
    expect(await screen.findByText('Time to wrap up')).toBeInTheDocument();
    expect(timer().textContent).toMatch(/^[34]:\d\d left$/);
    unmount();

    const late = new Date(Date.now() - (16 * MIN + 5000)).toISOString();
    vi.mocked(scrumApi.getScrum).mockResolvedValue(stateOf(makeScrum({ startedAt: late }), 9));
    render(<ScrumBar />);
    expect(await screen.findByText('Over time')).toBeInTheDocument();
    expect(timer().textContent).toMatch(/^\+1:0[56] over$/);
  });

  it('lets a lead walk to the next speaker and shows the answer; a late older event does not undo it', async () => {
    signInAs('lead');
    const user = userEvent.setup();
    const scrum = makeScrum();
    vi.mocked(scrumApi.getScrum).mockResolvedValue(stateOf(scrum, 9));
    vi.mocked(scrumApi.walkScrum).mockResolvedValue(stateOf({ ...scrum, speakerIndex: 0 }, 11));
    render(<ScrumBar />);
    const bar = await screen.findByRole('region', { name: 'Daily scrum' });
    expect(bar).toHaveTextContent('Ready. First up: Ada Lovelace');
    expect(within(bar).getByRole('button', { name: 'Previous speaker' })).toBeDisabled();
    await user.click(within(bar).getByRole('button', { name: 'Next speaker' }));
    expect(scrumApi.walkScrum).toHaveBeenCalledWith(scrum.boardId, { direction: 'next' });
    expect(bar).toHaveTextContent('Now speaking: Ada Lovelace (1 of 2)');

    const event = { seq: 10, boardId: scrum.boardId, at: new Date().toISOString(), actor: null };
    useAppStore.getState().scrumEvent({ ...event, type: 'scrum.updated', scrum });
    expect(bar).toHaveTextContent('Now speaking: Ada Lovelace');
    useAppStore
      .getState()
      .scrumEvent({ ...event, seq: 12, type: 'scrum.updated', scrum: { ...scrum, speakerIndex: 1 } });
    expect(await within(bar).findByText('Now speaking: Ben Okri (2 of 2)')).toBeInTheDocument();
  });

  it('lists blocked cards in the closing review, and the summary once the scrum has ended', async () => {
    signInAs('member');
    const card = Object.values(useAppStore.getState().cardsById)[0]!;
    useAppStore.getState().cardSaved({ ...card, blockedReason: 'Waiting for legal', version: card.version + 1 });
    const scrum = makeScrum({ speakerIndex: 2 });
    vi.mocked(scrumApi.getScrum).mockResolvedValue(stateOf(scrum, 9));
    render(<ScrumBar />);
    const review = await screen.findByRole('list', { name: 'Blocked cards to review' });
    expect(review).toHaveTextContent('Press release');
    expect(review).toHaveTextContent('Blocked: Waiting for legal');

    const ended = {
      ...scrum,
      endedAt: new Date().toISOString(),
      summary: {
        durationMs: 16 * MIN + 30_000,
        overrunMs: MIN + 30_000,
        spoke: [BEN, ADA],
        blockedCardIds: [card.id],
        blocked: [{ cardId: card.id, reason: 'Waiting for legal' }],
        movedCardIds: [],
        cardTitles: { [card.id]: 'Press release' },
      },
    };
    useAppStore.getState().scrumEvent({
      seq: 10,
      boardId: scrum.boardId,
      at: ended.endedAt,
      actor: null,
      type: 'scrum.updated',
      scrum: ended,
    });
    const summary = await screen.findByRole('region', { name: 'Scrum summary' });
    expect(screen.queryByRole('region', { name: 'Daily scrum' })).toBeNull();
    expect(summary).toHaveTextContent('Took 16 min 30 s, 1 min 30 s over time.');
    expect(within(summary).getByRole('list', { name: 'Who spoke' })).toHaveTextContent('Ben OkriAda Lovelace');
    expect(within(summary).getByRole('list', { name: 'Blocked cards' })).toHaveTextContent(
      'Press release: Waiting for legal',
    );
    expect(useAppStore.getState().previousScrumAt).toBe(scrum.startedAt);
  });
});

describe('clockText', () => {
  it('counts down in m:ss and up past the limit', () => {
    expect(clockText({ remainingMs: 14 * MIN, display: '14:00' })).toBe('14:00 left');
    expect(clockText({ remainingMs: 65_000, display: '01:05' })).toBe('1:05 left');
    expect(clockText({ remainingMs: -65_000, display: '+01:05' })).toBe('+1:05 over');
    expect(clockText({ remainingMs: -11 * MIN, display: '+11:00' })).toBe('+11:00 over');
  });
});
