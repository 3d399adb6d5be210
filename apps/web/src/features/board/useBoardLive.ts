import { useEffect, useState } from 'react';
import { openBoardStream } from '../../api/live.ts';
import { useAppStore } from '../../store/index.ts';

/** After a stream ended, how long before a new one is tried (when the session still holds). */
const REOPEN_MS = 2_000;

/**
 * Keeps the open board live: every change anyone makes arrives as an event and is applied in
 * sequence order; a gap or a reset re-reads the board. Opens one stream per board.
 */
export function useBoardLive(boardId: string | null) {
  const ready = useAppStore((s) => s.status === 'ready' && s.board?.id === boardId);
  // Bumped to open a fresh stream after a reset (the old one would resume from a stale id).
  const [generation, setGeneration] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new generation must open a new stream
  useEffect(() => {
    if (!boardId || !ready) return undefined;
    const store = useAppStore.getState;
    let reopen: ReturnType<typeof setTimeout> | undefined;
    store().setConnection('connecting');
    const close = openBoardStream(boardId, store().seq, {
      onOpen: () => store().setConnection('live'),
      onDrop: () => store().setConnection('reconnecting'),
      onEnded: () => {
        // Ask who we are: a 401 ends the session and the app asks to sign in again. If the
        // session holds, re-read the board (it may be gone: the page says so) and try again.
        store().setConnection('reconnecting');
        void store()
          .loadSession()
          .then(() => {
            if (store().sessionStatus !== 'signed-in') return;
            reopen = setTimeout(() => {
              void store()
                .refresh()
                .finally(() => setGeneration((g) => g + 1));
            }, REOPEN_MS);
          })
          .catch(() => {
            reopen = setTimeout(() => setGeneration((g) => g + 1), REOPEN_MS);
          });
      },
      onEvent: (event) => {
        store().receiveEvent(event);
        store().scrumEvent(event);
      },
      onPresence: (presence) => store().setPresence(presence),
      onReset: () => {
        close();
        void store()
          .refresh()
          .finally(() => setGeneration((g) => g + 1));
        if (store().planBoardId === boardId) void store().reloadPlanning();
        void store()
          .loadScrum(boardId)
          .catch(() => {});
      },
    });
    return () => {
      clearTimeout(reopen);
      close();
      store().setConnection('offline');
    };
  }, [boardId, ready, generation]);
}
