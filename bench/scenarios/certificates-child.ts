// Runs in a process of its own with the server's environment (keys, database): `issue <eventId>` issues the
// event's certificates through the app's service; `render <eventId>` is the floor, rendering every certificate
// one after the other with no HTTP and no ZIP, and one of them ten times (median). Prints one JSON line.
import { renderCertificatePdf } from '../../lib/certificates/document';
import { getCertificateDocumentInput } from '../../lib/certificates/load';
import { issueCertificates } from '../../lib/certificates/service';
import { db, disconnectDb } from '../../lib/server/db';

const [mode, eventId] = process.argv.slice(2);
if (!eventId || (mode !== 'issue' && mode !== 'render')) throw new Error('usage: issue|render <eventId>');

async function renderOne(id: string): Promise<number> {
  const input = await getCertificateDocumentInput(id);
  if (!input) throw new Error(`no document input for certificate ${id}`);
  return (await renderCertificatePdf(input)).length;
}

let result: Record<string, number>;
if (mode === 'issue') {
  const started = performance.now();
  const issued = await issueCertificates(eventId);
  result = { seconds: (performance.now() - started) / 1000, ...issued };
} else {
  const ids = (await db.certificate.findMany({ where: { eventId, revokedAt: null }, select: { id: true } })).map(
    (c) => c.id,
  );
  if (ids.length === 0) throw new Error('no certificates to render');
  await renderOne(ids[0]!); // loads fonts and images once, as the server has by the time it is measured
  const single: number[] = [];
  for (let i = 0; i < 10; i++) {
    const oneStarted = performance.now();
    await renderOne(ids[0]!);
    single.push(performance.now() - oneStarted);
  }
  const oneSeconds = single.sort((a, b) => a - b)[5]! / 1000;
  const started = performance.now();
  let bytes = 0;
  for (const id of ids) bytes += await renderOne(id);
  result = { seconds: (performance.now() - started) / 1000, count: ids.length, bytes, oneSeconds };
}
await disconnectDb();
process.stdout.write(`${JSON.stringify(result)}\n`);
process.exit(0);
