// What `zod` resolves to in the browser bundle (next.config.ts turbopack.resolveAlias): zod, set up before any
// schema is built.
import './jitless';

export * from 'zod/v4';
export { default } from 'zod/v4';
