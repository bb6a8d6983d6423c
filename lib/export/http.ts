import 'server-only';
import { parseAttendeeFilters } from '@/lib/attendees/filters';
import type { SessionUser } from '@/lib/auth/guards';
import { isAppError } from '@/lib/errors';
import { columnKeysSchema } from './columns';
import { EXPORT_FORMATS, startAttendeeExport, type ExportFormat } from './service';

const jsonError = (status: number, error: string) =>
  Response.json({ error }, { status, headers: { 'Cache-Control': 'no-store' } });

/** The columns of an export request: `columns=a,b,q:x` (or repeated `col=a&col=b` from the export page's form). */
export function requestedColumns(params: URLSearchParams) {
  const keys = [...params.getAll('col'), ...(params.get('columns')?.split(',') ?? [])]
    .map((k) => k.trim())
    .filter(Boolean);
  return columnKeysSchema.safeParse(keys);
}

/** The streamed download of an export route (the route has authorised `user` as organizer); bad input is a 4xx. */
export async function attendeeExportResponse(
  user: SessionUser,
  slug: string,
  format: string,
  params: URLSearchParams,
): Promise<Response> {
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) return jsonError(404, 'Unbekanntes Exportformat.');
  const filters = parseAttendeeFilters(params);
  if (!filters.success) return jsonError(400, filters.error.issues[0]?.message ?? 'Ungültige Filter.');
  const columns = requestedColumns(params);
  if (!columns.success) return jsonError(400, columns.error.issues[0]?.message ?? 'Ungültige Spalten.');
  try {
    const exported = await startAttendeeExport({
      format: format as ExportFormat,
      slug,
      filters: filters.data,
      columnKeys: columns.data,
      actor: user.email,
    });
    const { filename } = exported;
    return new Response(exported.body, {
      headers: {
        'Content-Type': exported.contentType,
        'Content-Disposition': `attachment; filename="${filename}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch (error) {
    if (isAppError(error)) return jsonError(error.status, error.message);
    throw error;
  }
}
