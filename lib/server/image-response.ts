import 'server-only';

/**
 * An uploaded image as a response: its verified type, never sniffed by the browser, never run as a document.
 * Public images live under an id that changes with the content, so they are cached for a year.
 */
export function imageResponse(bytes: Uint8Array, mime: string, isPublic: boolean): Response {
  return new Response(Buffer.from(bytes), {
    headers: {
      'Content-Type': mime,
      'Content-Length': String(bytes.byteLength),
      'Cache-Control': isPublic ? 'public, max-age=31536000, immutable' : 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
      // Even if a browser were tricked into rendering it as a document, nothing in it may run.
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Content-Disposition': 'inline',
    },
  });
}
