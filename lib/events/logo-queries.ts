import 'server-only';
import { db } from '@/lib/server/db';
import { sniffLogoMime } from './logo';

/** A host's logo with the verified type and whether its event is public; null when there is none. */
export async function getHostLogo(hostId: string) {
  // Public on purpose (media route): the caller decides by `published` who may see it.
  const host = await db.host.findUnique({
    where: { id: hostId },
    select: { logo: true, event: { select: { published: true } } },
  });
  if (!host?.logo) return null;
  // The type is taken from the bytes again, never from a stored string alone.
  const mime = sniffLogoMime(host.logo);
  if (!mime) return null;
  return { bytes: host.logo, mime, published: host.event.published };
}
