// zod 4 probes `new Function` when it builds an object schema (to compile a fast parser). Under the pages' strict
// Content-Security-Policy the browser refuses it and reports a violation, although zod catches the error. jitless
// skips the probe. zod keeps its settings on globalThis, so this works whichever module loads first.
const scope = globalThis as { __zod_globalConfig?: Record<string, unknown> };
scope.__zod_globalConfig = Object.assign(scope.__zod_globalConfig ?? {}, { jitless: true });
