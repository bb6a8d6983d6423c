/** The person and event that every event mail's preview shows, so that the previews read as one story. */
export const previewSample = {
  greeting: 'Sehr geehrte Frau Mustermann,',
  eventTitle: '17. Mitteldeutsche Digitalisierungskonferenz (Beispielveranstaltung)',
  when: 'Donnerstag, 2. April 2026, 9:00–17:00 Uhr',
  venue: ['HTWK Leipzig', 'Geutebrück-Bau', 'Karl-Liebknecht-Straße 132', '04277 Leipzig'],
  eventUrl: 'http://localhost:3000/events/beispielveranstaltung-digitalisierungskonferenz',
};

/** The example person's workshops on site, and her join link when she attends online (previews of #17's mails). */
export const previewAttendance = {
  onsite: {
    mode: 'onsite' as const,
    join: null,
    sessions: [
      { title: 'Workshop: KI im Mittelstand', when: '13:00–14:30 Uhr', room: 'Li110', waitlisted: false },
      { title: 'Workshop: Barrierefreie Verwaltungsportale', when: '15:00–16:30 Uhr', room: 'Li211', waitlisted: true },
    ],
  },
  online: {
    mode: 'online' as const,
    join: {
      url: 'http://localhost:3000/join/beispielZugangslinkOhneGueltigkeit0000000000',
      releaseAt: 'Donnerstag, 2. April 2026, 8:30 Uhr',
    },
    sessions: [],
  },
};
