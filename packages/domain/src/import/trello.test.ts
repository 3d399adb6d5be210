import { describe, expect, it } from 'vitest';
import { planTrelloImport } from './trello.ts';
import { trelloExport } from './trello-fixture.ts';

const plan = (json: unknown, archived: 'skip' | 'import' = 'skip') => {
  const result = planTrelloImport(json, { archived });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

const zoeId = trelloExport().members[0]!.id;

describe('planTrelloImport', () => {
  it('turns open lists into columns in position order, with cards in position order', () => {
    const result = plan(trelloExport());
    expect(result.boardName).toBe('Marketing Q4 ✨');
    expect(result.columns.map((c) => c.name)).toEqual(['Ideas', 'Doing', 'Done ✅']);
    const ideas = result.columns[0]!.cards.map((c) => c.title);
    // Cards 1 and 7 (and 10, archived) sit in Ideas; a higher index has a lower pos.
    expect(ideas).toEqual(['Card 7', 'Café launch – naïve “quotes” 🚀']);
    expect(result.cardCount).toBe(result.columns.reduce((n, c) => n + c.cards.length, 0));
  });

  it('keeps title, description, labels with colours, due date, members, checklist and comments', () => {
    const card = plan(trelloExport()).columns[0]!.cards.at(-1)!;
    expect(card).toEqual({
      title: 'Café launch – naïve “quotes” 🚀',
      description: 'Line one\n**markdown** stays as text <b>not html</b>',
      labels: ['Social 📣', 'Urgent', 'purple'],
      dueDate: '2026-12-24',
      archived: false,
      assignee: 'Zoë Martín',
      memberIds: ['mem0000000000000000000001'],
      checklist: [
        { checklist: 'Before launch', text: 'Write copy', done: true },
        { checklist: 'Before launch', text: 'Schedule posts', done: false },
      ],
      comments: [
        { authorName: 'bob', authorTrelloId: '|bob', at: '2026-11-01T09:00:00.000Z', text: 'First comment' },
        {
          authorName: 'Zoë Martín',
          authorTrelloId: zoeId,
          at: '2026-11-02T10:00:00.000Z',
          text: 'Second =SUM(A1) comment',
        },
      ],
    });
    // Comment authors are offered for matching, with what the board's member list knows of them.
    expect(plan(trelloExport()).commentAuthors).toEqual([
      { id: zoeId, fullName: 'Zoë Martín', username: 'zoe', email: null },
      { id: '|bob', fullName: '', username: 'bob', email: null },
    ]);
    expect(plan(trelloExport()).labelColors).toEqual({ 'Social 📣': 'green', Urgent: 'red', purple: 'purple' });
  });

  it('skips archived lists and cards, or imports them marked archived', () => {
    const skipped = plan(trelloExport({ cards: 20 }));
    expect(skipped.columns.flatMap((c) => c.cards).some((c) => c.archived)).toBe(false);
    const kept = plan(trelloExport({ cards: 20 }), 'import');
    expect(kept.columns.map((c) => [c.name, c.archived])).toEqual([
      ['Old stuff', true],
      ['Ideas', false],
      ['Doing', false],
      ['Done ✅', false],
    ]);
    expect(kept.cardCount).toBe(20);
    // Everything in the archived list, plus the two archived cards of open lists (10 and 20).
    const oldStuff = kept.columns[0]!.cards;
    expect(oldStuff.every((c) => c.archived)).toBe(true);
    const archivedInOpenLists = kept.columns.slice(1).flatMap((c) => c.cards.filter((card) => card.archived));
    expect(archivedInOpenLists.map((c) => c.title).sort()).toEqual(['Card 10', 'Card 20']);
  });

  it('lists only the Trello members who are on an imported card', () => {
    expect(plan(trelloExport()).members.map((m) => [m.fullName, m.email])).toEqual([
      ['Zoë Martín', null],
      ['Sam R.', 'Sam@Team.example'],
      ['Outside Agency', null],
    ]);
  });

  it('handles a 1,500-card board', () => {
    const result = plan(trelloExport({ cards: 1500 }), 'import');
    expect(result.cardCount).toBe(1500);
    expect(new Set(result.columns.flatMap((c) => c.cards.map((card) => card.title))).size).toBe(1500);
  });

  it('clips what is over our limits and says so', () => {
    const json = trelloExport();
    json.cards[1]!.name = 'x'.repeat(250);
    const result = plan(json);
    expect(result.columns.flatMap((c) => c.cards).find((c) => c.title.startsWith('xxx'))?.title).toHaveLength(200);
    expect(result.warnings.some((w) => w.includes('shortened'))).toBe(true);
  });

  it('refuses what is not a Trello export, naming the file', () => {
    for (const bad of [null, [], { name: 'x' }, { lists: 'no', cards: [] }]) {
      const result = planTrelloImport(bad, { archived: 'skip' });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'file' });
    }
    const allArchived = trelloExport();
    for (const l of allArchived.lists) l.closed = true;
    expect(planTrelloImport(allArchived, { archived: 'skip' }).ok).toBe(false);
  });
});
