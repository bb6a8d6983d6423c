// One logger for the server, the worker and the app's code inside Next: pino JSON lines on stdout. Next's server
// bundles load their own copy of this module, so the logger and the request context live on globalThis.
import { AsyncLocalStorage } from 'node:async_hooks';
import pino, { type Logger } from 'pino';

export type { Logger };

export interface RequestContext {
  requestId: string;
}

const LEVELS = new Set(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

// Nothing personal belongs in a log line; should an address slip into an error message all the same, it is
// masked on the way out (first character and domain kept, as the sign-in refusals log it).
const EMAIL = /([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g;

/** Masks every e-mail address in a text: `a…@example.org`. */
export function maskEmails(text: string): string {
  return text.replace(EMAIL, '$1…@$2');
}

function levelFromEnv(): string {
  const level = process.env.LOG_LEVEL?.toLowerCase();
  return level && LEVELS.has(level) ? level : 'info';
}

interface Shared {
  tagungsbueroLogger?: Logger;
  tagungsbueroRequestContext?: AsyncLocalStorage<RequestContext>;
}
const shared = globalThis as unknown as Shared;

/** The request being served (set by scripts/server.ts around Next's handler). */
shared.tagungsbueroRequestContext ??= new AsyncLocalStorage<RequestContext>();
export const requestContext: AsyncLocalStorage<RequestContext> = shared.tagungsbueroRequestContext;

function createLogger(): Logger {
  // process.stdout rather than pino's own file descriptor stream, so a test can read what is written.
  const destination = { write: (line: string) => void process.stdout.write(line) };
  return pino(
    {
      level: levelFromEnv(),
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      // Every line written while a request is served carries its id.
      mixin: () => {
        const context = requestContext.getStore();
        return context ? { requestId: context.requestId } : {};
      },
      redact: { paths: ['email', '*.email', 'headers.cookie', 'headers.authorization'], censor: '[redacted]' },
      hooks: { streamWrite: maskEmails },
    },
    destination,
  );
}

/** The process's logger; `component` names the part of the app a line comes from. */
shared.tagungsbueroLogger ??= createLogger();
export const logger: Logger = shared.tagungsbueroLogger;

/** A child logger for one part of the app, e.g. `log('jobs')`. */
export function log(component: string): Logger {
  return logger.child({ component });
}
