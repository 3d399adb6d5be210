// Board viewers in a process of their own, started by moves-with-viewers.ts (in the API's own
// process their work would be billed to the server). Each reads its stream's SSE framing as an
// EventSource does and checks every board event's seq from its id line; the JSON.parse a browser
// then makes is its own machine's work and is left out, since these viewers share the server's
// cores. They keep only a count and the last seq, as a browser keeps no history of frames.
// argv: stream URL, session cookie, number of viewers. IPC: sends { opened } once every stream is
// open, and on any message answers { events, gaps } (board events each viewer received, and how
// many arrived out of seq order) and exits.

const [url, cookie, count] = process.argv.slice(2);
if (!url || !cookie || !count || !process.send) throw new Error('Start through moves-with-viewers.ts');
const send = process.send.bind(process);

interface Viewer {
  status: number;
  events: number;
  gaps: number;
  controller: AbortController;
}

async function open(): Promise<Viewer> {
  const controller = new AbortController();
  const res = await fetch(url!, {
    headers: { accept: 'text/event-stream', cookie: cookie! },
    signal: controller.signal,
  });
  const viewer: Viewer = { status: res.status, events: 0, gaps: 0, controller };
  void read(res, viewer).catch(() => {
    // Aborted at the end, or the server cut the stream: the counts say what arrived.
  });
  return viewer;
}

async function read(res: Response, viewer: Viewer) {
  if (!res.body) return;
  const decoder = new TextDecoder();
  let buffer = '';
  let lastSeq: number | null = null;
  for await (const bytes of res.body) {
    buffer += decoder.decode(bytes, { stream: true });
    let end = buffer.indexOf('\n\n');
    while (end !== -1) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      end = buffer.indexOf('\n\n');
      if (!block.startsWith('id: ') || !block.includes('\nevent: board\n')) continue;
      const seq = Number(block.slice(4, block.indexOf('\n')));
      if (lastSeq !== null && seq !== lastSeq + 1) viewer.gaps++;
      lastSeq = seq;
      viewer.events++;
    }
  }
}

const viewers = await Promise.all(Array.from({ length: Number(count) }, open));
send({ opened: viewers.filter((v) => v.status === 200).length });
process.once('message', () => {
  for (const v of viewers) v.controller.abort();
  send({ events: viewers.map((v) => v.events), gaps: viewers.reduce((n, v) => n + v.gaps, 0) }, () => process.exit(0));
});

export {};
