import type { PlannedCard } from '@echoboard/contracts';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client.ts';
import * as sprintsApi from '../api/sprints.ts';
import { makeCard } from '../test/fixtures.ts';
import { resetStore, useAppStore } from './index.ts';

vi.mock('../api/sprints.ts', () => ({ planCard: vi.fn(), getSprint: vi.fn() }));

const SPRINT = '30000000-0000-4000-8000-000000000001';
const planned = (title: string): PlannedCard =>
  ({ ...makeCard({ title }), boardId: null, columnId: null }) as unknown as PlannedCard;

function seed() {
  const [a, b, c] = [planned('Brief'), planned('Copy'), planned('Ads')];
  useAppStore.setState({
    planSprintId: SPRINT,
    planCardsById: { [a.id]: a, [b.id]: b, [c.id]: c },
    planIds: { backlog: [a.id, b.id], sprint: [c.id] },
  });
  return { a, b, c };
}

describe('movePlanned', () => {
  beforeEach(() => {
    resetStore();
    vi.mocked(sprintsApi.planCard).mockReset();
    vi.mocked(sprintsApi.getSprint).mockReturnValue(new Promise(() => {}));
  });

  it('shows the move at once and sends the neighbours with the sprint', async () => {
    const { a, c } = seed();
    let answer: (card: PlannedCard) => void = () => {};
    vi.mocked(sprintsApi.planCard).mockReturnValue(new Promise((resolve) => (answer = resolve)));
    const done = useAppStore
      .getState()
      .movePlanned({ cardId: a.id, to: 'sprint', afterCardId: c.id, beforeCardId: null });

    expect(useAppStore.getState().planIds.sprint).toEqual([c.id, a.id]);
    expect(sprintsApi.planCard).toHaveBeenCalledWith(a.id, {
      sprintId: SPRINT,
      afterCardId: c.id,
      beforeCardId: null,
      version: 1,
    });
    answer({ ...a, sprintId: SPRINT, version: 2 });
    expect(await done).toBe(true);
    expect(useAppStore.getState().planCardsById[a.id]?.version).toBe(2);
  });

  it('puts the card back and says why when the server refuses', async () => {
    const { a, b, c } = seed();
    vi.mocked(sprintsApi.planCard).mockRejectedValue(
      new ApiError({ status: 409, code: 'INVALID_MOVE', title: 'Conflict', detail: 'The sprint has started.' }),
    );
    const ok = await useAppStore
      .getState()
      .movePlanned({ cardId: c.id, to: 'backlog', afterCardId: null, beforeCardId: a.id });

    expect(ok).toBe(false);
    expect(useAppStore.getState().planIds).toEqual({ backlog: [a.id, b.id], sprint: [c.id] });
    expect(useAppStore.getState().notices.at(-1)?.message).toBe('“Ads” was put back: The sprint has started.');
  });
});
