/** The person and event that every event mail's preview shows, so that the previews read as one story. */
export const previewSample = {
  greeting: 'Sehr geehrte Frau Mustermann,',
  eventTitle: '17. Mitteldeutsche Digitalisierungskonferenz (Beispielveranstaltung)',
  when: 'Donnerstag, 2. April 2026, 9:00–17:00 Uhr',
  venue: ['HTWK Leipzig', 'Geutebrück-Bau', 'Karl-Liebknecht-Straße 132', '04277 Leipzig'],
  eventUrl: 'http://localhost:3000/events/beispielveranstaltung-digitalisierungskonferenz',
};
