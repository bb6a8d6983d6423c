import { describe, expect, it } from 'vitest';
import { isAppError } from '@/lib/errors';
import { duplicateEvent } from '@/lib/events/duplicate-service';
import { db } from '@/lib/server/db';
import { createTestEvent } from '@/test/factories';
import { certificateSettingsSchema, MAX_SIGNATURE_BYTES } from './settings-schema';
import { removeCertificateSignature, saveCertificateSettings, saveCertificateSignature } from './settings-service';

const actor = 'orga@example.test';
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
const WEBP = new Uint8Array([0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50]);

const settings = (values: object) => certificateSettingsSchema.parse(values);
const stored = (eventId: string) => db.certificateSettings.findUnique({ where: { eventId } });
const audits = (eventId: string) => db.auditLog.count({ where: { eventId, action: { startsWith: 'certificate.' } } });

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(isAppError(error, 'INVALID_INPUT')).toBe(true);
  return (error as { fieldErrors: Record<string, string> }).fieldErrors.signature;
}

describe('certificate settings service', () => {
  it('saves the settings, updates them, and keeps the signature while doing so', async () => {
    const event = await createTestEvent();
    await saveCertificateSettings(
      actor,
      event.id,
      settings({
        enabled: true,
        titleDe: 'Bescheinigung',
        bodyDe: '{name} war bei {veranstaltung}.',
        signatoryName: 'Dr. Maria Schneider',
        signatoryFunctionDe: 'Geschäftsführerin',
        fixedHours: '7,5',
      }),
    );
    expect(await stored(event.id)).toMatchObject({
      enabled: true,
      titleDe: 'Bescheinigung',
      titleEn: '',
      bodyDe: '{name} war bei {veranstaltung}.',
      signatoryName: 'Dr. Maria Schneider',
      hoursMode: 'fixed',
      fixedMinutes: 450,
      signature: null,
    });
    await saveCertificateSignature(actor, event.id, PNG);
    await saveCertificateSettings(actor, event.id, settings({ enabled: true, hoursMode: 'sessions', fixedHours: '6' }));
    const row = await stored(event.id);
    expect(row).toMatchObject({ titleDe: '', hoursMode: 'sessions', fixedMinutes: 360, signatureMime: 'image/png' });
    expect(Buffer.from(row!.signature!)).toEqual(Buffer.from(PNG));
    expect(await audits(event.id)).toBe(3);
  });

  it('refuses an unknown event', async () => {
    await expect(saveCertificateSettings(actor, 'no-such-event', settings({}))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('accepts PNG and JPEG by their bytes and removes the signature again', async () => {
    const event = await createTestEvent();
    await saveCertificateSignature(actor, event.id, JPEG);
    expect(await stored(event.id)).toMatchObject({ signatureMime: 'image/jpeg', enabled: false });
    await removeCertificateSignature(actor, event.id);
    expect(await stored(event.id)).toMatchObject({ signature: null, signatureMime: null });
  });

  it('refuses a signature that is no PNG or JPEG by its bytes, too large or empty, and writes nothing', async () => {
    const event = await createTestEvent();
    const text = new TextEncoder().encode('not an image, only named signature.png');
    expect(await refusal(saveCertificateSignature(actor, event.id, text))).toMatch(/kein PNG- oder JPEG-Bild/);
    expect(await refusal(saveCertificateSignature(actor, event.id, WEBP))).toMatch(/kein PNG- oder JPEG-Bild/);
    const large = new Uint8Array(MAX_SIGNATURE_BYTES + 1);
    large.set(PNG);
    expect(await refusal(saveCertificateSignature(actor, event.id, large))).toMatch(/höchstens 500 kB/);
    expect(await refusal(saveCertificateSignature(actor, event.id, new Uint8Array()))).toMatch(/leer/);
    expect(await stored(event.id)).toBeNull();
    expect(await audits(event.id)).toBe(0);

    // An existing signature stays when a replacement is refused.
    await saveCertificateSignature(actor, event.id, PNG);
    await refusal(saveCertificateSignature(actor, event.id, text));
    expect((await stored(event.id))?.signatureMime).toBe('image/png');
  });

  it('copies the settings with the signature when the event is duplicated as a new edition', async () => {
    const source = await createTestEvent({ title: '16. Zertifikatstest' });
    await saveCertificateSettings(
      actor,
      source.id,
      settings({
        enabled: true,
        titleDe: 'Teilnahmebestätigung',
        titleEn: 'Confirmation of attendance',
        bodyDe: '{name} nahm teil.',
        bodyEn: '{name} attended.',
        signatoryName: 'Dr. Maria Schneider',
        signatoryFunctionDe: 'Geschäftsführerin',
        signatoryFunctionEn: 'Managing Director',
        hoursMode: 'sessions',
        fixedHours: '7,5',
      }),
    );
    await saveCertificateSignature(actor, source.id, PNG);
    const slug = `zertifikat-${source.id.slice(-8)}`;
    const copy = await duplicateEvent(actor, source.id, {
      title: '17. Zertifikatstest',
      titleEn: null,
      slug,
      startsAt: new Date(source.startsAt.getTime() + 365 * 86_400_000),
    });
    const { updatedAt: _a, eventId: _b, ...original } = (await stored(source.id))!;
    const { updatedAt: _c, eventId: copiedTo, ...copied } = (await stored(copy.id))!;
    expect(copiedTo).toBe(copy.id);
    expect(copied).toEqual(original);
    expect(copied.signatureMime).toBe('image/png');
  });

  it('duplicates an event without certificate settings without creating any', async () => {
    const source = await createTestEvent();
    const copy = await duplicateEvent(actor, source.id, {
      title: 'Kopie',
      titleEn: null,
      slug: `ohne-zertifikat-${source.id.slice(-8)}`,
      startsAt: source.startsAt,
    });
    expect(await stored(copy.id)).toBeNull();
  });
});
