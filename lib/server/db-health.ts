// No imports: scripts/server.ts reads the marker below without loading the app's modules.

// What pg, adapter-pg and Prisma say when the database cannot be reached or answers too slowly: connect
// timeouts, client-side read timeouts, statement timeouts (57014), refused or dropped connections, a server
// shutting down (57P0x) or out of connections (53300). Prisma's raw queries carry the server's code only in the
// message ("Raw query failed. Code: `57P01`"), hence the texts of a killed or recovering server.
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
  '57014',
  '57P01',
  '57P02',
  '57P03',
  '53300',
  'P1001',
  'P1002',
  'P1008',
  'P1017',
  'P2024',
]);
const UNAVAILABLE_TEXT =
  /timeout expired|Query read timeout|statement timeout|canceling statement due to statement timeout|Connection terminated|connect ECONNREFUSED|Can't reach database server|Timed out fetching a new connection|Transaction already closed|Unable to start a transaction in the given time|the database system is (starting up|shutting down|not yet accepting connections|in recovery mode)|terminating connection due to (administrator command|unexpected postmaster exit|crash of another server process)|too many clients/i;

/** Seconds a client is asked to wait before trying again while the database is away. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

function* causes(error: unknown): Generator<Record<string, unknown>> {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current && typeof current === 'object'; depth++) {
    yield current as Record<string, unknown>;
    const next = current as { cause?: unknown; originalError?: unknown };
    current = next.cause ?? next.originalError;
  }
}

// Process-wide (globalThis): Next's bundles and scripts/server.ts each load their own copy of this module.
const marker = globalThis as unknown as { tagungsbueroDatabaseFailedAt?: number };

/** Notes that a query just failed because the database is away (read by the HTTP server for pages). */
export function noteDatabaseFailure(error: unknown): void {
  if (isDatabaseUnavailable(error)) marker.tagungsbueroDatabaseFailedAt = Date.now();
}

/** True when a query failed for want of a database within the last `withinMs` milliseconds. */
export function databaseFailedRecently(withinMs = 10_000): boolean {
  const at = marker.tagungsbueroDatabaseFailedAt;
  return at !== undefined && Date.now() - at < withinMs;
}

/** True when an error means the database is unreachable or too slow, not that the request or the code is wrong. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (const e of causes(error)) {
    for (const key of ['code', 'errno', 'originalCode'] as const) {
      const code = e[key];
      if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
    }
    const kind = e.kind;
    if (kind === 'DatabaseNotReachable' || kind === 'SocketTimeout' || kind === 'TransactionStartTimeout') return true;
    if (typeof e.message === 'string' && UNAVAILABLE_TEXT.test(e.message)) return true;
  }
  return false;
}
