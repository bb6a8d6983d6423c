import { certificatePublicKeyPem } from '@/lib/certificates/keys';
import { defineRoute } from '@/lib/server/edge/route';

export const dynamic = 'force-dynamic';

/** The public key that certificates of attendance are signed with (SPKI PEM), for verification without this site. */
export const GET = defineRoute({
  access: 'public',
  cors: true,
  run: async () =>
    new Response(certificatePublicKeyPem(), {
      headers: {
        'Content-Type': 'application/x-pem-file; charset=utf-8',
        'Cache-Control': 'public, max-age=3600',
        'X-Content-Type-Options': 'nosniff',
      },
    }),
});
