import { getBrandingLogo } from '@/lib/branding/queries';
import { AppError } from '@/lib/errors';
import { imageResponse } from '@/lib/server/image-response';
import { defineRoute } from '@/lib/server/edge/route';

// Public on purpose: the header of every page shows the organizer's logo. A new logo gets a new id, so the content
// behind an id never changes and can be cached for a year.
export const GET = defineRoute({
  access: 'public',
  run: async ({ params }) => {
    const id = params.id ?? '';
    const logo = /^[\w-]{1,64}$/.test(id) ? await getBrandingLogo(id) : null;
    if (!logo) throw new AppError('NOT_FOUND', 'notFound');
    return imageResponse(logo.bytes, logo.mime, true);
  },
});
