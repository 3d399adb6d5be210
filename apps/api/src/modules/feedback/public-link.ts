import { deliveredItems, isSprintShared } from '@echoboard/domain';
import type { Database } from '../../db/database.ts';
import type { Tx } from '../../db/transaction.ts';
import { AppError } from '../../errors.ts';
import { doneColumnOf } from '../columns/done-column.ts';
import { findActiveLink } from '../links.ts';
import { hashToken } from '../tokens.ts';

type Client = Database['prisma'] | Tx;

/** One answer for unknown, revoked and expired links, and for sprints not (yet) open to feedback. */
const invalid = () =>
  new AppError('FEEDBACK_LINK_INVALID', 'This feedback link does not work (any more). Ask the team for a new one.');

/** The link of a public token, with its sprint and team; any link that is not active is the same 404. */
export async function resolveLink(client: Client, token: string) {
  const link = await findActiveLink(token, (tokenHash) =>
    client.feedbackLink.findUnique({
      where: { tokenHash },
      include: { sprint: { include: { board: { select: { teamId: true, team: { select: { name: true } } } } } } },
    }),
  );
  if (!link || !isSprintShared(link.sprint.state)) throw invalid();
  return link;
}

export type ResolvedLink = Awaited<ReturnType<typeof resolveLink>>;

/**
 * An item's key on one link's page: derived from the link's token hash and the card id, so it
 * neither reveals the card id nor works on any member route, and differs between links.
 */
export const itemKey = (link: { tokenHash: string }, cardId: string) =>
  hashToken(`${link.tokenHash}:${cardId}`).slice(0, 32);

function recordedDoneIds(record: unknown): string[] | null {
  if (typeof record !== 'object' || record === null || !('doneCardIds' in record)) return null;
  const ids = (record as { doneCardIds: unknown }).doneCardIds;
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : null;
}

/** What the sprint delivered, as the domain chooses it, each with its key on this link's page. */
export async function deliveredOn(client: Client, link: ResolvedLink) {
  const { sprint } = link;
  const [cards, doneId] = await Promise.all([
    client.card.findMany({
      where: { sprintId: sprint.id },
      select: { id: true, title: true, shareable: true, columnId: true },
      orderBy: [{ rank: 'asc' }, { id: 'asc' }],
    }),
    doneColumnOf(client, sprint.boardId),
  ]);
  const done = sprint.state === 'completed' ? recordedDoneIds(sprint.record) : null;
  const items = deliveredItems(
    cards.map((card) => ({ ...card, isDone: doneId !== null && card.columnId === doneId })),
    done,
  );
  return items.map((card) => ({ key: itemKey(link, card.id), cardId: card.id, title: card.title }));
}
