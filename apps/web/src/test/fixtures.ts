import type { Board, Card, ColumnWithCards } from '@echoboard/contracts';

let n = 0;
const uuid = () => {
  n += 1;
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
};

export const BOARD_ID = '10000000-0000-4000-8000-000000000000';
export const TEAM_ID = '00000000-0000-4000-8000-0000000000aa';

export function makeCard(overrides: Partial<Card> = {}): Card {
  return {
    id: uuid(),
    teamId: TEAM_ID,
    boardId: BOARD_ID,
    columnId: 'col',
    sprintId: null,
    title: 'A card',
    description: '',
    effort: null,
    labels: [],
    dueDate: null,
    assignee: null,
    assigneeId: null,
    rank: 'a0',
    version: 1,
    blockedReason: null,
    blockedAt: null,
    columnEnteredAt: '2026-01-01T00:00:00.000Z',
    shareable: false,
    sourceFeedbackId: null,
    campaignId: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

/** A board whose columns hold cards with the given titles, ranked in order. */
export function makeBoard(columns: Record<string, string[]>): Board {
  const cols: ColumnWithCards[] = Object.entries(columns).map(([name, titles], ci) => {
    const id = uuid();
    return {
      id,
      boardId: BOARD_ID,
      name,
      wipLimit: null,
      wipHard: false,
      staleDays: 3,
      rank: `a${ci}`,
      cards: titles.map((title, i) => makeCard({ columnId: id, title, rank: `a${i}` })),
    };
  });
  return {
    id: BOARD_ID,
    teamId: TEAM_ID,
    name: 'Test board',
    effortScale: [1, 2, 3, 5, 8],
    createdAt: '2026-01-01T00:00:00Z',
    seq: 0,
    columns: cols,
    labelColors: {},
    cardStats: {},
  };
}

/** A promise the test settles when it wants, to play answers arriving out of order. */
export function deferred<T>() {
  let resolve: (value: T) => void = () => {};
  let reject: (error: unknown) => void = () => {};
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
