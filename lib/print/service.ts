import { recordAudit } from '@/lib/audit/service';
import { Prisma } from '@/lib/generated/prisma/client';
import { db } from '@/lib/server/db';
import { renderBadges } from './badges';
import { createPdf, DownloadCancelled, streamPdf } from './pdf';
import { countPrintRows, getPrintSession, printRowBatches, printWhere } from './queries';
import type { BadgeOptions, PrintFilter } from './schema';
import { renderSignInSheet } from './sign-in-sheet';
import type { PrintEvent } from './types';

// Count, audit and rows read one snapshot, so "Seite x von y" matches the rows even while people register. A download
// cancelled before its end (a HEAD request included) rolls its audit entry back: nothing was printed.
const SNAPSHOT = {
  isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead,
  maxWait: 10_000,
  timeout: 15 * 60_000,
} as const;

const filterDetails = (filter: PrintFilter) => ({
  status: filter.status,
  filtered: filter.q !== '',
  ...(filter.session ? { sessionId: filter.session } : {}),
});

/**
 * The sign-in sheet (Teilnehmerliste) of an event, or of one bookable session (`filter.session`: its confirmed
 * bookings, with the session in the header), as a streamed PDF; records `print.sign-in-sheet` with the row count.
 * An unknown session is a 404 before anything is streamed.
 */
export async function signInSheetPdf(
  event: PrintEvent,
  filter: PrintFilter,
  actor: string,
  now = new Date(),
): Promise<ReadableStream<Uint8Array>> {
  const session = filter.session ? await getPrintSession(event.id, filter.session) : null;
  const doc = createPdf({
    title: `Teilnehmerliste – ${session ? `${session.title} – ` : ''}${event.title}`,
    subject: 'Teilnehmerliste',
  });
  return streamPdf(doc, (ready) =>
    db.$transaction(async (tx) => {
      const where = printWhere(event.id, filter);
      const total = await countPrintRows(tx, where);
      await recordAudit(tx, {
        actor,
        action: 'print.sign-in-sheet',
        eventId: event.id,
        summary: `Teilnehmerliste${session ? ` „${session.title}“` : ''} gedruckt (${total} Zeilen)`,
        details: { rows: total, ...filterDetails(filter) },
      });
      await renderSignInSheet(
        doc,
        { event, session, total, generatedAt: now },
        printRowBatches(tx, event.id, where),
        ready,
      );
      if (!(await ready())) throw new DownloadCancelled();
    }, SNAPSHOT),
  );
}

/**
 * Name badges of an event (or of one bookable session's confirmed bookings) as a streamed PDF in the requested grid,
 * each naming the person's workshops; records `print.badges` with the row count.
 */
export async function badgesPdf(
  event: PrintEvent,
  options: BadgeOptions,
  actor: string,
): Promise<ReadableStream<Uint8Array>> {
  if (options.session) await getPrintSession(event.id, options.session);
  const doc = createPdf({ title: `Namensschilder – ${event.title}`, subject: 'Namensschilder' });
  return streamPdf(doc, (ready) =>
    db.$transaction(async (tx) => {
      const where = printWhere(event.id, options);
      const total = await countPrintRows(tx, where);
      await recordAudit(tx, {
        actor,
        action: 'print.badges',
        eventId: event.id,
        summary: `Namensschilder gedruckt (${total} Stück)`,
        details: {
          rows: total,
          grid: `${options.grid.columns}x${options.grid.rows}`,
          crop: options.crop,
          ...filterDetails(options),
        },
      });
      await renderBadges(
        doc,
        { event, grid: options.grid, cropMarks: options.crop },
        printRowBatches(tx, event.id, where),
        ready,
      );
      if (!(await ready())) throw new DownloadCancelled();
    }, SNAPSHOT),
  );
}
