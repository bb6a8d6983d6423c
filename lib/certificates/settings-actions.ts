'use server';

import { z } from 'zod';
import { refArg } from '@/lib/edge/args';
import { formFile } from '@/lib/edge/form-data';
import { certificateSettings } from '@/lib/i18n/de/certificate-settings';
import { defineAction } from '@/lib/server/edge/action';
import { certificateSettingsSchema } from './settings-schema';
import { removeCertificateSignature, saveCertificateSettings, saveCertificateSignature } from './settings-service';

/** Saves an event's certificate settings (wording, signatory, hours); the signature image is kept. */
export const saveCertificateSettingsAction = defineAction({
  access: 'organizer',
  input: z.tuple([refArg, certificateSettingsSchema]),
  run: async ([eventId, values], { user }) => saveCertificateSettings(user.email, eventId, values),
});

// The multipart upload form: one file field, checked by its bytes in the service.
const signatureForm = z.preprocess(
  (form) => (form instanceof FormData ? { signature: formFile(form, 'signature') } : form),
  z.object({ signature: z.instanceof(File, { error: certificateSettings.validation.signatureMissing }) }),
);

/** Uploads (or replaces) the signature image: PNG or JPEG by its bytes, at most 500 kB. */
export const uploadCertificateSignatureAction = defineAction({
  access: 'organizer',
  input: z.tuple([refArg, signatureForm]),
  run: async ([eventId, { signature }], { user }) =>
    saveCertificateSignature(user.email, eventId, new Uint8Array(await signature.arrayBuffer())),
});

/** Removes the signature image. */
export const removeCertificateSignatureAction = defineAction({
  access: 'organizer',
  input: z.tuple([refArg]),
  run: async ([eventId], { user }) => removeCertificateSignature(user.email, eventId),
});
