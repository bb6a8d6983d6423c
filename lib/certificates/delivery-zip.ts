import { once } from 'node:events';
import type { Readable } from 'node:stream';
import archiver from 'archiver';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { db } from '@/lib/server/db';
import { namedCertificateFileName, uniqueFileNames } from './delivery-files';
import { renderCertificatePdf } from './document';
import { getCertificateDocumentInput } from './load';
import { log } from '@/lib/server/observability/logger';

const zipWhere = (eventId: string) => ({ eventId, revokedAt: null, anonymizedAt: null });

// Ids and names only: a thousand of them are a few kilobytes, the PDFs are rendered one at a time.
function listZipEntries(eventId: string) {
  return db.certificate.findMany({
    where: zipWhere(eventId),
    select: { id: true, holderName: true },
    orderBy: [{ holderName: 'asc' }, { id: 'asc' }],
  });
}

/** How many certificates the ZIP of the event would hold. */
export function countZipCertificates(eventId: string): Promise<number> {
  return db.certificate.count({ where: zipWhere(eventId) });
}

/**
 * The event's valid certificates as one streamed ZIP: one PDF is rendered, written and let go before the next,
 * and rendering waits while the client reads slowly, so memory stays flat however many there are.
 */
export async function certificatesZipStream(eventId: string): Promise<ReadableStream<Uint8Array>> {
  const entries = await listZipEntries(eventId);
  // PDFs are compressed already; storing them saves the server's CPU and loses almost nothing.
  const archive = archiver('zip', { store: true });
  const base = getDictionary('de').certificates.delivery.fileBase;
  const unique = uniqueFileNames();
  // A client that goes away closes the archive; rendering stops instead of waiting for a reader forever.
  const gone = new AbortController();
  archive.once('close', () => gone.abort());
  const produce = async () => {
    for (const entry of entries) {
      if (gone.signal.aborted) return;
      const input = await getCertificateDocumentInput(entry.id);
      if (!input) continue;
      const pdf = await renderCertificatePdf(input);
      const written = once(archive, 'entry', { signal: gone.signal });
      archive.append(pdf, { name: unique(namedCertificateFileName(base, entry.holderName)) });
      await written;
    }
    await archive.finalize();
  };
  produce().catch((error: unknown) => {
    if (gone.signal.aborted) return;
    log('certificates').error({ err: error }, 'ZIP aborted');
    archive.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return pulledFrom(archive);
}

// The response pulls each chunk when the client has taken the last one. (Readable.toWeb on Node 20 counts its
// queue in chunks against a limit meant in bytes, so a slow client would let the whole archive pile up in memory.)
function pulledFrom(readable: Readable): ReadableStream<Uint8Array> {
  const chunks = readable[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(new Uint8Array(next.value as Buffer));
      },
      async cancel() {
        await chunks.return?.();
      },
    },
    { highWaterMark: 0 },
  );
}
