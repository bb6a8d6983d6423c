// What `zod/mini` resolves to in the browser bundle (next.config.ts turbopack.resolveAlias); see browser.ts.
import './jitless';

export * from 'zod/v4/mini';
