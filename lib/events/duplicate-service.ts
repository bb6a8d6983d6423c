import { recordAudit } from '@/lib/audit/service';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { db } from '@/lib/server/db';
import type { DuplicateEventInput } from './editor-schema';
import { withSlugCheck } from './editor-service';
import { copyMailTexts } from '@/lib/mail-texts/service';
import { copyCertificateSettings } from '@/lib/certificates/settings-service';

const shift = (date: Date, ms: number) => new Date(date.getTime() + ms);
const shiftOrNull = (date: Date | null, ms: number) => (date ? shift(date, ms) : null);

const ordinalSuffix = (n: number) =>
  n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');

/** "16th …" → "17th …" for the English title; null stays null. */
function nextEnglishTitle(titleEn: string | null | undefined): string | null {
  if (!titleEn) return null;
  return titleEn.replace(/^(\d+)(st|nd|rd|th)\b/, (_, n: string) => `${Number(n) + 1}${ordinalSuffix(Number(n) + 1)}`);
}

/**
 * Suggestions for the next edition: dates one year later, "16." → "17." in the title ("16th" → "17th" in the English
 * one), and the edition number or year in the slug.
 */
export function nextEditionDefaults(source: { title: string; titleEn?: string | null; slug: string; startsAt: Date }) {
  const startsAt = new Date(source.startsAt);
  startsAt.setUTCFullYear(startsAt.getUTCFullYear() + 1);
  const title = source.title.replace(/^(\d+)\./, (_, n: string) => `${Number(n) + 1}.`);
  const year = String(source.startsAt.getUTCFullYear());
  const slug = /^\d+-/.test(source.slug)
    ? source.slug.replace(/^(\d+)-/, (_, n: string) => `${Number(n) + 1}-`)
    : source.slug.includes(year)
      ? source.slug.replace(year, String(Number(year) + 1))
      : `${source.slug}-${startsAt.getUTCFullYear()}`;
  return {
    title: title === source.title ? `${source.title} (Kopie)` : title,
    titleEn: nextEnglishTitle(source.titleEn),
    slug,
    startsAt,
  };
}

/**
 * Copies an event into a new, unpublished edition: texts, venue, settings, hosts with logos, programme with speakers,
 * the active questions, mail texts and certificate settings; never registrations, check-ins, messages, staff or counters. Every date moves by the
 * distance between the old and the new start.
 */
export async function duplicateEvent(actor: string, sourceId: string, input: DuplicateEventInput) {
  const source = await db.event.findUnique({
    where: { id: sourceId },
    include: {
      hosts: { orderBy: { position: 'asc' } },
      sessions: {
        include: { speakers: { orderBy: { position: 'asc' } } },
        orderBy: [{ startsAt: 'asc' }, { position: 'asc' }],
      },
      questions: { where: { archivedAt: null }, orderBy: [{ position: 'asc' }, { createdAt: 'asc' }] },
    },
  });
  if (!source) throw new AppError('NOT_FOUND', 'eventNotFound');
  const ms = input.startsAt.getTime() - source.startsAt.getTime();
  return withSlugCheck(() =>
    db.$transaction(async (tx) => {
      const event = await tx.event.create({
        data: {
          slug: input.slug,
          title: input.title,
          titleEn: input.titleEn,
          motto: source.motto,
          mottoEn: source.mottoEn,
          description: source.description,
          descriptionEn: source.descriptionEn,
          themes: source.themes,
          themesEn: source.themesEn,
          startsAt: input.startsAt,
          endsAt: shift(source.endsAt, ms),
          venueName: source.venueName,
          venueAddress: source.venueAddress,
          venueRoom: source.venueRoom,
          venueDirections: source.venueDirections,
          venueDirectionsEn: source.venueDirectionsEn,
          capacity: source.capacity,
          waitlistEnabled: source.waitlistEnabled,
          registrationOpensAt: shiftOrNull(source.registrationOpensAt, ms),
          registrationClosesAt: shiftOrNull(source.registrationClosesAt, ms),
          published: false,
          photoNotice: source.photoNotice,
          photoNoticeEn: source.photoNoticeEn,
          retentionDays: source.retentionDays,
          reminderDaysBefore: source.reminderDaysBefore,
          // The next edition is filled the same way; the contingent starts unused and its release moves with the date.
          invitationOnly: source.invitationOnly,
          approvalRequired: source.approvalRequired,
          approvalOverflow: source.approvalOverflow,
          maxGroupSize: source.maxGroupSize,
          reservedSeats: source.reservedSeats,
          reservedReleaseAt: shiftOrNull(source.reservedReleaseAt, ms),
          // How people attend and book workshops; the places taken (counts) start at zero.
          attendanceFormat: source.attendanceFormat,
          onlineCapacity: source.onlineCapacity,
          streamUrl: source.streamUrl,
          streamReleaseMinutes: source.streamReleaseMinutes,
          sessionChoice: source.sessionChoice,
          hosts: {
            create: source.hosts.map((h) => ({
              name: h.name,
              role: h.role,
              roleEn: h.roleEn,
              url: h.url,
              position: h.position,
              logo: h.logo,
              logoMime: h.logoMime,
            })),
          },
          questions: {
            create: source.questions.map((q, i) => ({
              type: q.type,
              labelDe: q.labelDe,
              labelEn: q.labelEn,
              helpDe: q.helpDe,
              helpEn: q.helpEn,
              required: q.required,
              options: q.options as Prisma.InputJsonValue,
              min: q.min,
              max: q.max,
              position: i,
            })),
          },
        },
        select: { id: true, slug: true },
      });
      // Sessions one by one: nested createMany cannot create their speakers.
      for (const s of source.sessions) {
        await tx.eventSession.create({
          data: {
            eventId: event.id,
            startsAt: shift(s.startsAt, ms),
            endsAt: shiftOrNull(s.endsAt, ms),
            title: s.title,
            titleEn: s.titleEn,
            description: s.description,
            descriptionEn: s.descriptionEn,
            room: s.room,
            position: s.position,
            bookable: s.bookable,
            capacity: s.capacity,
            waitlistEnabled: s.waitlistEnabled,
            speakers: {
              create: s.speakers.map((sp) => ({
                name: sp.name,
                role: sp.role,
                roleEn: sp.roleEn,
                organization: sp.organization,
                position: sp.position,
              })),
            },
          },
          select: { id: true },
        });
      }
      await copyMailTexts(tx, source.id, event.id);
      await copyCertificateSettings(tx, source.id, event.id);
      await recordAudit(tx, {
        actor,
        action: 'event.duplicate',
        eventId: event.id,
        summary: 'Veranstaltung als neue Ausgabe kopiert.',
        details: { sourceEventId: source.id, shiftDays: Math.round(ms / 86_400_000) },
      });
      return event;
    }),
  );
}
