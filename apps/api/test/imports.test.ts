import { describe, expect, it } from 'vitest';
import { trelloExport } from '../../../packages/domain/src/import/trello-fixture.ts';
import { type Client, getBoard, join, layout, signUp, snapshot, useTestApp } from './helper.ts';

const file = (json: unknown) => JSON.stringify(json);

describe('Trello import', () => {
  const t = useTestApp();
  const url = (client: Client) => `/api/teams/${client.teamId}/imports/trello`;
  const importTrello = (client: Client, json: unknown, archived = 'skip', suffix = '') =>
    client.inject({ method: 'POST', url: `${url(client)}${suffix}`, payload: { file: file(json), archived } });

  /** Rows of the tables an import writes, to prove a refused one wrote none. */
  const counts = async () => ({
    snapshot: await snapshot(t.db),
    checklist: await t.db.prisma.checklistItem.count(),
    comments: await t.db.prisma.cardComment.count(),
  });

  it('previews what it would create, matching members with the team, and writes nothing', async () => {
    await join(t.app, t.as, t.as.teamId, 'Zoë Martín');
    const before = await counts();
    const res = await importTrello(t.as, trelloExport({ cards: 20 }), 'skip', '/preview');
    expect(res.statusCode, res.body).toBe(200);
    const preview = res.json();
    expect(preview.boardName).toBe('Marketing Q4 ✨');
    expect(preview.columns.map((c: { name: string; cardCount: number }) => [c.name, c.cardCount])).toEqual([
      ['Ideas', 4],
      ['Doing', 5],
      ['Done ✅', 4],
    ]);
    expect(preview.columns[0].sampleTitles).toEqual(['Card 19', 'Card 13', 'Card 7']);
    expect(preview.totals).toEqual({ cards: 13, checklistItems: 2, comments: 2, labels: 3 });
    expect(preview.archived).toEqual({ lists: 0, cards: 0 });
    const byName = Object.fromEntries(preview.members.map((m: { trelloName: string }) => [m.trelloName, m]));
    expect(byName['Zoë Martín']).toMatchObject({ memberName: 'Zoë Martín', matchedBy: 'name', cardCount: 2 });
    expect(byName['Outside Agency']).toMatchObject({ memberId: null, matchedBy: null, cardCount: 1 });
    const withArchived = (await importTrello(t.as, trelloExport({ cards: 20 }), 'import', '/preview')).json();
    // The five cards of the archived list, and cards 10 and 20, archived in open lists.
    expect(withArchived.archived).toEqual({ lists: 1, cards: 5 + 2 });
    expect(withArchived.totals.cards).toBe(20);
    expect(await counts()).toEqual(before);
  });

  it('creates a new board with columns, cards in order, checklists, comments, labels and members', async () => {
    const res = await importTrello(t.as, trelloExport({ cards: 20 }));
    expect(res.statusCode, res.body).toBe(201);
    const result = res.json();
    expect(result).toMatchObject({ boardName: 'Marketing Q4 ✨', columns: 3, cards: 13, archivedCards: 0 });
    expect(result).toMatchObject({ checklistItems: 2, comments: 2 });
    const board = await getBoard(t.as, result.boardId);
    expect(layout(board).Ideas).toEqual(['Card 19', 'Card 13', 'Card 7', 'Café launch – naïve “quotes” 🚀']);
    expect(board.seq).toBe(1);
    // The last list is the done column, where cards never go stale.
    expect(board.columns.map((c: { staleDays: number | null }) => c.staleDays)).toEqual([3, 3, null]);
    const cafe = board.columns[0]!.cards.at(-1)!;
    expect(cafe).toMatchObject({
      description: 'Line one\n**markdown** stays as text <b>not html</b>',
      labels: ['Social 📣', 'Urgent', 'purple'],
      dueDate: '2026-12-24',
      assignee: null,
    });
    const zoe = await t.db.prisma.user.findFirstOrThrow({ where: { name: 'Zoë Martín' } });
    expect(cafe.assigneeId).toBe(zoe.id);
    // Card 5 has Outside Agency (no account here) and Zoë: she gets it, the agency stays as text.
    const five = board.columns.flatMap((c) => c.cards).find((c) => c.title === 'Card 5')!;
    expect([five.assigneeId, five.assignee]).toEqual([zoe.id, 'Outside Agency']);
    const items = await t.db.prisma.checklistItem.findMany({
      where: { cardId: cafe.id },
      orderBy: { position: 'asc' },
    });
    expect(items.map((i) => [i.checklist, i.text, i.done])).toEqual([
      ['Before launch', 'Write copy', true],
      ['Before launch', 'Schedule posts', false],
    ]);
    const comments = await t.db.prisma.cardComment.findMany({
      where: { cardId: cafe.id },
      orderBy: { createdAt: 'asc' },
    });
    expect(comments.map((c) => [c.authorName, c.body, c.createdAt.toISOString(), c.authorId])).toEqual([
      ['bob', 'First comment', '2026-11-01T09:00:00.000Z', null],
      // Zoë is on the team: her comment is hers here (she may edit it); bob is not, his keeps his name only.
      ['Zoë Martín', 'Second =SUM(A1) comment', '2026-11-02T10:00:00.000Z', zoe.id],
    ]);
    const stored = await t.db.prisma.board.findUniqueOrThrow({ where: { id: result.boardId } });
    expect(stored.labelColors).toEqual({ 'Social 📣': 'green', Urgent: 'red', purple: 'purple' });
    // Attachments and plugin data are not stored anywhere.
    expect(JSON.stringify(board)).not.toContain('trello.com/file.png');
  });

  it('imports archived lists and cards as archived cards of the board, outside every column', async () => {
    const res = await importTrello(t.as, trelloExport({ cards: 20 }), 'import');
    expect(res.json()).toMatchObject({ columns: 3, cards: 20, archivedCards: 7 });
    const board = await getBoard(t.as, res.json().boardId);
    expect(board.columns.map((c) => c.name)).toEqual(['Ideas', 'Doing', 'Done ✅']);
    expect(board.columns.flatMap((c) => c.cards)).toHaveLength(13);
    const archived = await t.db.prisma.card.findMany({ where: { boardId: board.id, archivedAt: { not: null } } });
    expect(archived.map((c) => c.title).sort()).toContain('Card 10');
    expect(archived.every((c) => c.columnId === null && c.sprintId === null)).toBe(true);
  });

  it('imports a 1,500-card board in one go, in a few seconds', async () => {
    const started = Date.now();
    const json = trelloExport({ cards: 1500 });
    const closedLists = new Set(json.lists.filter((l) => l.closed).map((l) => l.id));
    const archivedInFile = json.cards.filter((c) => c.closed || closedLists.has(c.idList)).length;
    const res = await importTrello(t.as, json, 'import');
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ cards: 1500, archivedCards: archivedInFile, checklistItems: 2, comments: 2 });
    expect(Date.now() - started).toBeLessThan(10_000);
    const board = await getBoard(t.as, res.json().boardId);
    const titles = board.columns.flatMap((c) => c.cards.map((card) => card.title));
    expect(new Set(titles).size).toBe(titles.length);
    expect(titles.length).toBe(1500 - res.json().archivedCards);
  }, 30_000);

  it('refuses what is not a Trello export, malformed JSON and files over the limit, creating nothing', async () => {
    const before = await counts();
    const notTrello = await importTrello(t.as, { name: 'my list', items: [] });
    expect(notTrello.statusCode).toBe(400);
    expect(notTrello.json().detail).toContain('This is not a Trello board export');
    const malformed = await t.as.inject({ method: 'POST', url: url(t.as), payload: { file: '{"lists": [' } });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.headers['content-type']).toContain('application/problem+json');
    expect(malformed.json().detail).toMatch(/^The file is not valid JSON \(.+\)\. Export the board again from Trello/);
    const allArchived = trelloExport();
    for (const list of allArchived.lists) list.closed = true;
    const noOpenList = await importTrello(t.as, allArchived, 'import');
    expect(noOpenList.json().detail).toContain('Every list of this board is archived');
    const huge = await t.as.inject({
      method: 'POST',
      url: url(t.as),
      payload: { file: 'x'.repeat(21 * 1024 * 1024), archived: 'skip' },
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.json()).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      detail: 'The request body is too large (at most 20 MB here).',
    });
    expect(await counts()).toEqual(before);
  });

  it('takes a several-MB export, which other routes would refuse', async () => {
    const json = trelloExport({ cards: 30 });
    json.cards[0]!.desc = 'é'.repeat(9_000);
    for (const card of json.cards)
      card.attachments = Array.from({ length: 200 }, (_, i) => ({
        id: `a${i}`,
        url: `https://x/${'p'.repeat(500)}`,
        bytes: i,
      }));
    const body = file(json);
    expect(body.length).toBeGreaterThan(3_000_000);
    const res = await importTrello(t.as, json, 'skip', '/preview');
    expect(res.statusCode).toBe(200);
  });

  it('is for team leads, like creating a board', async () => {
    const member = await join(t.app, t.as, t.as.teamId, 'Just a member');
    const res = await importTrello(member, trelloExport());
    expect(res.statusCode).toBe(403);
    expect(res.json().detail).toBe("Only a team lead can import boards. Ask one of your team's leads.");
    const stranger = await signUp(t.app, { name: 'Stranger' });
    const other = await stranger.inject({ method: 'POST', url: url(t.as), payload: { file: file(trelloExport()) } });
    expect(other.statusCode).toBe(404);
  });
});
