import { getCurrentUser } from '@/lib/auth/guards';
import { AppError } from '@/lib/errors';
import { getHostLogo } from '@/lib/events/logo-queries';
import { defineRoute } from '@/lib/server/edge/route';
import { imageResponse } from '@/lib/server/image-response';

// Public on purpose: logos of published events appear on the public pages. Logos of unpublished events only for
// organizers, and then not cached. A new logo gives the host a new id, so the content behind an id never changes.
export const GET = defineRoute({
  access: 'public',
  run: async ({ params }) => {
    const id = params.id ?? '';
    const logo = /^[\w-]{1,64}$/.test(id) ? await getHostLogo(id) : null;
    const user = logo && !logo.published ? await getCurrentUser() : null;
    // Unpublished logos look missing to everyone else, so their ids reveal nothing.
    if (!logo || (!logo.published && (!user || user.role === 'staff'))) throw new AppError('NOT_FOUND', 'notFound');
    return imageResponse(logo.bytes, logo.mime, logo.published);
  },
});
