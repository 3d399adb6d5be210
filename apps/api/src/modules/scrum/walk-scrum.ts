import type { WalkScrumBody } from '@echoboard/contracts';
import { currentSpeaker, walkSpeakers } from '@echoboard/domain';
import type { Database } from '../../db/database.ts';
import { inTransaction } from '../../db/transaction.ts';
import { type Actor, recordEvents } from '../events/record.ts';
import { lockRunningScrum, speakersOf, toScrum } from './scrum-view.ts';

/** One step of the walk through the team; whoever it lands on is recorded as speaking from now. */
export async function walkScrum(db: Database, options: { boardId: string; input: WalkScrumBody; actor: Actor }) {
  const { boardId, input, actor } = options;
  return inTransaction(db, async (tx) => {
    const row = await lockRunningScrum(tx, boardId);
    const walk = walkSpeakers({ order: row.speakerOrder, index: row.speakerIndex }, input.direction);
    // At either end the walk stays put: nothing changed, so nothing is written or sent.
    if (walk.index === row.speakerIndex) return { scrum: await toScrum(tx, row), seq: 0 };
    const speaker = currentSpeaker(walk);
    const speakers = speakersOf(row);
    const updated = await tx.scrum.update({
      where: { id: row.id },
      data: {
        speakerIndex: walk.index,
        ...(speaker ? { speakers: [...speakers, { memberId: speaker, startedAt: new Date().toISOString() }] } : {}),
      },
    });
    const scrum = await toScrum(tx, updated);
    const [event] = await recordEvents(tx, boardId, actor, [{ type: 'scrum.updated', scrum }]);
    return { scrum, seq: event?.seq ?? 0 };
  });
}
