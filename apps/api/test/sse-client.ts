import type { BoardEvent, Presence } from '@echoboard/contracts';

export interface SseFrame {
  event: string;
  id: string | undefined;
  data: string;
}

/** Parses one SSE block (`field: value` lines); comments (`: ping`) come back as event 'comment'. */
function parseBlock(block: string): SseFrame | null {
  let event = 'message';
  let id: string | undefined;
  const data: string[] = [];
  let comment = false;
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) {
      comment = true;
      continue;
    }
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') event = value;
    else if (field === 'id') id = value;
    else if (field === 'data') data.push(value);
  }
  if (data.length === 0) return comment ? { event: 'comment', id: undefined, data: '' } : null;
  return { event, id, data: data.join('\n') };
}

type Waiter = { test: (frame: SseFrame) => boolean; resolve: (frame: SseFrame) => void };

/** A tiny EventSource over fetch: keeps every frame, lets a test wait for the one it expects. */
export class SseStream {
  readonly frames: SseFrame[] = [];
  /** When each frame arrived (performance.now()), by index in frames. */
  readonly arrivals: number[] = [];
  status = 0;
  ended = false;
  readonly done: Promise<void>;
  private waiters: Waiter[] = [];
  private readonly controller = new AbortController();
  private endListeners: (() => void)[] = [];

  private readonly response: Promise<Response>;

  private constructor(url: string, headers: Record<string, string>) {
    this.response = fetch(url, {
      headers: { accept: 'text/event-stream', ...headers },
      signal: this.controller.signal,
    });
    this.done = this.read();
  }

  static async open(url: string, headers: Record<string, string> = {}): Promise<SseStream> {
    const stream = new SseStream(url, headers);
    stream.status = (await stream.response).status;
    return stream;
  }

  get boardEvents(): BoardEvent[] {
    return this.frames.filter((f) => f.event === 'board').map((f) => JSON.parse(f.data));
  }

  get presence(): Presence[] {
    return this.frames.filter((f) => f.event === 'presence').map((f) => JSON.parse(f.data));
  }

  private async read() {
    try {
      const res = await this.response;
      if (!res.body) return;
      const reader = res.body.getReader();
      const decoder = new TextDecoder();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        let end = buffer.indexOf('\n\n');
        while (end !== -1) {
          const parsed = parseBlock(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
          if (parsed) this.push(parsed);
          end = buffer.indexOf('\n\n');
        }
      }
    } catch {
      // Aborted or the connection dropped: the stream has ended either way.
    } finally {
      this.ended = true;
      for (const listener of this.endListeners) listener();
    }
  }

  private push(frame: SseFrame) {
    this.frames.push(frame);
    this.arrivals.push(performance.now());
    this.waiters = this.waiters.filter((w) => {
      if (!w.test(frame)) return true;
      w.resolve(frame);
      return false;
    });
  }

  /** The first frame (already received or still to come) that passes test. */
  next(test: (frame: SseFrame) => boolean, timeoutMs = 5_000): Promise<SseFrame> {
    const seen = this.frames.find(test);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching frame within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({
        test,
        resolve: (frame) => {
          clearTimeout(timer);
          resolve(frame);
        },
      });
    });
  }

  /** Waits until the board event with this seq has arrived. */
  seq(seq: number, timeoutMs?: number) {
    return this.next((f) => f.event === 'board' && Number(f.id) >= seq, timeoutMs);
  }

  /** Resolves when the server ends the stream (rejects after timeoutMs). */
  whenEnded(timeoutMs = 5_000): Promise<void> {
    if (this.ended) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`stream still open after ${timeoutMs} ms`)), timeoutMs);
      this.endListeners.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  close() {
    this.controller.abort();
  }
}
