import { zonedDateTime } from '@/lib/format';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { PHOTO_NOTICE, PHOTO_NOTICE_EN } from './seed-shared';

export const MAGDEBURG_SLUG = '17-mitteldeutsche-digitalisierungskonferenz';

const at = (hour: number, minute = 0) => zonedDateTime(2026, 3, 11, hour, minute);

// Speakers are named by role and organisation only: the seed invents no real people.
const SESSIONS = [
  {
    startsAt: at(8, 30),
    endsAt: at(9, 15),
    title: 'Ankommen, Kaffee und Anmeldung',
    titleEn: 'Arrival, coffee and registration',
    room: 'Foyer',
  },
  {
    startsAt: at(9, 15),
    endsAt: at(9, 45),
    title: 'Begrüßung und Grußworte',
    titleEn: 'Welcome and opening remarks',
    description: 'Grußworte des Vorstands des Cluster IT Mitteldeutschland e.V. und der gastgebenden Universität.',
    descriptionEn: 'Opening remarks by the board of Cluster IT Mitteldeutschland e.V. and the host university.',
    room: 'Hörsaal 1',
  },
  {
    startsAt: at(9, 45),
    endsAt: at(10, 45),
    title: 'Digital by Design: Verwaltung strategisch transformieren',
    titleEn: 'Digital by Design: transforming public administration strategically',
    description:
      'Wie Leistungen von Anfang an digital gedacht werden – vom Gesetz über den Prozess bis zum Onlinedienst. Die Landes-CIOs aus Sachsen, Sachsen-Anhalt und Thüringen im Gespräch.',
    descriptionEn:
      'How services are designed digitally from the start – from the law to the process to the online service. A conversation with the state CIOs of Saxony, Saxony-Anhalt and Thuringia.',
    room: 'Hörsaal 1',
    speakers: [
      { name: 'N. N.', role: 'Moderation', roleEn: 'Chair', organization: 'Cluster IT Mitteldeutschland e.V.' },
    ],
  },
  {
    startsAt: at(11, 0),
    endsAt: at(12, 0),
    title: 'Digitale Souveränität: offene Standards und eigene Handlungsfähigkeit',
    titleEn: 'Digital sovereignty: open standards and the ability to act',
    description:
      'Was Länder und Kommunen tun können, um bei Software, Cloud und Daten unabhängig und wechselfähig zu bleiben.',
    descriptionEn:
      'What states and municipalities can do to stay independent and able to switch in software, cloud and data.',
    room: 'Hörsaal 1',
  },
  {
    startsAt: at(12, 0),
    endsAt: at(13, 0),
    title: 'Mittagspause',
    titleEn: 'Lunch break',
    room: 'Foyer',
  },
  {
    startsAt: at(13, 0),
    endsAt: at(14, 0),
    title: 'Kulturwandel: Kompetenzen in der öffentlichen Verwaltung aufbauen',
    titleEn: 'Cultural change: building skills in public administration',
    description: 'Werkstattberichte aus Personalentwicklung, Fortbildung und neuen Formen der Zusammenarbeit.',
    descriptionEn: 'Reports from staff development, training and new ways of working together.',
    room: 'Seminarraum 2',
  },
  {
    startsAt: at(14, 15),
    endsAt: at(15, 15),
    title: 'Vom KI-Pilotprojekt in die Fläche',
    titleEn: 'From AI pilots to use across the board',
    description:
      'Welche Anwendungen der künstlichen Intelligenz sich in Behörden bewährt haben und was es braucht, um sie breit einzusetzen.',
    descriptionEn:
      'Which applications of artificial intelligence have proven themselves in public bodies, and what it takes to roll them out widely.',
    room: 'Hörsaal 1',
  },
  {
    startsAt: at(15, 30),
    endsAt: at(16, 30),
    title: 'Cybersicherheit und Resilienz',
    titleEn: 'Cyber security and resilience',
    description: 'Lehren aus Vorfällen in Kommunen und wie Verwaltungen sich auf den Ernstfall vorbereiten.',
    descriptionEn: 'Lessons from incidents in municipalities, and how administrations prepare for an emergency.',
    room: 'Hörsaal 1',
  },
  {
    startsAt: at(16, 30),
    endsAt: at(17, 0),
    title: 'Zusammenfassung und Ausblick',
    titleEn: 'Summary and outlook',
    room: 'Hörsaal 1',
  },
];

/** The 17th conference in Magdeburg (11 March 2026), a past event with its programme in both languages. */
export async function seedMagdeburg(db: PrismaClient) {
  const data = {
    title: '17. Mitteldeutsche Digitalisierungskonferenz',
    titleEn: '17th Central German Digitalisation Conference',
    motto: 'Digital by Design – Verwaltung strategisch transformieren',
    mottoEn: 'Digital by Design – transforming public administration strategically',
    description:
      'Die 17. Mitteldeutsche Digitalisierungskonferenz fragt, wie Verwaltung von Anfang an digital gestaltet wird: strategisch, souverän und sicher. Verwaltung, Wirtschaft, Wissenschaft und Politik aus Sachsen, Sachsen-Anhalt und Thüringen treffen sich dazu an der Otto-von-Guericke-Universität Magdeburg.',
    descriptionEn:
      'The 17th Central German Digitalisation Conference asks how public administration can be designed digitally from the start: strategically, sovereignly and securely. Administration, business, academia and politics from Saxony, Saxony-Anhalt and Thuringia meet at Otto von Guericke University Magdeburg.',
    themes: [
      'Verwaltung strategisch transformieren: „Digital by Design“',
      'Digitale Souveränität',
      'Kulturwandel und Kompetenzaufbau in der öffentlichen Verwaltung',
      'Vom KI-Pilotprojekt in die Fläche',
      'Cybersicherheit und Resilienz',
    ],
    themesEn: [
      'Transforming public administration strategically: "Digital by Design"',
      'Digital sovereignty',
      'Cultural change and building skills in public bodies',
      'From AI pilots to use across the board',
      'Cyber security and resilience',
    ],
    startsAt: at(8, 30),
    endsAt: at(17, 0),
    venueName: 'Otto-von-Guericke-Universität Magdeburg',
    venueAddress: 'Universitätsplatz 2\n39106 Magdeburg',
    venueDirections:
      'Vom Hauptbahnhof Magdeburg mit der Straßenbahn bis zur Haltestelle Universität oder in etwa 15 Minuten zu Fuß.',
    venueDirectionsEn:
      'From Magdeburg central station, take the tram to the stop Universität, or walk for about 15 minutes.',
    capacity: null,
    photoNotice: PHOTO_NOTICE,
    photoNoticeEn: PHOTO_NOTICE_EN,
  };
  const event = await db.event.upsert({
    where: { slug: MAGDEBURG_SLUG },
    create: { slug: MAGDEBURG_SLUG, ...data },
    update: data,
  });
  if ((await db.eventSession.count({ where: { eventId: event.id } })) > 0) return;
  await db.host.createMany({
    data: [
      { name: 'Cluster IT Mitteldeutschland e.V.', role: 'Veranstalter', roleEn: 'Organiser', position: 0 },
      {
        name: 'Otto-von-Guericke-Universität Magdeburg',
        role: 'Gastgeberin',
        roleEn: 'Host',
        url: 'https://www.ovgu.de',
        position: 1,
      },
    ].map((h) => ({ ...h, eventId: event.id })),
  });
  for (const [position, { speakers = [], ...session }] of SESSIONS.entries()) {
    await db.eventSession.create({
      data: {
        ...session,
        eventId: event.id,
        position,
        speakers: { create: speakers.map((sp, i) => ({ ...sp, position: i })) },
      },
    });
  }
}
