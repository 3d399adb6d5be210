import type { ChecklistItem } from '@echoboard/contracts';
import { CHECKLIST_LIMITS } from '@echoboard/domain';
import { describe, expect, it } from 'vitest';
import { loadBoard } from '../src/modules/boards/boards.service.ts';
import { addCards, type Client, createBoard, getBoard, join, snapshot, useTestApp } from './helper.ts';
import { eventsAfter } from './sprint-helpers.ts';

describe('checklists', () => {
  const t = useTestApp();

  const add = (client: Client, cardId: string, payload: object) =>
    client.inject({ method: 'POST', url: `/api/cards/${cardId}/checklist`, payload });
  const patch = (client: Client, itemId: string, payload: object) =>
    client.inject({ method: 'PATCH', url: `/api/checklist-items/${itemId}`, payload });
  const list = async (cardId: string): Promise<ChecklistItem[]> =>
    (await t.as.inject({ method: 'GET', url: `/api/cards/${cardId}/checklist` })).json();
  const texts = async (cardId: string) =>
    (await list(cardId)).map((i) => `${i.checklist}: ${i.text}${i.done ? ' ✓' : ''}`);

  it('appends items to named checklists in order, and any member may tick and edit them', async () => {
    const board = await createBoard(t.as);
    const [card] = await addCards(t.as, board, 'To do', ['Launch newsletter']);
    const member = await join(t.app, t.as, t.as.teamId, 'Marco Member');
    const first = await add(t.as, card!.id, { text: '  Draft copy  ' });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ checklist: 'Checklist', text: 'Draft copy', done: false, position: 0 });
    await add(member, card!.id, { text: 'Check links', checklist: 'QA' });
    const third = (await add(t.as, card!.id, { text: 'Schedule send' })).json();

    const ticked = await patch(member, third.id, { done: true, text: 'Schedule send for 9:00' });
    expect(ticked.statusCode, ticked.body).toBe(200);
    expect(await texts(card!.id)).toEqual([
      'Checklist: Draft copy',
      'QA: Check links',
      'Checklist: Schedule send for 9:00 ✓',
    ]);

    const renamed = await patch(t.as, first.json().id, { checklist: 'Copy' });
    expect(renamed.json().checklist).toBe('Copy');
  });

  it('reorders an item to a new place among the card’s items and deletes one', async () => {
    const board = await createBoard(t.as);
    const [card] = await addCards(t.as, board, 'To do', ['Webinar']);
    const ids: string[] = [];
    for (const text of ['A', 'B', 'C', 'D']) ids.push((await add(t.as, card!.id, { text })).json().id);
    expect((await patch(t.as, ids[3]!, { position: 0 })).statusCode).toBe(200);
    expect((await patch(t.as, ids[0]!, { position: 99 })).statusCode).toBe(200);
    expect((await list(card!.id)).map((i) => [i.text, i.position])).toEqual([
      ['D', 0],
      ['B', 1],
      ['C', 2],
      ['A', 3],
    ]);
    const deleted = await t.as.inject({ method: 'DELETE', url: `/api/checklist-items/${ids[1]}` });
    expect(deleted.statusCode).toBe(204);
    expect((await list(card!.id)).map((i) => i.text)).toEqual(['D', 'C', 'A']);
    const again = await t.as.inject({ method: 'DELETE', url: `/api/checklist-items/${ids[1]}` });
    expect(again.statusCode).toBe(404);
    expect(again.json().code).toBe('CHECKLIST_ITEM_NOT_FOUND');
  });

  it('refuses empty or too long text and an item past the card’s limit, changing nothing', async () => {
    const board = await createBoard(t.as);
    const [card] = await addCards(t.as, board, 'To do', ['Big launch']);
    for (let i = 0; i < CHECKLIST_LIMITS.itemsMax; i++) {
      await t.db.prisma.checklistItem.create({ data: { cardId: card!.id, text: `Step ${i}`, position: i } });
    }
    const before = await snapshot(t.db);
    const full = await add(t.as, card!.id, { text: 'One more' });
    expect(full.statusCode).toBe(409);
    expect(full.headers['content-type']).toContain('application/problem+json');
    expect(full.json()).toMatchObject({ code: 'CHECKLIST_FULL' });
    expect(full.json().detail).toMatch(/at most 100 checklist items/);
    const blank = await add(t.as, card!.id, { text: '   ' });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().errors[0].path).toBe('body.text');
    const long = await add(t.as, card!.id, { text: 'x'.repeat(CHECKLIST_LIMITS.textMax + 1) });
    expect(long.statusCode).toBe(400);
    const [item] = await list(card!.id);
    const nothing = await patch(t.as, item!.id, {});
    expect(nothing.statusCode).toBe(400);
    const negative = await patch(t.as, item!.id, { position: -1 });
    expect(negative.statusCode).toBe(400);
    expect(await snapshot(t.db)).toBe(before);
  });

  it('shows progress and comment count on the board card, the same in SQL and in the mappers', async () => {
    const board = await createBoard(t.as);
    const [card, other] = await addCards(t.as, board, 'Doing', ['Press kit', 'Plain']);
    const a = (await add(t.as, card!.id, { text: 'Logo' })).json();
    await add(t.as, card!.id, { text: 'Photos' });
    await patch(t.as, a.id, { done: true });
    await t.as.inject({ method: 'POST', url: `/api/cards/${card!.id}/comments`, payload: { body: 'On it' } });
    const read = await getBoard(t.as, board.id);
    expect(read.cardStats).toEqual({ [card!.id]: { checklistDone: 1, checklistTotal: 2, comments: 1 } });
    expect(read.cardStats[other!.id]).toBeUndefined();
    expect(read).toEqual(await loadBoard(t.db.prisma, board.id));
  });

  it('tells every viewer the card’s new progress through the board’s events', async () => {
    const board = await createBoard(t.as);
    const [card] = await addCards(t.as, board, 'Doing', ['Ad set']);
    const { seq } = await getBoard(t.as, board.id);
    const item = (await add(t.as, card!.id, { text: 'Targeting' })).json();
    await patch(t.as, item.id, { done: true });
    await patch(t.as, item.id, { text: 'Targeting: 25-34' });
    const stats = (await eventsAfter(t.db, board.id, seq)).flatMap((e) =>
      e.type === 'card.stats' ? [[e.cardId, e.stats.checklistDone, e.stats.checklistTotal]] : [],
    );
    // Renaming an item changes no figure: no event for it.
    expect(stats).toEqual([
      [card!.id, 0, 1],
      [card!.id, 1, 1],
    ]);
  });
});
