import { describe, expect, it } from 'vitest';
import { makeBoard, makeCard } from '../test/fixtures.ts';
import {
  appended,
  type BoardData,
  columnOfCard,
  normaliseBoard,
  previewed,
  withoutCard,
  withoutColumn,
  withSavedCards,
} from './boardData.ts';

const board = () => normaliseBoard(makeBoard({ 'To do': ['Brief', 'Copy'], Doing: ['Landing page'], Done: [] }));
const columnId = (data: BoardData, name: string) =>
  data.columnOrder.find((id) => data.columnsById[id]?.name === name) ?? '';
const cardId = (data: BoardData, title: string) =>
  Object.values(data.cardsById).find((c) => c.title === title)?.id ?? '';
const titles = (data: Pick<BoardData, 'cardIdsByColumn' | 'cardsById'>, column: string) =>
  (data.cardIdsByColumn[column] ?? []).map((id) => data.cardsById[id]?.title);

describe('normaliseBoard', () => {
  it('keeps each card once and the order of columns and cards apart', () => {
    const data = board();
    expect(data.columnOrder.map((id) => data.columnsById[id]?.name)).toEqual(['To do', 'Doing', 'Done']);
    expect(titles(data, columnId(data, 'To do'))).toEqual(['Brief', 'Copy']);
    expect(Object.keys(data.cardsById)).toHaveLength(3);
    expect(columnOfCard(data, cardId(data, 'Landing page'))).toBe(columnId(data, 'Doing'));
    expect(columnOfCard(data, 'no-such-card')).toBeUndefined();
  });
});

describe('previewed', () => {
  it('shows the card at the index in the other column, clamped to its end', () => {
    const data = board();
    const doing = columnId(data, 'Doing');
    const next = previewed(data, cardId(data, 'Brief'), doing, 99);
    expect(titles({ ...data, ...next }, doing)).toEqual(['Landing page', 'Brief']);
    expect(titles({ ...data, ...next }, columnId(data, 'To do'))).toEqual(['Copy']);
  });

  it('changes nothing for a card or a column that is not on the board', () => {
    const data = board();
    expect(previewed(data, 'gone', columnId(data, 'Doing'), 0)).toBeNull();
    expect(previewed(data, cardId(data, 'Brief'), 'gone', 0)).toBeNull();
  });
});

describe('withSavedCards', () => {
  it('takes the server’s newer copy of a card into a drag’s snapshot, and only that', () => {
    const snapshot = board();
    const brief = cardId(snapshot, 'Brief');
    const saved = { ...snapshot.cardsById[brief]!, version: 2, title: 'Brief v2' };
    const now = { ...snapshot, cardsById: { ...snapshot.cardsById, [brief]: saved } };
    const restored = withSavedCards(snapshot, now);
    expect(restored.cardsById[brief]).toBe(saved);
    expect(restored.cardIdsByColumn).toBe(snapshot.cardIdsByColumn);
    // Nothing newer: the snapshot's cards are kept as they are.
    expect(withSavedCards(snapshot, snapshot).cardsById).toBe(snapshot.cardsById);
  });
});

describe('appended and withoutCard', () => {
  it('puts a card the server placed at the end of its column once, and takes one out', () => {
    const data = board();
    const done = columnId(data, 'Done');
    const restored = makeCard({ columnId: done, title: 'Webinar' });
    const added = { ...data, ...appended(data, restored) };
    expect(titles(added, done)).toEqual(['Webinar']);
    expect(titles({ ...added, ...appended(added, restored) }, done)).toEqual(['Webinar']);
    const removed = { ...added, ...withoutCard(added, restored.id) };
    expect(titles(removed, done)).toEqual([]);
    expect(removed.cardsById[restored.id]).toBeUndefined();
  });

  it('ignores a card of another board or of a column it does not show', () => {
    const data = board();
    expect(appended(data, makeCard({ boardId: 'other-board', columnId: columnId(data, 'Done') }))).toEqual({});
    expect(appended(data, makeCard({ columnId: 'unknown-column' }))).toEqual({});
  });
});

describe('withoutColumn', () => {
  it('moves the column’s cards to the end of the chosen one, in their order', () => {
    const data = board();
    const [todo, doing] = [columnId(data, 'To do'), columnId(data, 'Doing')];
    const next = { ...data, ...withoutColumn(data, todo, doing) };
    expect(next.columnOrder).toEqual([doing, columnId(data, 'Done')]);
    expect(titles(next, doing)).toEqual(['Landing page', 'Brief', 'Copy']);
    expect(next.cardsById[cardId(data, 'Brief')]?.columnId).toBe(doing);
    expect(next.cardIdsByColumn[todo]).toBeUndefined();
  });

  it('drops the cards with the column when they go nowhere', () => {
    const data = board();
    const next = withoutColumn(data, columnId(data, 'To do'));
    expect(Object.values(next.cardsById).map((c) => c.title)).toEqual(['Landing page']);
  });
});
