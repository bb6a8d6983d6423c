// Public on purpose: the description of the public API.
import { buildOpenApiDocument } from '@/lib/api/openapi';
import { env } from '@/lib/server/env';
import { defineRoute } from '@/lib/server/edge/route';

// The server URL comes from APP_URL at run time, not from the build machine.
export const dynamic = 'force-dynamic';

export const GET = defineRoute({
  access: 'public',
  cors: true,
  run: async () => buildOpenApiDocument(env.APP_URL),
});
