import { zonedDateTime } from '@/lib/format';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { seedLegal } from '@/lib/legal/seed';

export const CONFERENCE_SLUG = '16-mitteldeutsche-digitalisierungskonferenz';
export const EXAMPLE_SLUG = 'beispielveranstaltung-digitalisierungskonferenz';

const PHOTO_NOTICE =
  'Während der Veranstaltung wird fotografiert. Die Aufnahmen nutzen die Veranstalter für die Berichterstattung über die Konferenz, auf ihren Websites und in sozialen Medien (Art. 6 Abs. 1 lit. f DSGVO). Wenn Sie nicht fotografiert werden möchten, sprechen Sie bitte das Team am Einlass oder die Fotografen an; Sie können der Verwendung von Aufnahmen jederzeit widersprechen.';

const HTWK = { venueName: 'HTWK Leipzig', venueAddress: 'Karl-Liebknecht-Straße 132\n04277 Leipzig' };
const HOSTS = [
  { name: 'Cluster IT Mitteldeutschland e.V.', role: 'Veranstalter', url: null },
  {
    name: 'Wirtschaftsrat der CDU e.V.',
    role: 'Landesvorstand und Landesfachkommission „Internet und Digitale Wirtschaft“',
    url: null,
  },
  { name: 'HTWK Leipzig', role: 'Gastgeberin', url: 'https://www.htwk-leipzig.de' },
];

/** Seeds the 16th conference and an upcoming example event; safe to run twice (keyed by slug). */
export async function seed(db: PrismaClient, now = new Date()): Promise<void> {
  await seedConference(db);
  await seedExample(db, now);
  await seedLegal(db);
}

async function seedConference(db: PrismaClient) {
  const startsAt = zonedDateTime(2025, 4, 3, 9, 0);
  const data = {
    title: '16. Mitteldeutsche Digitalisierungskonferenz',
    motto: 'Digital First – Schluss mit Sand im Getriebe',
    description:
      'Die Mitteldeutsche Digitalisierungskonferenz bringt Verwaltung, Wirtschaft, Wissenschaft und Politik aus Sachsen, Sachsen-Anhalt und Thüringen zusammen, um über die Digitalisierung der Region zu sprechen.',
    themes: [
      'Zusammenarbeit der kommunalen Spitzenverbände',
      'Digitale Verwaltung aus Sicht der Datenschutzbeauftragten',
      'Smart City',
    ],
    startsAt,
    // The end time was not published with the facts we have; the afternoon is assumed.
    endsAt: zonedDateTime(2025, 4, 3, 17, 0),
    ...HTWK,
    capacity: null,
    photoNotice: PHOTO_NOTICE,
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
      speakers: {
        create: [
          {
            name: 'Dr. Daniela Dylakiewicz',
            role: 'CIO des Freistaates Sachsen',
            organization: 'Sächsische Staatskanzlei',
            position: 0,
          },
          {
            name: 'Dr. Tobias J. Knoblich',
            role: null,
            organization: 'Thüringer Ministerium für Digitales und Infrastruktur',
            position: 1,
          },
          { name: 'Bernd Schlömer', role: 'CIO des Landes Sachsen-Anhalt', organization: null, position: 2 },
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
      motto: 'Beispieldaten zum Ausprobieren der Anmeldung',
      description:
        'Diese Beispielveranstaltung zeigt, wie eine kommende Ausgabe der Konferenz im Tagungsbüro aussieht. Alle Programmpunkte sind Platzhalter; Anmeldungen dienen nur zum Ausprobieren.',
      themes: ['Digitale Verwaltung', 'Datenschutz', 'Smart City'],
      startsAt: at(9),
      endsAt: at(17),
      ...HTWK,
      venueDirections:
        'Die HTWK Leipzig erreichen Sie mit der Straßenbahn (Haltestelle Karl-Liebknecht-/Kurt-Eisner-Straße).',
      capacity: 250,
      registrationOpensAt: now,
      isExample: true,
      waitlistEnabled: true,
      photoNotice: PHOTO_NOTICE,
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
          { startsAt: at(9), endsAt: at(9, 30), title: 'Begrüßung (Beispiel)', position: 0 },
          {
            startsAt: at(9, 30),
            endsAt: at(11),
            title: 'Podium: Digitale Verwaltung in Mitteldeutschland (Beispiel)',
            description: 'Platzhalter für eine Podiumsdiskussion; die Mitwirkenden werden noch bekanntgegeben.',
            room: 'Hörsaal (Beispiel)',
            position: 1,
          },
          {
            startsAt: at(11, 30),
            endsAt: at(12, 30),
            title: 'Workshop: Smart City (Beispiel)',
            room: 'Seminarraum (Beispiel)',
            position: 2,
          },
        ],
      },
    },
  });
}
