'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { refArg } from '@/lib/edge/args';
import { AppError } from '@/lib/errors';
import { defineAction } from '@/lib/server/edge/action';
import { db } from '@/lib/server/db';
import { certificateReasonSchema } from './schema';
import { grantCertificate, revokeCertificate } from './service';

/** The registration, only when it belongs to the event of the page it was called from. */
async function ownedRegistration(slug: string, registrationId: string) {
  const owned = await db.registration.findFirst({
    where: { id: registrationId, event: { slug } },
    select: { id: true, certificate: { select: { id: true } } },
  });
  if (!owned) throw new AppError('NOT_FOUND', 'registrationNotFound');
  return owned;
}

const detailPath = (slug: string, registrationId: string) =>
  `/dashboard/events/${slug}/registrations/${registrationId}`;

/** An organizer issues a certificate to someone who was not checked in, with a reason (audited). */
export const grantCertificateAction = defineAction({
  access: 'organizer',
  input: z.tuple([refArg, refArg, certificateReasonSchema]),
  run: async ([slug, registrationId, { reason }], { user }) => {
    const owned = await ownedRegistration(slug, registrationId);
    const certificate = await grantCertificate({ registrationId: owned.id, reason, actor: user.email });
    revalidatePath(detailPath(slug, owned.id));
    return { id: certificate.id };
  },
});

/** An organizer revokes the person's certificate, with a reason (audited, never shown publicly). */
export const revokeCertificateAction = defineAction({
  access: 'organizer',
  input: z.tuple([refArg, refArg, certificateReasonSchema]),
  run: async ([slug, registrationId, { reason }], { user }) => {
    const owned = await ownedRegistration(slug, registrationId);
    if (!owned.certificate) throw new AppError('NOT_FOUND', 'certificateNotFound');
    await revokeCertificate({ certificateId: owned.certificate.id, reason, actor: user.email });
    revalidatePath(detailPath(slug, owned.id));
    return { id: owned.certificate.id };
  },
});
