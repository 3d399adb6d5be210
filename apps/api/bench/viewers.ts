// Board viewers in a process of their own, started by moves-with-viewers.ts (in the API's own
// process their work would be billed to the server). Each reads its stream's SSE framing as an
// EventSource does and checks every board event's seq from its id line; the JSON.parse a browser
// then makes is its own machine's work and is left out, since these viewers share the server's
// cores. They keep only a count and the last seq, as a browser keeps no history of frames.
// argv: stream URL, session cookie, number of viewers. IPC: sends { opened } once every stream is
// open, and on any message answers { events, gaps } (board events each viewer received, and how
// many arrived out of seq order) and exits.

import { get } from 'node:http';

const [url, cookie, count] = process.argv.slice(2);
if (!url || !cookie || !count || !process.send) throw new Error('Start through moves-with-viewers.ts');
const send = process.send.bind(process);

interface Viewer {
  status: number;
  events: number;
  gaps: number;
  close: () => void;
}

/**
 * One stream, read with node:http as latin1 text (the framing and ids are ASCII; the JSON is not
 * looked at), scanned in place: the viewers are the bench's clients on the server's cores, so
 * they should cost as little as a client can. Read through fetch's web streams, decoded and
 * sliced frame by frame, the 50 of them took about 0.4 of the machine's two cores at 1,000 moves/s.
 */
const open = () =>
  new Promise<Viewer>((resolve, reject) => {
    const request = get(url!, { headers: { accept: 'text/event-stream', cookie: cookie! }, agent: false }, (res) => {
      const viewer: Viewer = { status: res.statusCode ?? 0, events: 0, gaps: 0, close: () => request.destroy() };
      let lastSeq: number | null = null;
      let tail = '';
      res.setEncoding('latin1');
      res.on('data', (chunk: string) => {
        const text = tail + chunk;
        let start = 0;
        let end = text.indexOf('\n\n');
        while (end !== -1) {
          const line = text.indexOf('\n', start);
          if (text.startsWith('id: ', start) && text.startsWith('event: board\n', line + 1)) {
            const seq = Number(text.slice(start + 4, line));
            if (lastSeq !== null && seq !== lastSeq + 1) viewer.gaps++;
            lastSeq = seq;
            viewer.events++;
          }
          start = end + 2;
          end = text.indexOf('\n\n', start);
        }
        tail = text.slice(start);
      });
      // Aborted at the end, or the server cut the stream: the counts say what arrived.
      res.on('error', () => {});
      resolve(viewer);
    });
    request.on('error', reject);
  });

const viewers = await Promise.all(Array.from({ length: Number(count) }, open));
send({ opened: viewers.filter((v) => v.status === 200).length });
process.once('message', () => {
  for (const v of viewers) v.close();
  send({ events: viewers.map((v) => v.events), gaps: viewers.reduce((n, v) => n + v.gaps, 0) }, () => process.exit(0));
});
