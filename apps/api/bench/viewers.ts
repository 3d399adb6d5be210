// Board viewers in a process of their own, started by moves-with-viewers.ts. They read and parse
// every frame as a browser would; in the API's own process that work would be billed to the server.
// argv: stream URL, session cookie, number of viewers. IPC: sends { opened } once every stream is
// open, and on any message answers { events } (board events each viewer received) and exits.
import { SseStream } from '../test/sse-client.ts';

const [url, cookie, count] = process.argv.slice(2);
if (!url || !cookie || !count || !process.send) throw new Error('Start through moves-with-viewers.ts');
const send = process.send.bind(process);

const streams = await Promise.all(Array.from({ length: Number(count) }, () => SseStream.open(url, { cookie })));
send({ opened: streams.filter((s) => s.status === 200).length });
process.once('message', () => {
  const events = streams.map((s) => s.frames.filter((f) => f.event === 'board').length);
  for (const s of streams) s.close();
  send({ events }, () => process.exit(0));
});
