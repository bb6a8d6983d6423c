import 'server-only';
import { requireOrganizer } from '@/lib/auth/guards';
import type { Locale } from '@/lib/i18n/config';
import { db } from '@/lib/server/db';
import type { CertificateImage } from './document';
import type { CertificateSampleEvent } from './settings-sample';
import { sniffSignatureMime } from './settings-service';

const wordingSelect = {
  enabled: true,
  titleDe: true,
  titleEn: true,
  bodyDe: true,
  bodyEn: true,
  signatoryName: true,
  signatoryFunctionDe: true,
  signatoryFunctionEn: true,
  hoursMode: true,
  fixedMinutes: true,
  updatedAt: true,
} as const;

/** Programme titles the previews name as the sample holder's sessions. */
const SAMPLE_SESSIONS = 3;

async function sampleEvent(eventId: string): Promise<CertificateSampleEvent | null> {
  const event = await db.event.findUnique({
    where: { id: eventId },
    select: {
      title: true,
      titleEn: true,
      startsAt: true,
      endsAt: true,
      venueName: true,
      sessions: {
        select: { title: true, titleEn: true },
        orderBy: [{ startsAt: 'asc' }, { position: 'asc' }],
        take: SAMPLE_SESSIONS,
      },
    },
  });
  if (!event) return null;
  const { sessions, ...facts } = event;
  const titles = (locale: Locale) => sessions.map((s) => (locale === 'en' && s.titleEn) || s.title);
  return { ...facts, sessions: { de: titles('de'), en: titles('en') } };
}

/** The settings for the editor (no image bytes: whether there is a signature), with the event's sample facts. */
export async function getCertificateSettingsForEditing(eventId: string) {
  await requireOrganizer();
  const [settings, hasSignature, event] = await Promise.all([
    db.certificateSettings.findUnique({ where: { eventId }, select: wordingSelect }),
    db.certificateSettings.count({ where: { eventId, signature: { not: null } } }),
    sampleEvent(eventId),
  ]);
  return event ? { settings, hasSignature: hasSignature > 0, event } : null;
}

/** An event's signature image with the type taken from its bytes again; null when there is none. */
export async function getCertificateSignature(eventId: string): Promise<CertificateImage | null> {
  // Organizer access is declared by the route that serves it.
  const row = await db.certificateSettings.findUnique({ where: { eventId }, select: { signature: true } });
  const mime = row?.signature ? sniffSignatureMime(row.signature) : null;
  return row?.signature && mime ? { bytes: row.signature, mime } : null;
}

/** The event of a certificate route by slug (organizer access is declared by the route). */
export async function getCertificateEvent(slug: string) {
  return db.event.findUnique({ where: { slug }, select: { id: true, slug: true } });
}

/** The organizer's logo where a certificate can print it (PNG or JPEG); null otherwise. */
async function certificateLogo(): Promise<CertificateImage | null> {
  const row = await db.branding.findUnique({ where: { id: 1 }, select: { logo: true } });
  const mime = row?.logo ? sniffSignatureMime(row.logo) : null;
  return row?.logo && mime ? { bytes: row.logo, mime } : null;
}

/** Everything the PDF preview prints from the saved state: settings (null: defaults), signature, logo, event. */
export async function getCertificatePreviewSource(eventId: string) {
  const [settings, signature, logo, event] = await Promise.all([
    db.certificateSettings.findUnique({ where: { eventId }, select: wordingSelect }),
    getCertificateSignature(eventId),
    certificateLogo(),
    sampleEvent(eventId),
  ]);
  return event ? { settings, signature, logo, event } : null;
}
