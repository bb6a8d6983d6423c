import { recordAudit } from '@/lib/audit/service';
import { AppError } from '@/lib/errors';
import { sniffLogoMime } from '@/lib/events/logo';
import { certificateSettings } from '@/lib/i18n/de/certificate-settings';
import { db, type Tx } from '@/lib/server/db';
import { type CertificateSettingsInput, MAX_SIGNATURE_BYTES } from './settings-schema';

const msg = certificateSettings.validation;

export type SignatureMime = 'image/png' | 'image/jpeg';

/** Finished text at the signature field (German; the editor shows it in its own language). */
const signatureError = (text: string) => new AppError('INVALID_INPUT', 'invalidInput', {}, { signature: text });

/** A signature image's verified type, by its bytes (the host logos' sniffing, without WebP); null if neither. */
export function sniffSignatureMime(bytes: Uint8Array): SignatureMime | null {
  const mime = sniffLogoMime(bytes);
  return mime === 'image/png' || mime === 'image/jpeg' ? mime : null;
}

/** Checks an uploaded signature: not empty, at most 500 kB, PNG or JPEG by its bytes. */
export function validateSignature(bytes: Uint8Array): { signature: Uint8Array<ArrayBuffer>; mime: SignatureMime } {
  if (bytes.byteLength === 0) throw signatureError(msg.signatureEmpty);
  if (bytes.byteLength > MAX_SIGNATURE_BYTES) throw signatureError(msg.signatureTooLarge);
  const mime = sniffSignatureMime(bytes);
  if (!mime) throw signatureError(msg.signatureType);
  return { signature: new Uint8Array(bytes), mime };
}

async function requireEvent(tx: Tx, eventId: string): Promise<{ slug: string }> {
  const event = await tx.event.findUnique({ where: { id: eventId }, select: { slug: true } });
  if (!event) throw new AppError('NOT_FOUND', 'eventNotFound');
  return event;
}

/** Stores an event's certificate settings as `certificateSettingsSchema` parsed them; the signature image is kept. */
export async function saveCertificateSettings(
  actor: string,
  eventId: string,
  data: CertificateSettingsInput,
): Promise<{ slug: string }> {
  return db.$transaction(async (tx) => {
    const event = await requireEvent(tx, eventId);
    await tx.certificateSettings.upsert({ where: { eventId }, create: { eventId, ...data }, update: data });
    await recordAudit(tx, {
      actor,
      action: 'certificate.settings',
      eventId,
      summary: 'Einstellungen der Teilnahmebescheinigung geändert.',
      details: { enabled: data.enabled, hoursMode: data.hoursMode, fixedMinutes: data.fixedMinutes },
    });
    return event;
  });
}

/** Sets or replaces the signature image; refused bytes write nothing. */
export async function saveCertificateSignature(
  actor: string,
  eventId: string,
  bytes: Uint8Array,
): Promise<{ slug: string }> {
  const { signature, mime } = validateSignature(bytes);
  return db.$transaction(async (tx) => {
    const event = await requireEvent(tx, eventId);
    const data = { signature, signatureMime: mime };
    await tx.certificateSettings.upsert({ where: { eventId }, create: { eventId, ...data }, update: data });
    await recordAudit(tx, {
      actor,
      action: 'certificate.signature',
      eventId,
      summary: 'Unterschriftsbild der Teilnahmebescheinigung hochgeladen.',
      details: { change: 'replaced', mime, bytes: signature.byteLength },
    });
    return event;
  });
}

/** Removes the signature image (the other settings stay). */
export async function removeCertificateSignature(actor: string, eventId: string): Promise<{ slug: string }> {
  return db.$transaction(async (tx) => {
    const event = await requireEvent(tx, eventId);
    await tx.certificateSettings.updateMany({ where: { eventId }, data: { signature: null, signatureMime: null } });
    await recordAudit(tx, {
      actor,
      action: 'certificate.signature',
      eventId,
      summary: 'Unterschriftsbild der Teilnahmebescheinigung entfernt.',
      details: { change: 'removed' },
    });
    return event;
  });
}

/** Copies an event's certificate settings to another (a new edition), inside the caller's transaction. */
export async function copyCertificateSettings(
  tx: Pick<Tx, 'certificateSettings'>,
  fromEventId: string,
  toEventId: string,
): Promise<void> {
  const source = await tx.certificateSettings.findUnique({ where: { eventId: fromEventId } });
  if (!source) return;
  const { eventId: _from, updatedAt: _at, ...settings } = source;
  await tx.certificateSettings.create({ data: { ...settings, eventId: toEventId } });
}
