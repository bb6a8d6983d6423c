// Certificates: 1,000 checked-in registrations of an ended event get their certificates; then the organizers' ZIP
// of all of them is downloaded through the server (time and server RSS growth), and one attendee's PDF from the
// manage link. The floor renders the same certificates in a plain Node process, without HTTP and ZIP.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { insertBulkRegistrations } from '../../test/bulk-registrations';
import { percentile, root } from '../harness';
import { insertEvent, organizerCookie, type Scenario } from './context';
import { download, timed } from './export';

const MB = 1024 * 1024;

/** Runs certificates-child.ts with the server's environment and returns its JSON line. */
function child(env: NodeJS.ProcessEnv, mode: 'issue' | 'render', eventId: string): Promise<Record<string, number>> {
  const { NODE_OPTIONS: _ignored, ...clean } = env;
  const script = path.join(root, 'bench/scenarios/certificates-child.ts');
  // react-server: the app's server modules import 'server-only', which only that condition lets through.
  const proc = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', script, mode, eventId], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: clean,
  });
  let out = '';
  proc.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    proc.once('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop() ?? '{}')) : reject(new Error(`${mode}: ${code}`)),
    );
  });
}

export const certificatesScenario: Scenario = async ({ stack, client, log }) => {
  const count = Number(process.env.BENCH_CERTIFICATES ?? 1000);
  const tag = randomBytes(4).toString('hex');
  const eventId = await insertEvent(client, `bench-cert-${tag}`, { capacity: count, confirmed: count });
  await insertBulkRegistrations(
    { $executeRawUnsafe: (sql: string, ...values: unknown[]) => client.query(sql, values) } as never,
    eventId,
    count,
  );
  await client.query(`UPDATE "Registration" SET "checkedInAt" = now() WHERE "eventId" = $1`, [eventId]);
  await client.query(
    `UPDATE "Event" SET "startsAt" = now() - interval '1 day', "endsAt" = now() - interval '16 hours' WHERE id = $1`,
    [eventId],
  );
  await client.query(
    `INSERT INTO "CertificateSettings" ("eventId", enabled, "fixedMinutes", "updatedAt") VALUES ($1, true, 480, now())`,
    [eventId],
  );
  // The server's own environment, so the child signs and links exactly as the server does.
  const env = stack.serverEnv(Number(new URL(stack.baseUrl).port));
  const issued = await child(env, 'issue', eventId);
  log(`certificates: ${issued.issued} issued in ${issued.seconds?.toFixed(2)} s`);
  const cookie = await organizerCookie(client, `bench-cert-${tag}`);
  const {
    rows: [person],
  } = await client.query<{ manageToken: string }>(
    `SELECT "manageToken" FROM "Registration" WHERE "eventId" = $1 ORDER BY id LIMIT 1`,
    [eventId],
  );
  const pdfUrl = `${stack.baseUrl}/manage/${person!.manageToken}/certificate.pdf`;
  await download(pdfUrl, ''); // loads the route module, fonts and images once

  const floor = await child(env, 'render', eventId);
  const zip = await timed(stack.serverPid, () =>
    download(`${stack.baseUrl}/dashboard/events/${eventId}/certificates/certificates.zip`, cookie),
  );
  const single: number[] = [];
  for (let i = 0; i < 10; i++) {
    const started = performance.now();
    await download(pdfUrl, '');
    single.push(performance.now() - started);
  }
  const oneMs = percentile(single, 50);
  const floorOneMs = (floor.oneSeconds ?? NaN) * 1000;
  const scenario = `Certificates: ZIP of ${count.toLocaleString('en')}`;
  return [
    {
      scenario,
      measured: 'app: streamed ZIP',
      throughput: `${zip.seconds.toFixed(2)} s (${Math.round(count / zip.seconds)} certificates/s)`,
      ratio: (floor.seconds ?? NaN) / zip.seconds,
      target: '< 20 s, RSS growth < 150 MB',
      met: zip.seconds < 20 && zip.rssGrowthMb < 150,
      notes: `${(zip.bytes / MB).toFixed(1)} MB; server RSS growth ${zip.rssGrowthMb.toFixed(0)} MB`,
    },
    {
      scenario,
      measured: 'floor: render each PDF in one Node process',
      throughput: `${(floor.seconds ?? NaN).toFixed(2)} s`,
      notes: `${((floor.bytes ?? 0) / MB).toFixed(1)} MB in ${floor.count} PDFs; issuing took ${issued.seconds?.toFixed(2)} s`,
    },
    {
      scenario: 'Certificates: one PDF',
      measured: 'app: manage-link download',
      throughput: `${oneMs.toFixed(1)} ms (median of 10)`,
      p50: oneMs,
      ratio: floorOneMs / oneMs,
    },
    {
      scenario: 'Certificates: one PDF',
      measured: 'floor: render in one Node process',
      throughput: `${floorOneMs.toFixed(1)} ms (median of 10)`,
    },
  ];
};
