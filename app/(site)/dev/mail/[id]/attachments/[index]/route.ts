import { getCapturedMailAttachment } from '@/lib/dev-mail/queries';
import { AppError } from '@/lib/errors';
import { downloadHeaders } from '@/lib/server/download';
import { defineRoute } from '@/lib/server/edge/route';
import { env } from '@/lib/server/env';

export const dynamic = 'force-dynamic';

/** Downloads one attachment of a captured mail. */
// Public on purpose: part of the local mail view, which exists only when env.mailViewEnabled.
export const GET = defineRoute({
  access: 'public',
  run: async ({ params }) => {
    if (!env.mailViewEnabled) throw new AppError('NOT_FOUND', 'mailViewOff');
    const { id = '', index = '' } = params;
    if (!/^\d{1,4}$/.test(index)) throw new AppError('INVALID_INPUT', 'invalidAttachmentNumber');
    const attachment = await getCapturedMailAttachment(id, Number(index));
    if (!attachment) throw new AppError('NOT_FOUND', 'attachmentNotFound');
    return new Response(new Uint8Array(attachment.content), {
      headers: {
        ...downloadHeaders(attachment.filename, attachment.contentType),
        'Content-Length': String(attachment.content.length),
        // Mail content must never run as a page of this site.
        'Content-Security-Policy': "sandbox; default-src 'none'",
      },
    });
  },
});
