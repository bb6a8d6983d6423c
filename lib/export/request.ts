import 'server-only';
import { parseAttendeeFilters } from '@/lib/attendees/filters';
import type { SessionUser } from '@/lib/auth/guards';
import { AppError, inputError } from '@/lib/errors';
import { downloadHeaders } from '@/lib/server/download';
import { columnKeysSchema } from './columns';
import { EXPORT_FORMATS, type ExportFormat, startAttendeeExport } from './service';

/** The columns of an export request: `columns=a,b,q:x` (or repeated `col=a&col=b` from the export page's form). */
export function requestedColumns(params: URLSearchParams): string[] {
  const keys = [...params.getAll('col'), ...(params.get('columns')?.split(',') ?? [])]
    .map((k) => k.trim())
    .filter(Boolean);
  const parsed = columnKeysSchema.safeParse(keys);
  if (!parsed.success) throw inputError(parsed.error.issues.map((issue) => ({ ...issue, path: ['columns'] })));
  return parsed.data;
}

function isExportFormat(format: string): format is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(format);
}

/**
 * The streamed download of an export URL: format from the path, filters and columns from the query string. The
 * route has authorised `user` as organizer; an unknown format is 404, bad filters or columns are 400.
 */
export async function attendeeExportDownload(
  user: SessionUser,
  slug: string,
  format: string,
  params: URLSearchParams,
): Promise<Response> {
  if (!isExportFormat(format)) throw new AppError('NOT_FOUND', 'unknownExportFormat');
  const filters = parseAttendeeFilters(params);
  if (!filters.success) throw inputError(filters.error.issues);
  const exported = await startAttendeeExport({
    format,
    slug,
    filters: filters.data,
    columnKeys: requestedColumns(params),
    actor: user.email,
  });
  return new Response(exported.body, { headers: downloadHeaders(exported.filename, exported.contentType) });
}
