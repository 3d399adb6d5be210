import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as cardsApi from '../api/cards.ts';
import { ApiError } from '../api/client.ts';
import { makeBoard } from '../test/fixtures.ts';
import { resetStore, useAppStore } from './index.ts';

vi.mock('../api/cards.ts', () => ({
  moveCard: vi.fn(),
  createCard: vi.fn(),
  updateCard: vi.fn(),
  deleteCard: vi.fn(),
}));
vi.mock('../api/boards.ts', () => ({ getBoard: vi.fn(() => new Promise(() => {})) }));

const titles = (columnName: string) => {
  const s = useAppStore.getState();
  const id = s.columnOrder.find((c) => s.columnsById[c]?.name === columnName) ?? '';
  return (s.cardIdsByColumn[id] ?? []).map((cardId) => s.cardsById[cardId]?.title);
};
const columnId = (name: string) => {
  const s = useAppStore.getState();
  return s.columnOrder.find((c) => s.columnsById[c]?.name === name) ?? '';
};
const cardId = (title: string) =>
  Object.values(useAppStore.getState().cardsById).find((c) => c.title === title)?.id ?? '';

describe('board store: moving cards', () => {
  beforeEach(() => {
    resetStore();
    vi.mocked(cardsApi.moveCard).mockReset();
    useAppStore.getState().setBoard(makeBoard({ 'To do': ['Brief', 'Copy', 'Visuals'], Doing: ['Landing page'] }));
  });

  it('shows the move at once and keeps the server’s card when the save succeeds', async () => {
    let resolve: (v: unknown) => void = () => {};
    vi.mocked(cardsApi.moveCard).mockImplementation(
      (id) =>
        new Promise((r) => {
          resolve = () => r({ ...useAppStore.getState().cardsById[id]!, version: 2 });
        }),
    );
    const moving = useAppStore.getState().moveCard({
      cardId: cardId('Copy'),
      toColumnId: columnId('Doing'),
      afterCardId: cardId('Landing page'),
      beforeCardId: null,
    });

    // Optimistic: moved before the server answers.
    expect(titles('To do')).toEqual(['Brief', 'Visuals']);
    expect(titles('Doing')).toEqual(['Landing page', 'Copy']);
    expect(cardsApi.moveCard).toHaveBeenCalledWith(cardId('Copy'), {
      toColumnId: columnId('Doing'),
      afterCardId: cardId('Landing page'),
      beforeCardId: null,
      version: 1,
    });

    resolve(undefined);
    await expect(moving).resolves.toBe(true);
    expect(useAppStore.getState().cardsById[cardId('Copy')]?.version).toBe(2);
    expect(useAppStore.getState().cardsById[cardId('Copy')]?.columnId).toBe(columnId('Doing'));
    expect(useAppStore.getState().notices).toEqual([]);
  });

  it('puts the card back and says why when the server refuses', async () => {
    vi.mocked(cardsApi.moveCard).mockRejectedValue(
      new ApiError({
        status: 409,
        code: 'WIP_LIMIT_EXCEEDED',
        title: 'Conflict',
        detail: 'Doing is at its WIP limit of 1.',
      }),
    );
    const ok = await useAppStore.getState().moveCard({
      cardId: cardId('Brief'),
      toColumnId: columnId('Doing'),
      afterCardId: null,
    });
    expect(ok).toBe(false);
    expect(titles('To do')).toEqual(['Brief', 'Copy', 'Visuals']);
    expect(titles('Doing')).toEqual(['Landing page']);
    expect(useAppStore.getState().cardsById[cardId('Brief')]?.columnId).toBe(columnId('To do'));
    const [notice] = useAppStore.getState().notices;
    expect(notice?.tone).toBe('error');
    expect(notice?.message).toContain('Doing is at its WIP limit of 1.');
    expect(notice?.message).toContain('Brief');
  });

  it('restores the drag-start snapshot, not the preview, on failure', async () => {
    const snapshot = useAppStore.getState().snapshot();
    useAppStore.getState().previewMove(cardId('Visuals'), columnId('Doing'), 0);
    expect(titles('Doing')).toEqual(['Visuals', 'Landing page']);
    vi.mocked(cardsApi.moveCard).mockRejectedValue(
      new ApiError({ status: 404, code: 'COLUMN_NOT_FOUND', title: 'Not found', detail: 'That column was deleted.' }),
    );
    await useAppStore.getState().moveCard(
      {
        cardId: cardId('Visuals'),
        toColumnId: columnId('Doing'),
        afterCardId: null,
        beforeCardId: cardId('Landing page'),
      },
      { snapshot },
    );
    expect(titles('To do')).toEqual(['Brief', 'Copy', 'Visuals']);
    expect(titles('Doing')).toEqual(['Landing page']);
  });

  it('moves a card picked up again before its last move was saved with the saved version', async () => {
    let answer: (v: unknown) => void = () => {};
    vi.mocked(cardsApi.moveCard).mockImplementationOnce(
      (id) =>
        new Promise((r) => {
          answer = () => r({ ...useAppStore.getState().cardsById[id]!, version: 2 });
        }),
    );
    const first = useAppStore.getState().moveCard({ cardId: cardId('Visuals'), toColumnId: columnId('Doing') });
    // Picked up again at once: the drag's snapshot holds the optimistic copy; the answer comes during the drag.
    const snapshot = useAppStore.getState().snapshot();
    answer(undefined);
    await first;
    vi.mocked(cardsApi.moveCard).mockImplementationOnce(async (id) => ({
      ...useAppStore.getState().cardsById[id]!,
      version: 3,
    }));
    await useAppStore
      .getState()
      .moveCard({ cardId: cardId('Visuals'), toColumnId: columnId('To do'), afterCardId: null }, { snapshot });
    expect(cardsApi.moveCard).toHaveBeenLastCalledWith(cardId('Visuals'), expect.objectContaining({ version: 2 }));
    expect(titles('To do')).toEqual(['Visuals', 'Brief', 'Copy']);
  });

  it('keeps the saved version of a card when a drag that began before the answer is cancelled', async () => {
    vi.mocked(cardsApi.moveCard).mockImplementation(async (id) => ({
      ...useAppStore.getState().cardsById[id]!,
      version: 2,
    }));
    const first = useAppStore.getState().moveCard({ cardId: cardId('Brief'), toColumnId: columnId('Doing') });
    const snapshot = useAppStore.getState().snapshot();
    await first;
    useAppStore.getState().restore(snapshot);
    expect(useAppStore.getState().cardsById[cardId('Brief')]?.version).toBe(2);
    expect(titles('Doing')).toEqual(['Landing page', 'Brief']);
  });

  it('reorders within a column using the neighbours it is given', async () => {
    vi.mocked(cardsApi.moveCard).mockImplementation(async (id) => useAppStore.getState().cardsById[id]!);
    await useAppStore.getState().moveCard({
      cardId: cardId('Brief'),
      toColumnId: columnId('To do'),
      afterCardId: cardId('Copy'),
      beforeCardId: cardId('Visuals'),
    });
    expect(titles('To do')).toEqual(['Copy', 'Brief', 'Visuals']);
  });

  it('does not call the server when the card is dropped where it was', async () => {
    await useAppStore.getState().moveCard({
      cardId: cardId('Copy'),
      toColumnId: columnId('To do'),
      afterCardId: cardId('Brief'),
      beforeCardId: cardId('Visuals'),
    });
    expect(cardsApi.moveCard).not.toHaveBeenCalled();
    expect(titles('To do')).toEqual(['Brief', 'Copy', 'Visuals']);
  });
});
