import type { BoardEvent, Card } from '@echoboard/contracts';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as boardsApi from '../api/boards.ts';
import { makeBoard } from '../test/fixtures.ts';
import { resetStore, useAppStore } from './index.ts';

vi.mock('../api/boards.ts', () => ({ getBoard: vi.fn() }));

const store = () => useAppStore.getState();
const cardNamed = (title: string) => Object.values(store().cardsById).find((c) => c.title === title)!;
const columnNamed = (name: string) => store().columnOrder.find((id) => store().columnsById[id]?.name === name)!;
const titlesIn = (name: string) =>
  (store().cardIdsByColumn[columnNamed(name)] ?? []).map((id) => store().cardsById[id]?.title);

const moveEvent = (
  seq: number,
  card: Card,
  actor: { userId: string; name: string } | null = null,
  action: 'moved' | 'reordered' = 'moved',
): BoardEvent => ({
  seq,
  boardId: card.boardId,
  at: '2026-11-23T09:00:00.000Z',
  actor,
  type: 'card.upserted',
  action,
  card,
});

describe('live board store', () => {
  beforeEach(() => {
    resetStore();
    vi.mocked(boardsApi.getBoard).mockReset();
    store().setBoard({ ...makeBoard({ 'To do': ['Brief', 'Copy'], Doing: [] }), seq: 4 });
  });

  const toDoing = (title: string) => ({ ...cardNamed(title), columnId: columnNamed('Doing'), rank: 'a5' });

  it('applies the next event and ignores ones it already has', () => {
    store().receiveEvent(moveEvent(5, toDoing('Brief')));
    expect(titlesIn('Doing')).toEqual(['Brief']);
    expect(store().seq).toBe(5);
    store().receiveEvent(moveEvent(4, { ...cardNamed('Brief'), columnId: columnNamed('To do') }));
    expect(titlesIn('Doing')).toEqual(['Brief']);
  });

  it('re-reads the board when an event is missing, and takes the newer picture', async () => {
    const fresh = { ...makeBoard({ 'To do': ['Copy'], Doing: ['Brief'] }), seq: 9 };
    vi.mocked(boardsApi.getBoard).mockResolvedValue(fresh);
    store().receiveEvent(moveEvent(7, toDoing('Copy')));
    expect(titlesIn('Doing')).toEqual([]);
    await vi.waitFor(() => expect(store().seq).toBe(9));
    expect(boardsApi.getBoard).toHaveBeenCalledOnce();
  });

  it('holds events during a drag and applies them at the drop, in order', () => {
    store().holdEvents(true);
    store().receiveEvent(moveEvent(5, toDoing('Copy')));
    expect(titlesIn('Doing')).toEqual([]);
    store().holdEvents(false);
    expect(titlesIn('Doing')).toEqual(['Copy']);
    expect(store().heldEvents).toEqual([]);
  });

  it('tells me when someone else moved a card right after I did', () => {
    useAppStore.setState({
      me: { user: { id: '00000000-0000-4000-8000-00000000000a', email: 'me@x.io', name: 'Me' }, teams: [] },
    });
    store().noteMyMove(cardNamed('Brief').id);
    store().receiveEvent(
      moveEvent(5, toDoing('Brief'), { userId: '00000000-0000-4000-8000-00000000000b', name: 'Priya' }),
    );
    expect(store().notices.at(-1)?.message).toBe('Priya moved “Brief” after you; it is now in Doing.');
  });

  it('applies a card re-keyed by a rebalance but does not say anyone moved it after me', () => {
    useAppStore.setState({
      me: { user: { id: '00000000-0000-4000-8000-00000000000a', email: 'me@x.io', name: 'Me' }, teams: [] },
    });
    store().noteMyMove(cardNamed('Copy').id);
    const notices = store().notices.length;
    // Priya's move rebalanced To do: Copy kept its place and got a new key.
    const rekeyed = { ...cardNamed('Copy'), rank: 'a0V', version: cardNamed('Copy').version + 1 };
    store().receiveEvent(
      moveEvent(5, rekeyed, { userId: '00000000-0000-4000-8000-00000000000b', name: 'Priya' }, 'reordered'),
    );
    expect(cardNamed('Copy')).toMatchObject({ rank: 'a0V', version: rekeyed.version });
    expect(store().seq).toBe(5);
    expect(store().notices).toHaveLength(notices);
  });

  it('reloads the board when someone imports cards into it, and says who', async () => {
    const fresh = { ...makeBoard({ 'To do': ['Brief', 'Copy', 'Imported'], Doing: [] }), seq: 5 };
    vi.mocked(boardsApi.getBoard).mockResolvedValue(fresh);
    store().receiveEvent({
      seq: 5,
      boardId: fresh.id,
      at: '2026-11-23T09:00:00.000Z',
      actor: { userId: '00000000-0000-4000-8000-00000000000b', name: 'Priya' },
      type: 'board.imported',
      source: 'csv',
      cards: 1,
    });
    await vi.waitFor(() => expect(titlesIn('To do')).toEqual(['Brief', 'Copy', 'Imported']));
    expect(store().notices.at(-1)?.message).toBe('Priya imported 1 cards; the board has been reloaded.');
  });
});
