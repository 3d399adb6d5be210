import pg from 'pg';
import type { Database } from '../../db/database.ts';
import { EVENTS_CHANNEL, onEventsCommitted } from './record.ts';

export const PRESENCE_CHANNEL = 'board_presence';
/** PostgreSQL refuses NOTIFY payloads of 8000 bytes or more. */
const MAX_PAYLOAD = 7900;

/** One process's view of a board: who has a stream open here, and drags reported here. */
export interface PresenceNotice {
  processId: string;
  boardId: string;
  viewers: { userId: string; name: string }[];
  /** `at`: when the drag started or ended (ms), so the latest report wins across processes. */
  drags: { userId: string; cardId: string | null; at: number }[];
}

export interface BusHandlers {
  /** Events up to `seq` were committed on the board: read and deliver them. */
  events(boardId: string, seq: number): void;
  presence(notice: PresenceNotice): void;
  /** Notifications may have been missed (the connection was down): catch everything up. */
  reconnected(): void;
}

/** How changes and presence travel between the API processes serving the same boards. */
export interface Bus {
  start(handlers: BusHandlers): Promise<void>;
  publishPresence(notice: PresenceNotice): Promise<void>;
  close(): Promise<void>;
}

/** The embedded database serves one process: changes are announced after commit, in memory. */
export class InProcessBus implements Bus {
  private stop: (() => void) | null = null;
  constructor(private readonly db: Database) {}

  async start(handlers: BusHandlers) {
    this.stop = onEventsCommitted(this.db, (boardId, { last }) => handlers.events(boardId, last));
  }

  async publishPresence() {}

  async close() {
    this.stop?.();
  }
}

/**
 * PostgreSQL LISTEN/NOTIFY on one dedicated connection. Writers NOTIFY `<boardId>:<seq>` inside
 * their transaction; presence notices go out through the pool. When the connection drops it
 * reconnects with backoff, and tells the hub to catch up on whatever it missed meanwhile.
 */
export class PgListenBus implements Bus {
  private client: pg.Client | null = null;
  private handlers: BusHandlers | null = null;
  private closed = false;
  private retryMs = 100;
  private retryTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: Database,
    private readonly log: { warn(obj: object, msg: string): void },
  ) {}

  async start(handlers: BusHandlers) {
    this.handlers = handlers;
    await this.connect();
  }

  private async connect() {
    const client = new pg.Client({ connectionString: this.db.connectionString });
    client.on('notification', (message) => this.onNotification(message.channel, message.payload ?? ''));
    client.on('error', (err) => this.lost(client, err));
    client.on('end', () => this.lost(client, new Error('connection ended')));
    await client.connect();
    await client.query(`LISTEN ${EVENTS_CHANNEL}`);
    await client.query(`LISTEN ${PRESENCE_CHANNEL}`);
    this.client = client;
    this.retryMs = 100;
  }

  private lost(client: pg.Client, err: Error) {
    if (this.closed || this.client !== client) return;
    this.client = null;
    client.end().catch(() => {});
    this.log.warn({ err }, 'live updates: LISTEN connection lost; reconnecting');
    this.scheduleReconnect();
  }

  private scheduleReconnect() {
    if (this.closed) return;
    this.retryTimer = setTimeout(async () => {
      try {
        await this.connect();
        this.handlers?.reconnected();
      } catch (err) {
        this.log.warn({ err }, 'live updates: reconnect failed');
        this.retryMs = Math.min(this.retryMs * 2, 10_000);
        this.scheduleReconnect();
      }
    }, this.retryMs);
    this.retryTimer.unref();
  }

  private onNotification(channel: string, payload: string) {
    if (!this.handlers) return;
    if (channel === EVENTS_CHANNEL) {
      const [boardId, seq] = payload.split(':');
      if (boardId && seq) this.handlers.events(boardId, Number(seq));
    } else if (channel === PRESENCE_CHANNEL) {
      try {
        this.handlers.presence(JSON.parse(payload) as PresenceNotice);
      } catch {
        // Not ours or malformed: ignore.
      }
    }
  }

  async publishPresence(notice: PresenceNotice) {
    let payload = JSON.stringify(notice);
    if (payload.length > MAX_PAYLOAD) payload = JSON.stringify({ ...notice, drags: [] });
    if (payload.length > MAX_PAYLOAD) return;
    await this.db.sql.query('SELECT pg_notify($1, $2)', [PRESENCE_CHANNEL, payload]);
  }

  async close() {
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => {});
  }
}
