/** Headers of a file download: the name also as RFC 5987 UTF-8, never cached, never sniffed into something else. */
export function downloadHeaders(filename: string, contentType: string): Record<string, string> {
  const ascii = filename.replace(/[^\w.-]+/g, '_');
  return {
    'Content-Type': contentType,
    'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  };
}
