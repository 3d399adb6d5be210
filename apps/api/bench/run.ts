// npm run bench: benchmarks that are too slow or too noisy for `npm test`.
import { liveLatency } from './live-latency.ts';

await liveLatency();
