import { getCurrentUser } from '@/lib/auth/guards';
import { getCoverImage } from '@/lib/covers/queries';
import { AppError } from '@/lib/errors';
import { defineRoute } from '@/lib/server/edge/route';
import { imageResponse } from '@/lib/server/image-response';

// Public on purpose: covers of published events appear on their pages and in link previews. Covers of unpublished
// events only for organizers, and then not cached. A new image gets a new id, so an id's content never changes.
export const GET = defineRoute({
  access: 'public',
  run: async ({ params }) => {
    const id = params.id ?? '';
    const cover = /^[\w-]{1,64}$/.test(id) ? await getCoverImage(id) : null;
    const user = cover && !cover.published ? await getCurrentUser() : null;
    if (!cover || (!cover.published && (!user || user.role === 'staff'))) throw new AppError('NOT_FOUND', 'notFound');
    return imageResponse(cover.bytes, cover.mime, cover.published);
  },
});
