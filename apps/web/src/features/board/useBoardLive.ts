import { useEffect, useState } from 'react';
import { openBoardStream } from '../../api/live.ts';
import { useAppStore } from '../../store/index.ts';

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
    store().setConnection('connecting');
    const close = openBoardStream(boardId, store().seq, {
      onOpen: () => store().setConnection('live'),
      onDrop: () => store().setConnection('reconnecting'),
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
        void store()
          .loadScrum(boardId)
          .catch(() => {});
      },
    });
    return () => {
      close();
      store().setConnection('offline');
    };
  }, [boardId, ready, generation]);
}
