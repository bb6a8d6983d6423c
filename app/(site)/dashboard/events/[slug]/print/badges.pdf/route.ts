import { NextResponse, type NextRequest } from 'next/server';
import { requireApiRole } from '@/lib/auth/guards';
import { isAppError } from '@/lib/errors';
import { pdfDownloadHeaders } from '@/lib/print/http';
import { getPrintEvent } from '@/lib/print/queries';
import { parseBadgeOptions } from '@/lib/print/schema';
import { badgesPdf } from '@/lib/print/service';

export const dynamic = 'force-dynamic';

/** Name badges as a PDF on A4: `?grid=2x4` (columns x rows), `crop=1` for crop marks, filters as in the attendee list. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  try {
    const user = await requireApiRole('organizer');
    const { slug } = await params;
    const options = parseBadgeOptions(request.nextUrl.searchParams);
    if (!options.ok) return NextResponse.json({ error: options.message }, { status: 400 });
    const event = await getPrintEvent(slug);
    if (!event) return NextResponse.json({ error: 'Veranstaltung nicht gefunden.' }, { status: 404 });
    return new Response(badgesPdf(event, options.data, user.email), {
      headers: pdfDownloadHeaders('namensschilder', slug),
    });
  } catch (error) {
    if (isAppError(error)) return NextResponse.json({ error: error.message }, { status: error.status });
    throw error;
  }
}
