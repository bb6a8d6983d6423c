// Prometheus metrics (prom-client). One registry per process on globalThis: the registration core counts inside
// Next's bundle, scripts/server.ts serves /metrics from its own copy of this module. The outbox and check-in figures
// are read from the database at scrape time, so every instance reports the same truth.
import client from 'prom-client';
import { AppError } from '@/lib/errors';
import { db, getDbPool } from '@/lib/server/db';
import { bounded } from './health';

const OUTBOX_STATES = ['queued', 'retrying', 'sent', 'failed', 'skipped'] as const;
// Bounded so a slow database cannot hold a scrape for long; the figures are left out of that scrape instead.
const COLLECT_TIMEOUT_MS = 2000;

interface Metrics {
  registry: client.Registry;
  httpDuration: client.Histogram<'method' | 'route' | 'status'>;
  registrations: client.Counter<'outcome' | 'source'>;
}

function createMetrics(): Metrics {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry });
  const httpDuration = new client.Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP requests by method, route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const registrations = new client.Counter({
    name: 'tagungsbuero_registrations_total',
    help: 'Registrations through the form and the API by outcome (confirmed, waitlisted, or why refused)',
    labelNames: ['outcome', 'source'] as const,
    registers: [registry],
  });
  new client.Gauge({
    name: 'tagungsbuero_outbox_mails',
    help: 'Mails in the outbox by state (read from the database at scrape time)',
    labelNames: ['state'] as const,
    registers: [registry],
    async collect() {
      const rows = await bounded(
        db.$queryRaw<
          { status: string; n: bigint }[]
        >`SELECT status::text, count(*) AS n FROM "OutboxMail" GROUP BY status`,
        COLLECT_TIMEOUT_MS,
      );
      for (const state of OUTBOX_STATES) this.set({ state }, Number(rows.find((r) => r.status === state)?.n ?? 0));
    },
  });
  new client.Gauge({
    name: 'tagungsbuero_checkins',
    help: 'Check-in scans by result, undone ones excluded (read from the database at scrape time)',
    labelNames: ['result'] as const,
    registers: [registry],
    async collect() {
      const rows = await bounded(
        db.$queryRaw<{ result: string; n: bigint }[]>`
          SELECT result, count(*) AS n FROM "CheckIn" WHERE "undoneAt" IS NULL GROUP BY result`,
        COLLECT_TIMEOUT_MS,
      );
      this.reset();
      for (const row of rows) this.set({ result: row.result }, Number(row.n));
    },
  });
  new client.Gauge({
    name: 'tagungsbuero_db_pool_connections',
    help: "Connections of the app's database pool: in use, idle, and requests waiting for one",
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      const pool = getDbPool();
      this.set({ state: 'in_use' }, pool ? pool.totalCount - pool.idleCount : 0);
      this.set({ state: 'idle' }, pool?.idleCount ?? 0);
      this.set({ state: 'waiting' }, pool?.waitingCount ?? 0);
    },
  });
  return { registry, httpDuration, registrations };
}

const shared = globalThis as unknown as { tagungsbueroMetrics?: Metrics };

function metrics(): Metrics {
  shared.tagungsbueroMetrics ??= createMetrics();
  return shared.tagungsbueroMetrics;
}

/** Records one answered HTTP request. */
export function observeRequest(labels: { method: string; route: string; status: number }, seconds: number): void {
  // Methods beyond the usual ones are refused by the request guard; one label keeps the set bounded anyway.
  const method = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'].includes(labels.method)
    ? labels.method
    : 'other';
  metrics().httpDuration.observe({ method, route: labels.route, status: String(labels.status) }, seconds);
}

/** Counts a registration's outcome: its seat status, or the refusal's error code (`EVENT_FULL`, …). */
export async function countRegistrationOutcome<T extends { status: string }>(
  source: string,
  registration: Promise<T>,
): Promise<T> {
  try {
    const created = await registration;
    metrics().registrations.inc({ outcome: created.status, source });
    return created;
  } catch (error) {
    const outcome = error instanceof AppError ? error.code.toLowerCase() : 'error';
    metrics().registrations.inc({ outcome, source });
    throw error;
  }
}

/** The metrics in Prometheus' text format, with its content type. */
export async function renderMetrics(): Promise<{ contentType: string; body: string }> {
  const { registry } = metrics();
  return { contentType: registry.contentType, body: await registry.metrics() };
}
