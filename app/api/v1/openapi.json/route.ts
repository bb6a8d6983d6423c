// Public on purpose: the description of the public API.
import { jsonResponse } from '@/lib/api/http';
import { buildOpenApiDocument } from '@/lib/api/openapi';
import { env } from '@/lib/server/env';

// The server URL comes from APP_URL at run time, not from the build machine.
export const dynamic = 'force-dynamic';

export function GET() {
  return jsonResponse(buildOpenApiDocument(env.APP_URL));
}
