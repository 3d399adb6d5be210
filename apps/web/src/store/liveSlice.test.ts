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

const moveEvent = (seq: number, card: Card, actor: { userId: string; name: string } | null = null): BoardEvent => ({
  seq,
  boardId: card.boardId,
  at: '2026-11-23T09:00:00.000Z',
  actor,
  type: 'card.upserted',
  action: 'moved',
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
