import { NextResponse, type NextRequest } from 'next/server';
import { requireApiRole } from '@/lib/auth/guards';
import { isAppError } from '@/lib/errors';
import { pdfDownloadHeaders } from '@/lib/print/http';
import { getPrintEvent } from '@/lib/print/queries';
import { parsePrintFilter } from '@/lib/print/schema';
import { signInSheetPdf } from '@/lib/print/service';

export const dynamic = 'force-dynamic';

/** The event's sign-in sheet (Teilnehmerliste) as a PDF; `?q=…&status=confirmed` as in the attendee list. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  try {
    const user = await requireApiRole('organizer');
    const { slug } = await params;
    const filter = parsePrintFilter(request.nextUrl.searchParams);
    if (!filter.ok) return NextResponse.json({ error: filter.message }, { status: 400 });
    const event = await getPrintEvent(slug);
    if (!event) return NextResponse.json({ error: 'Veranstaltung nicht gefunden.' }, { status: 404 });
    return new Response(signInSheetPdf(event, filter.data, user.email), {
      headers: pdfDownloadHeaders('teilnehmerliste', slug),
    });
  } catch (error) {
    if (isAppError(error)) return NextResponse.json({ error: error.message }, { status: error.status });
    throw error;
  }
}
