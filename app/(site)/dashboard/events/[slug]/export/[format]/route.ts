import type { NextRequest } from 'next/server';
import { requireApiRole } from '@/lib/auth/guards';
import { isAppError } from '@/lib/errors';
import { attendeeExportResponse } from '@/lib/export/http';

export const dynamic = 'force-dynamic';

/** Streams the filtered attendees as `csv`, `xlsx` or `json` (filters and columns from the query string). */
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string; format: string }> }) {
  try {
    const user = await requireApiRole('organizer');
    const { slug, format } = await params;
    return await attendeeExportResponse(user, slug, format, request.nextUrl.searchParams);
  } catch (error) {
    if (isAppError(error)) return Response.json({ error: error.message }, { status: error.status });
    throw error;
  }
}
