import { NextResponse } from 'next/server';
import { getCapturedMailAttachment } from '@/lib/dev-mail/queries';
import { env } from '@/lib/server/env';

export const dynamic = 'force-dynamic';

/** Downloads one attachment of a captured mail. */
// Public on purpose: part of the local mail view, which exists only when env.mailViewEnabled.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; index: string }> }) {
  if (!env.mailViewEnabled) return NextResponse.json({ error: 'Nicht gefunden.' }, { status: 404 });
  const { id, index } = await params;
  if (!/^\d{1,4}$/.test(index)) return NextResponse.json({ error: 'Ungültige Anhangnummer.' }, { status: 400 });
  const attachment = await getCapturedMailAttachment(id, Number(index));
  if (!attachment) return NextResponse.json({ error: 'Anhang nicht gefunden.' }, { status: 404 });
  const asciiName = attachment.filename.replace(/[^\w.-]+/g, '_');
  return new Response(new Uint8Array(attachment.content), {
    headers: {
      'Content-Type': attachment.contentType,
      'Content-Disposition': `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(attachment.filename)}`,
      'Content-Length': String(attachment.content.length),
      // Mail content must never run as a page of this site.
      'Content-Security-Policy': "sandbox; default-src 'none'",
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    },
  });
}
