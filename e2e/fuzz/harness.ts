import { Agent, request as httpRequest } from 'node:http';
import pg from 'pg';
import type { FuzzRequest } from './requests';

// Sending one fuzz request raw (no client normalises its path or headers) and watching the database: row counts
// of every table in the app's schema, taken before and after each request.

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

const agent = new Agent({ keepAlive: true, maxSockets: 16 });

/**
 * Sends the request and reads the answer. A server may answer a request before it has read a body it does not
 * need and then close the connection, so a reset after the answer's head arrived still counts as that answer.
 */
export function send(baseUrl: string, r: FuzzRequest, { timeoutMs = 20_000, fresh = false } = {}): Promise<Answer> {
  const base = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    let status: number | undefined;
    let headers: Answer['headers'] = {};
    const chunks: Buffer[] = [];
    const answer = () => ({ status: status!, headers, body: Buffer.concat(chunks).toString('utf8') });
    const req = httpRequest(
      {
        host: base.hostname,
        port: base.port,
        path: r.path,
        method: r.method,
        headers: r.headers,
        // A connection of its own: the answer cannot depend on what an earlier request left on a shared one.
        agent: fresh ? false : agent,
      },
      (res) => {
        status = res.statusCode ?? 0;
        headers = res.headers;
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve(answer()));
        res.on('error', (error) => (status ? resolve(answer()) : reject(error)));
      },
    );
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', (error) => (status ? resolve(answer()) : reject(error)));
    req.end(r.body);
  });
}

export function closeAgent(): void {
  agent.destroy();
}

/**
 * Tables a refused request may change, each on purpose:
 * - RateLimitBucket: a refused request still counts against its caller's limit (that is what a limit is for).
 */
export const MAY_CHANGE_WHEN_REFUSED = new Set(['RateLimitBucket', '_prisma_migrations']);

export type Counts = Record<string, number>;

export async function connectCounter(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const tables = (
    await client.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
    )
  ).rows.map((r) => r.name);
  const sql = tables.map((t) => `SELECT '${t}' AS name, count(*)::int AS n FROM "${t}"`).join(' UNION ALL ');
  return {
    tables,
    async counts(): Promise<Counts> {
      return Object.fromEntries((await client.query<{ name: string; n: number }>(sql)).rows.map((r) => [r.name, r.n]));
    },
    /**
     * Counts once nothing is in flight: no other connection to the database inside a transaction, and the counts
     * unchanged 25 ms later (at most about two seconds). An accepted request may commit after its answer ended (a
     * streamed PDF records its audit entry in the transaction that streams it, and commits after the last byte),
     * which must not be counted against the next request.
     */
    async settledCounts(): Promise<Counts> {
      let last = await this.counts();
      for (let i = 0; i < 80; i++) {
        await new Promise((resolve) => setTimeout(resolve, 25));
        const busy = await client.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_stat_activity
           WHERE datname = current_database() AND pid <> pg_backend_pid() AND xact_start IS NOT NULL AND state <> 'idle'`,
        );
        const next = await this.counts();
        if (busy.rows[0]!.n === 0 && changedTables(last, next).length === 0) return next;
        last = next;
      }
      return last;
    },
    /** The row last written to a table (by its physical position), for a failure message. */
    async latestRow(table: string): Promise<string> {
      const { rows } = await client.query(`SELECT * FROM "${table.replace(/"/g, '')}" ORDER BY ctid DESC LIMIT 1`);
      return JSON.stringify(rows[0] ?? null).slice(0, 500);
    },
    end: () => client.end(),
  };
}

/** Tables whose row count changed, apart from those that may. */
export function changedTables(before: Counts, after: Counts): string[] {
  return Object.keys(after).filter((t) => !MAY_CHANGE_WHEN_REFUSED.has(t) && before[t] !== after[t]);
}

/**
 * A refused request: any 4xx, and a server action's 200 whose result is a failure (`{"ok":false,…}`), which is how
 * actions refuse.
 */
export function refused(r: FuzzRequest, answer: Answer): boolean {
  if (answer.status >= 400 && answer.status < 500) return true;
  return r.target.startsWith('action ') && answer.status === 200 && /^1:\{"ok":false/m.test(answer.body);
}
