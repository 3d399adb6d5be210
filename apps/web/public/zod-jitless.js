// Runs before the app's modules (a classic script, not deferred): zod reads this when it loads and
// then never probes `new Function`, a probe our CSP (script-src 'self', no 'unsafe-eval') would
// report as a violation on every page even though zod catches the refusal. The browser parses
// little enough that zod's compiled fast path does not matter; the API keeps it.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig ?? {}, { jitless: true });
