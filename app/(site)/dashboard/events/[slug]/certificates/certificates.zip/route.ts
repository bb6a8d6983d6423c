import { refusedDownload } from '@/lib/certificates/delivery-files';
import { getCertificateZipEvent } from '@/lib/certificates/delivery-queries';
import { certificatesZipStream, countZipCertificates } from '@/lib/certificates/delivery-zip';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { downloadHeaders } from '@/lib/server/download';
import { defineRoute } from '@/lib/server/edge/route';

export const dynamic = 'force-dynamic';

/** All issued, valid certificates of the event as one streamed ZIP; 409 while there is none. */
export const GET = defineRoute({
  access: 'organizer',
  event: getCertificateZipEvent,
  run: async ({ event, locale }) => {
    if ((await countZipCertificates(event.id)) === 0) {
      return refusedDownload(409, getDictionary(locale).certificates.delivery.zipNone);
    }
    const headers = downloadHeaders(`Teilnahmebescheinigungen-${event.slug}.zip`, 'application/zip');
    return new Response(await certificatesZipStream(event.id), {
      headers: { ...headers, 'Cache-Control': 'private, no-store' },
    });
  },
});
