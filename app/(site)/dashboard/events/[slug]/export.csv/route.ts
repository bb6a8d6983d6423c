import type { NextRequest } from 'next/server';
import { requireApiRole } from '@/lib/auth/guards';
import { isAppError } from '@/lib/errors';
import { attendeeExportResponse } from '@/lib/export/http';

export const dynamic = 'force-dynamic';

/** Kept as an alias of `export/csv` for links made before the export page existed. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  try {
    const user = await requireApiRole('organizer');
    const { slug } = await params;
    return await attendeeExportResponse(user, slug, 'csv', request.nextUrl.searchParams);
  } catch (error) {
    if (isAppError(error)) return Response.json({ error: error.message }, { status: error.status });
    throw error;
  }
}
