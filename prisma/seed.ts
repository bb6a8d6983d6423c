import { zonedDateTime } from '@/lib/format';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { seedLegal } from '@/lib/legal/seed';
import { seedMagdeburg } from './seed-magdeburg';
import { HOSTS, HTWK, PHOTO_NOTICE, PHOTO_NOTICE_EN } from './seed-shared';

export const CONFERENCE_SLUG = '16-mitteldeutsche-digitalisierungskonferenz';
export const EXAMPLE_SLUG = 'beispielveranstaltung-digitalisierungskonferenz';
// A placeholder address: the join link forwards there, no page shows it.
export const EXAMPLE_STREAM_URL = 'https://stream.example.org/beispielveranstaltung';

export { MAGDEBURG_SLUG } from './seed-magdeburg';

/**
 * Seeds the 16th and 17th conferences and an upcoming hybrid example event with two bookable workshops, in German and
 * English; safe to run twice.
 */
export async function seed(db: PrismaClient, now = new Date()): Promise<void> {
  await seedConference(db);
  await seedMagdeburg(db);
  await seedExample(db, now);
  await seedLegal(db);
}

async function seedConference(db: PrismaClient) {
  const data = {
    title: '16. Mitteldeutsche Digitalisierungskonferenz',
    titleEn: '16th Central German Digitalisation Conference',
    motto: 'Digital First – Schluss mit Sand im Getriebe',
    mottoEn: 'Digital First – no more grit in the gears',
    description:
      'Die Mitteldeutsche Digitalisierungskonferenz bringt Verwaltung, Wirtschaft, Wissenschaft und Politik aus Sachsen, Sachsen-Anhalt und Thüringen zusammen, um über die Digitalisierung der Region zu sprechen.',
    descriptionEn:
      'The Central German Digitalisation Conference brings together administration, business, academia and politics from Saxony, Saxony-Anhalt and Thuringia to discuss the digitalisation of the region.',
    themes: [
      'Zusammenarbeit der kommunalen Spitzenverbände',
      'Digitale Verwaltung aus Sicht der Datenschutzbeauftragten',
      'Smart City',
    ],
    themesEn: [
      'Cooperation of the municipal umbrella associations',
      "Digital administration from the data protection officers' point of view",
      'Smart city',
    ],
    // 08:30–17:00, as the conference's public announcements said.
    startsAt: zonedDateTime(2025, 4, 3, 8, 30),
    endsAt: zonedDateTime(2025, 4, 3, 17, 0),
    ...HTWK,
    capacity: null,
    photoNotice: PHOTO_NOTICE,
    photoNoticeEn: PHOTO_NOTICE_EN,
  };
  const event = await db.event.upsert({
    where: { slug: CONFERENCE_SLUG },
    create: { slug: CONFERENCE_SLUG, ...data },
    update: data,
  });
  if ((await db.eventSession.count({ where: { eventId: event.id } })) > 0) return;
  await db.host.createMany({ data: HOSTS.map((h, position) => ({ ...h, eventId: event.id, position })) });
  await db.eventSession.create({
    data: {
      eventId: event.id,
      // The exact slot is not among the published facts; the panel opens the programme here.
      startsAt: zonedDateTime(2025, 4, 3, 10, 0),
      endsAt: zonedDateTime(2025, 4, 3, 11, 0),
      title: 'Digital first? Schlaglichter der Landes-CIOs',
      titleEn: 'Digital first? Highlights from the state CIOs',
      speakers: {
        create: [
          {
            name: 'Dr. Daniela Dylakiewicz',
            role: 'CIO des Freistaates Sachsen',
            roleEn: 'CIO of the Free State of Saxony',
            organization: 'Sächsische Staatskanzlei',
            position: 0,
          },
          {
            name: 'Dr. Tobias J. Knoblich',
            role: null,
            organization: 'Thüringer Ministerium für Digitales und Infrastruktur',
            position: 1,
          },
          {
            name: 'Bernd Schlömer',
            role: 'CIO des Landes Sachsen-Anhalt',
            roleEn: 'CIO of the State of Saxony-Anhalt',
            organization: null,
            position: 2,
          },
        ],
      },
    },
  });
}

async function seedExample(db: PrismaClient, now: Date) {
  // Created once: a second run must not move the date of an event people registered for.
  if (await db.event.findUnique({ where: { slug: EXAMPLE_SLUG }, select: { id: true } })) return;
  const day = new Date(now.getTime() + 120 * 24 * 60 * 60 * 1000);
  // Conferences of this series are held on a weekday; move to the following Thursday.
  while (day.getUTCDay() !== 4) day.setUTCDate(day.getUTCDate() + 1);
  const [y, m, d] = [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
  const at = (hour: number, minute = 0) => zonedDateTime(y, m, d, hour, minute);
  await db.event.create({
    data: {
      slug: EXAMPLE_SLUG,
      title: 'Beispielveranstaltung: Mitteldeutsche Digitalisierungskonferenz',
      titleEn: 'Example event: Central German Digitalisation Conference',
      motto: 'Beispieldaten zum Ausprobieren der Anmeldung',
      mottoEn: 'Sample data for trying out the registration',
      description:
        'Diese Beispielveranstaltung zeigt, wie eine kommende Ausgabe der Konferenz im Tagungsbüro aussieht. Alle Programmpunkte sind Platzhalter; Anmeldungen dienen nur zum Ausprobieren.',
      descriptionEn:
        'This example event shows what an upcoming edition of the conference looks like in Tagungsbüro. All programme items are placeholders; registrations are only for trying it out.',
      themes: ['Digitale Verwaltung', 'Datenschutz', 'Smart City'],
      themesEn: ['Digital administration', 'Data protection', 'Smart city'],
      startsAt: at(9),
      endsAt: at(17),
      ...HTWK,
      venueDirections:
        'Die HTWK Leipzig erreichen Sie mit der Straßenbahn (Haltestelle Karl-Liebknecht-/Kurt-Eisner-Straße).',
      venueDirectionsEn: 'HTWK Leipzig can be reached by tram (stop Karl-Liebknecht-/Kurt-Eisner-Straße).',
      capacity: 250,
      // Hybrid (issue #17): 250 places on site, 500 online through the stream; workshops are optional.
      attendanceFormat: 'hybrid',
      onlineCapacity: 500,
      streamUrl: EXAMPLE_STREAM_URL,
      streamReleaseMinutes: 30,
      sessionChoice: 'optional',
      registrationOpensAt: now,
      isExample: true,
      waitlistEnabled: true,
      photoNotice: PHOTO_NOTICE,
      photoNoticeEn: PHOTO_NOTICE_EN,
      questions: {
        create: [
          {
            type: 'singleChoice',
            labelDe: 'Teilnahme am Mittagessen?',
            labelEn: 'Joining us for lunch?',
            required: true,
            position: 0,
            options: [
              { value: 'ja', de: 'Ja', en: 'Yes' },
              { value: 'nein', de: 'Nein', en: 'No' },
            ],
          },
          {
            type: 'text',
            labelDe: 'Ernährungshinweise',
            labelEn: 'Dietary requirements',
            position: 1,
            helpDe: 'z. B. vegetarisch, vegan, Allergien',
            helpEn: 'e.g. vegetarian, vegan, allergies',
          },
        ],
      },
      hosts: { create: HOSTS.map((h, position) => ({ ...h, position })) },
      sessions: {
        create: [
          {
            startsAt: at(9),
            endsAt: at(9, 30),
            title: 'Begrüßung (Beispiel)',
            titleEn: 'Welcome (example)',
            position: 0,
          },
          {
            startsAt: at(9, 30),
            endsAt: at(11),
            title: 'Podium: Digitale Verwaltung in Mitteldeutschland (Beispiel)',
            titleEn: 'Panel: digital administration in Central Germany (example)',
            description: 'Platzhalter für eine Podiumsdiskussion; die Mitwirkenden werden noch bekanntgegeben.',
            descriptionEn: 'Placeholder for a panel discussion; the speakers will be announced.',
            room: 'Hörsaal (Beispiel)',
            position: 1,
          },
          // Two parallel workshops after the plenary, each with its own places.
          {
            startsAt: at(11, 30),
            endsAt: at(12, 30),
            title: 'Workshop: Smart City (Beispiel)',
            titleEn: 'Workshop: smart city (example)',
            room: 'Seminarraum (Beispiel)',
            position: 2,
            bookable: true,
            capacity: 30,
            waitlistEnabled: true,
          },
          {
            startsAt: at(11, 30),
            endsAt: at(12, 30),
            title: 'Workshop: Datenschutz in der Praxis (Beispiel)',
            titleEn: 'Workshop: data protection in practice (example)',
            room: 'Seminarraum 2 (Beispiel)',
            position: 3,
            bookable: true,
            capacity: 20,
          },
        ],
      },
    },
  });
}
