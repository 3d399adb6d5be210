import type { BoardEvent } from '@echoboard/contracts';

/**
 * Events that arrive while lists are being read, one buffer per read in flight (opening the page,
 * switching sprints). The lists carry no seq to resume from, so a read's events are applied again
 * on top of what it read: whole rows in seq order, so an event the read already saw changes
 * nothing, and one it missed is not lost.
 */
const readsInFlight = new Set<BoardEvent[]>();
export async function catchingEvents<T>(read: () => Promise<T>): Promise<{ value: T; missed: BoardEvent[] }> {
  const missed: BoardEvent[] = [];
  readsInFlight.add(missed);
  try {
    return { value: await read(), missed };
  } finally {
    readsInFlight.delete(missed);
  }
}

/** Hands an event of the board's stream to every read in flight. */
export function heardDuringReads(event: BoardEvent) {
  for (const missed of readsInFlight) missed.push(event);
}
