import { getCurrentUser } from '@/lib/auth/guards';
import { getHostLogo } from '@/lib/events/logo-queries';

// Public on purpose: logos of published events appear on the public pages. Logos of unpublished events only for
// organizers, and then not cached. A new logo gives the host a new id, so the content behind an id never changes.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const logo = id.length <= 64 ? await getHostLogo(id) : null;
  const notFound = () =>
    new Response('Nicht gefunden', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
    });
  if (!logo) return notFound();
  if (!logo.published) {
    const user = await getCurrentUser();
    if (!user || user.role === 'staff') return notFound();
  }
  return new Response(Buffer.from(logo.bytes), {
    headers: {
      'Content-Type': logo.mime,
      'Content-Length': String(logo.bytes.byteLength),
      'Cache-Control': logo.published ? 'public, max-age=31536000, immutable' : 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
      // Even if a browser were tricked into rendering it as a document, nothing in it may run.
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Content-Disposition': 'inline',
    },
  });
}
