import { afterEach, describe, expect, it, vi } from 'vitest';
import { openBoardStream } from './live.ts';

/** Just enough of EventSource to drive the handlers the way a browser does. */
class FakeEventSource {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  static last: FakeEventSource | null = null;
  readyState = FakeEventSource.CONNECTING;
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  closed = false;
  private listeners = new Map<string, ((e: MessageEvent<string>) => void)[]>();
  constructor(readonly url: string) {
    FakeEventSource.last = this;
  }
  addEventListener(type: string, listener: (e: MessageEvent<string>) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  emit(type: string, data = '{}') {
    for (const listener of this.listeners.get(type) ?? []) listener(new MessageEvent(type, { data }));
  }
  close() {
    this.closed = true;
    this.readyState = FakeEventSource.CLOSED;
  }
}

const handlers = () => ({
  onOpen: vi.fn(),
  onEvent: vi.fn(),
  onPresence: vi.fn(),
  onReset: vi.fn(),
  onDrop: vi.fn(),
  onEnded: vi.fn(),
});

describe('openBoardStream', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks for the events after the seq it has', () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    openBoardStream('b 1', 7, handlers());
    expect(FakeEventSource.last?.url).toBe('/api/boards/b%201/events?after=7');
  });

  it('reports a drop while the browser reconnects, and the end when it gave up', () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    const h = handlers();
    openBoardStream('b1', 0, h);
    const source = FakeEventSource.last!;
    source.onerror?.();
    expect(h.onDrop).toHaveBeenCalledTimes(1);
    expect(h.onEnded).not.toHaveBeenCalled();
    // A refused reconnect (401, 404, 503) leaves the source closed: the browser will not retry.
    source.readyState = FakeEventSource.CLOSED;
    source.onerror?.();
    expect(h.onEnded).toHaveBeenCalledTimes(1);
  });

  it('closes for good when the server says the viewer may no longer watch', () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    const h = handlers();
    openBoardStream('b1', 0, h);
    FakeEventSource.last!.emit('ended');
    expect(FakeEventSource.last!.closed).toBe(true);
    expect(h.onEnded).toHaveBeenCalledTimes(1);
  });
});
