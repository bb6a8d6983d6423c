import fc from 'fast-check';
import { type Answer, type Counts, changedTables, closeAgent, connectCounter, refused, send } from './harness';
import type { FuzzRequest } from './requests';

// The property: batches of requests sent at once (the server is faster with a few in flight), each answer below
// 500, and no row written while only refused requests ran. When a batch did write, its refused requests are sent
// again one at a time, each between two counts, so a refused request that writes is named.

export interface FuzzOptions {
  baseUrl: string;
  databaseUrl: string;
  seed: number;
  seconds: number;
  batch: number;
}

export interface FuzzStats {
  sent: number;
  statuses: Map<number, number>;
  targets: Map<string, number>;
  /** Refused requests whose batch (or replay) was checked against the row counts. */
  refusedChecked: number;
  /** Rows that appeared while only refused requests ran, none of which writes when sent alone. */
  lateWrites: string[];
  seconds: number;
}

function describeRequest(r: FuzzRequest, answer?: Answer): string {
  const body = r.body === undefined ? '' : `\n  body (${r.body.length} chars): ${JSON.stringify(r.body.slice(0, 600))}`;
  const got = answer
    ? `\n  answer ${answer.status} ${JSON.stringify(answer.headers)}: ${answer.body.slice(0, 400)}`
    : '';
  return `${r.method} ${r.path.slice(0, 400)} (${r.target})\n  headers: ${JSON.stringify(r.headers)}${body}${got}`;
}

export async function runFuzz(
  requests: fc.Arbitrary<FuzzRequest>,
  first: FuzzRequest[],
  options: FuzzOptions,
): Promise<FuzzStats> {
  const counter = await connectCounter(options.databaseUrl);
  const stats: FuzzStats = {
    sent: 0,
    statuses: new Map(),
    targets: new Map(),
    refusedChecked: 0,
    lateWrites: [],
    seconds: 0,
  };
  const started = Date.now();

  const sendChecked = async (r: FuzzRequest, fresh = false): Promise<Answer> => {
    const answer = await send(options.baseUrl, r, { fresh }).catch((error: Error) => {
      throw new Error(`no answer: ${error.message}\n${describeRequest(r)}`);
    });
    stats.sent++;
    stats.statuses.set(answer.status, (stats.statuses.get(answer.status) ?? 0) + 1);
    stats.targets.set(r.target, (stats.targets.get(r.target) ?? 0) + 1);
    if (answer.status >= 500) throw new Error(`answered ${answer.status}\n${describeRequest(r, answer)}`);
    return answer;
  };

  const writeReport = async (before: Counts, after: Counts) =>
    (
      await Promise.all(
        changedTables(before, after).map(
          async (t) => `${t} (${before[t]} → ${after[t]}; last row ${await counter.latestRow(t)})`,
        ),
      )
    ).join(', ');

  // Sent alone between two counts; fails if it is refused and a row count changed.
  const replay = async (r: FuzzRequest) => {
    const before = await counter.settledCounts();
    const answer = await sendChecked(r, true);
    const after = await counter.counts();
    if (!refused(r, answer)) return;
    stats.refusedChecked++;
    if (changedTables(before, after).length)
      throw new Error(`refused, but wrote to ${await writeReport(before, after)}\n${describeRequest(r, answer)}`);
  };

  let counts = await counter.settledCounts();
  let settled = true;
  try {
    await fc.assert(
      fc.asyncProperty(fc.array(requests, { minLength: options.batch, maxLength: options.batch }), async (batch) => {
        if (!settled) counts = await counter.settledCounts();
        const before = counts;
        const answers = await Promise.all(batch.map((r) => sendChecked(r)));
        counts = await counter.counts();
        const refusedOnes = batch.filter((r, i) => refused(r, answers[i]!));
        const wrote = changedTables(before, counts).length > 0;
        settled = !wrote && refusedOnes.length === batch.length;
        if (!wrote) {
          stats.refusedChecked += refusedOnes.length;
          return;
        }
        const report = await writeReport(before, counts);
        for (const r of refusedOnes) await replay(r);
        // None of them writes when sent alone: the rows come from a late commit of an earlier accepted request (HEAD
        // of a PDF download answers at once and commits its audit entry later) or a background job; noted in the output.
        if (refusedOnes.length === batch.length) stats.lateWrites.push(report);
        settled = false;
      }),
      {
        seed: options.seed,
        examples: Array.from({ length: Math.ceil(first.length / options.batch) }, (_, i) => [
          first.slice(i * options.batch, (i + 1) * options.batch),
        ]),
        numRuns: 1_000_000,
        interruptAfterTimeLimit: options.seconds * 1000,
        markInterruptAsFailure: false,
        endOnFailure: true,
      },
    );
  } finally {
    await counter.end();
    closeAgent();
    stats.seconds = (Date.now() - started) / 1000;
  }
  return stats;
}
