import { BoardEvent, Presence, SSE_EVENTS } from '@echoboard/contracts';
import { request } from './client.ts';

export interface BoardStreamHandlers {
  onOpen: () => void;
  onEvent: (event: BoardEvent) => void;
  onPresence: (presence: Presence) => void;
  /** The server cannot replay what we missed: reload the board, then open a new stream. */
  onReset: () => void;
  /** The connection dropped; the browser reconnects by itself, resuming from the last event id. */
  onDrop: () => void;
  /**
   * The stream is over for good: the server said the viewer may no longer watch (signed out,
   * session ended, left the team), or it refused a reconnect (401, 404, 503), after which the
   * browser does not try again by itself.
   */
  onEnded: () => void;
}

/**
 * Opens the board's server-sent event stream after `afterSeq`. EventSource reconnects on its own
 * and sends Last-Event-ID, so the server resumes exactly after the last event we received.
 */
export function openBoardStream(boardId: string, afterSeq: number, handlers: BoardStreamHandlers): () => void {
  const source = new EventSource(`/api/boards/${encodeURIComponent(boardId)}/events?after=${afterSeq}`);
  const parse = <T>(schema: { safeParse: (v: unknown) => { success: boolean; data?: T } }, raw: string) => {
    try {
      const result = schema.safeParse(JSON.parse(raw));
      return result.success ? (result.data as T) : null;
    } catch {
      return null;
    }
  };
  source.onopen = handlers.onOpen;
  source.onerror = () => {
    if (source.readyState === EventSource.CLOSED) handlers.onEnded();
    else handlers.onDrop();
  };
  source.addEventListener(SSE_EVENTS.board, (e) => {
    const event = parse<BoardEvent>(BoardEvent, (e as MessageEvent<string>).data);
    if (event) handlers.onEvent(event);
  });
  source.addEventListener(SSE_EVENTS.presence, (e) => {
    const presence = parse<Presence>(Presence, (e as MessageEvent<string>).data);
    if (presence) handlers.onPresence(presence);
  });
  source.addEventListener(SSE_EVENTS.reset, () => handlers.onReset());
  source.addEventListener(SSE_EVENTS.ended, () => {
    source.close();
    handlers.onEnded();
  });
  return () => source.close();
}

export const setPresence = (boardId: string, draggingCardId: string | null) =>
  request<void>(`/boards/${encodeURIComponent(boardId)}/presence`, { method: 'POST', body: { draggingCardId } });
