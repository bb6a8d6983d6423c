import { NextResponse, type NextRequest } from 'next/server';
import { iterateAttendeesForExport } from '@/lib/attendees/queries';
import { parseAttendeeSearch } from '@/lib/attendees/schema';
import { requireApiRole } from '@/lib/auth/guards';
import { isAppError } from '@/lib/errors';
import { attendeeCsvStream } from '@/lib/export/csv';

export const dynamic = 'force-dynamic';

const berlinDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Streams the (optionally filtered) attendee list of one event as a German-Excel CSV file. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  try {
    await requireApiRole('organizer');
    const { slug } = await params;
    // Only q matters here; a stray page parameter from the list URL is ignored.
    const search = parseAttendeeSearch({ q: request.nextUrl.searchParams.get('q') ?? undefined });
    if (!search.success) {
      return NextResponse.json({ error: search.error.issues[0]?.message ?? 'Ungültige Suchangaben.' }, { status: 400 });
    }
    const exported = await iterateAttendeesForExport(slug, search.data.q);
    if (!exported) return NextResponse.json({ error: 'Veranstaltung nicht gefunden.' }, { status: 404 });
    const filename = `teilnehmende-${slug}-${berlinDate.format(new Date())}.csv`;
    return new Response(attendeeCsvStream(exported.batches, exported.questions), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${filename}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch (error) {
    if (isAppError(error)) return NextResponse.json({ error: error.message }, { status: error.status });
    throw error;
  }
}
