// Public on purpose: the unguessable manage token in the URL is the credential.
import { namedCertificateFileName, refusedDownload } from '@/lib/certificates/delivery-files';
import { getCertificateForManageToken } from '@/lib/certificates/delivery-service';
import { renderCertificatePdf } from '@/lib/certificates/document';
import { getCertificateDocumentInput } from '@/lib/certificates/load';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { downloadHeaders } from '@/lib/server/download';
import { defineRoute } from '@/lib/server/edge/route';

export const dynamic = 'force-dynamic';

/** The attendee's certificate as a PDF, issued on first request; 404 unknown link, 409 before the end or not eligible. */
export const GET = defineRoute({
  access: 'public',
  run: async ({ params, locale }) => {
    const t = getDictionary(locale).certificates.delivery;
    const found = await getCertificateForManageToken(params.token ?? '');
    if (!found.ok) {
      if (found.reason === 'notFound') return refusedDownload(404, t.downloadNotFound);
      return refusedDownload(409, found.reason === 'notEnded' ? t.downloadNotEnded : t.downloadNotEligible);
    }
    const input = await getCertificateDocumentInput(found.certificateId);
    if (!input) return refusedDownload(404, t.downloadNotFound);
    const pdf = await renderCertificatePdf(input);
    const base = getDictionary(input.locale).certificates.delivery.fileBase;
    return new Response(new Uint8Array(pdf), {
      headers: {
        ...downloadHeaders(namedCertificateFileName(base, found.holderName), 'application/pdf'),
        'Cache-Control': 'private, no-store',
      },
    });
  },
});
