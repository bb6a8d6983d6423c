// `npm run bench`: a fresh production build, a fresh embedded database with the seed, an SMTP sink and the
// production server; then every scenario against its floor, measured in the same run. Prints the table and
// writes it to bench/results.md. Targets are reported, never asserted: the exit status fails only on a crash.
// Options: --only event-page,registration,registration-sessions,…   --skip-build   --reuse-build (build only when missing)   --seconds 10
import { spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { root, startStack, type Stack } from './harness';
import { machineDescription, markdownTable, type Row } from './report';
import { certificatesScenario } from './scenarios/certificates';
import { checkin } from './scenarios/checkin';
import { coldStart } from './scenarios/cold-start';
import type { BenchContext, Scenario } from './scenarios/context';
import { eventPage } from './scenarios/event-page';
import { exportScenario } from './scenarios/export';
import { lighthouseScenario } from './scenarios/lighthouse';
import { nginxEventPage } from './scenarios/nginx-event-page';
import { pageWeight } from './scenarios/page-weight';
import { registration } from './scenarios/registration';
import { registrationSessions } from './scenarios/registration-sessions';

const SCENARIOS: Record<string, Scenario> = {
  'page-weight': pageWeight,
  'event-page': eventPage,
  'nginx-event-page': nginxEventPage,
  registration,
  'registration-sessions': registrationSessions,
  checkin,
  export: exportScenario,
  certificates: certificatesScenario,
  lighthouse: lighthouseScenario,
  'cold-start': coldStart,
};
const arg = (name: string) => process.argv.find((_a, i) => process.argv[i - 1] === name);
const only = arg('--only')
  ?.split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const unknown = only?.filter((name) => !(name in SCENARIOS)) ?? [];
if (unknown.length > 0)
  throw new Error(`unknown scenario ${unknown.join(', ')}; known: ${Object.keys(SCENARIOS).join(', ')}`);
const selected = Object.entries(SCENARIOS).filter(([name]) => !only || only.includes(name));
const seconds = Number(arg('--seconds') ?? 10);
const log = (message: string) => console.log(`[bench] ${message}`);

function runStep(label: string, args: string[], env: Record<string, string> = {}) {
  log(label);
  const { NODE_OPTIONS: _ignored, ...clean } = process.env;
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...clean, NEXT_TELEMETRY_DISABLED: '1', ...env },
  });
  if (result.status !== 0) throw new Error(`${label} failed`);
}

// Mails queued by one scenario must not be sent while the next one measures.
async function settle(client: pg.Client) {
  const started = Date.now();
  const pending = async () =>
    Number(
      (
        await client.query<{ n: string }>(
          `SELECT count(*)::text AS n FROM "OutboxMail" WHERE status IN ('queued', 'retrying')`,
        )
      ).rows[0]?.n,
    );
  const first = await pending();
  while (Date.now() - started < 180_000) {
    if ((await pending()) === 0) {
      if (first > 0) log(`outbox: ${first} pending mails sent in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      return;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  log('outbox did not drain within 3 minutes; measuring anyway');
}

const hasBuild = existsSync(path.join(root, '.next', 'BUILD_ID'));
if (!process.argv.includes('--skip-build') && !(process.argv.includes('--reuse-build') && hasBuild))
  runStep('fresh production build', [path.join(root, 'node_modules/next/dist/bin/next'), 'build']);
// The server signs tickets with this key and the check-in scenario signs its test tickets with it too.
process.env.TICKET_SIGNING_KEY ??= generateKeyPairSync('ed25519')
  .privateKey.export({ format: 'der', type: 'pkcs8' })
  .toString('base64');

let stack: Stack | undefined;
const rows: Row[] = [];
try {
  // --mail-worker off: the server sends no mail during the run (to see the request path alone).
  stack = await startStack(arg('--mail-worker') === 'off' ? { MAIL_WORKER: 'off' } : {});
  runStep('seeding the conference', ['--import', 'tsx', path.join(root, 'scripts/seed.ts')], {
    DATABASE_URL: stack.databaseUrl,
  });
  const client = new pg.Client({ connectionString: stack.databaseUrl });
  await client.connect();
  const {
    rows: [event],
  } = await client.query<{ slug: string }>(
    `SELECT slug FROM "Event" WHERE published AND NOT "isExample" ORDER BY "startsAt" LIMIT 1`,
  );
  if (!event) throw new Error('the seed created no published event');
  const ctx: BenchContext = { stack, client, eventSlug: event.slug, seconds, log };
  for (const [name, scenario] of selected) {
    await settle(client);
    log(`scenario ${name}`);
    rows.push(...(await scenario(ctx)));
  }
  await client.end();
} finally {
  await stack?.stop();
}

const table = markdownTable(rows);
console.log(`\n${table}\n`);
if (!only) {
  const doc = `# Benchmark results\n\nOne run of \`npm run bench\` (see the README for how to read the ratios and \`bench/NOTES.md\` for what was\nfound and tried).\n\n## Machine\n\n${machineDescription()}\n\n## Results\n\n${table}\n`;
  await writeFile(path.join(root, 'bench', 'results.md'), doc);
  log('written to bench/results.md');
}
const missed = rows.filter((r) => r.met === false).length;
log(`${rows.filter((r) => r.met !== undefined).length - missed} targets met, ${missed} missed`);
