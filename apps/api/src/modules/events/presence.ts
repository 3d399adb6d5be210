import type { Presence } from '@echoboard/contracts';
import type { PresenceNotice } from './bus.ts';

/**
 * A board's presence from every process's notice: each viewer once, sorted by name, with the
 * drag reported last anywhere (a drag's `at` decides, so a process that heard of it late cannot
 * undo a newer report from another).
 */
export function mergePresence(boardId: string, notices: PresenceNotice[]): Presence {
  const viewers = new Map<string, { userId: string; name: string; draggingCardId: string | null; at: number }>();
  for (const notice of notices) {
    for (const viewer of notice.viewers) viewers.set(viewer.userId, { ...viewer, draggingCardId: null, at: 0 });
  }
  for (const notice of notices) {
    for (const drag of notice.drags) {
      const viewer = viewers.get(drag.userId);
      if (viewer && drag.at >= viewer.at) Object.assign(viewer, { draggingCardId: drag.cardId, at: drag.at });
    }
  }
  return {
    boardId,
    viewers: [...viewers.values()]
      .sort((a, b) => a.name.localeCompare(b.name) || a.userId.localeCompare(b.userId))
      .map(({ userId, name, draggingCardId }) => ({ userId, name, draggingCardId })),
  };
}
