import { downloadHeaders } from '@/lib/server/download';

const berlinDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Headers of a PDF download: German file name (with today's date in Berlin), never cached. */
export function pdfDownloadHeaders(prefix: string, slug: string, now = new Date()): Record<string, string> {
  return downloadHeaders(`${prefix}-${slug}-${berlinDate.format(now)}.pdf`, 'application/pdf');
}

/** A streamed PDF download named `<prefix>-<slug>-<date>.pdf`. */
export function pdfDownload(pdf: ReadableStream<Uint8Array>, prefix: string, slug: string): Response {
  return new Response(pdf, { headers: pdfDownloadHeaders(prefix, slug) });
}
