import { z } from 'zod';
import { renderCertificatePdf } from '@/lib/certificates/document';
import { getCertificateEvent, getCertificatePreviewSource } from '@/lib/certificates/settings-queries';
import { certificatePreviewDocument, SAMPLE_CERTIFICATE_ID } from '@/lib/certificates/settings-sample';
import { AppError } from '@/lib/errors';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { appUrl } from '@/lib/mail/compose/shared';
import { defineRoute } from '@/lib/server/edge/route';

export const dynamic = 'force-dynamic';

/** The saved certificate settings as a PDF with the sample holder, marked as a sample: organizers only, not cached. */
export const GET = defineRoute({
  access: 'organizer',
  event: getCertificateEvent,
  query: z.object({ lang: z.enum(['de', 'en']).optional().catch(undefined) }),
  run: async ({ event, query, locale }) => {
    const source = await getCertificatePreviewSource(event.id);
    if (!source) throw new AppError('NOT_FOUND', 'eventNotFound');
    const lang = query.lang ?? locale;
    const input = certificatePreviewDocument(source, lang, {
      fallbackSessions: getDictionary(lang).certificates.settings.preview.sampleSessions,
      verifyUrl: appUrl(`/verify/${SAMPLE_CERTIFICATE_ID}`),
    });
    const pdf = await renderCertificatePdf(input);
    return new Response(new Uint8Array(pdf), {
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Length': String(pdf.byteLength),
        'Content-Disposition': `inline; filename="bescheinigung-muster-${event.slug}.pdf"`,
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  },
});
