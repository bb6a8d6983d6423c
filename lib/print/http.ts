const berlinDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Headers of a PDF download: German file name (with today's date in Berlin), never cached. */
export function pdfDownloadHeaders(prefix: string, slug: string, now = new Date()): HeadersInit {
  const filename = `${prefix}-${slug}-${berlinDate.format(now)}.pdf`;
  return {
    'Content-Type': 'application/pdf',
    'Content-Disposition': `attachment; filename="${filename}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  };
}
