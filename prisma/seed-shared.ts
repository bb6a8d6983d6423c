// Texts and hosts shared by the seeded events, in German and English.

export const PHOTO_NOTICE =
  'Während der Veranstaltung wird fotografiert. Die Aufnahmen nutzen die Veranstalter für die Berichterstattung über die Konferenz, auf ihren Websites und in sozialen Medien (Art. 6 Abs. 1 lit. f DSGVO). Wenn Sie nicht fotografiert werden möchten, sprechen Sie bitte das Team am Einlass oder die Fotografen an; Sie können der Verwendung von Aufnahmen jederzeit widersprechen.';
export const PHOTO_NOTICE_EN =
  'Photographs will be taken during the event. The organisers use them to report on the conference, on their websites and in social media (Art. 6(1)(f) GDPR). If you do not wish to be photographed, please tell the team at the entrance or the photographers; you can object to the use of pictures at any time.';

export const HTWK = { venueName: 'HTWK Leipzig', venueAddress: 'Karl-Liebknecht-Straße 132\n04277 Leipzig' };

export const HOSTS = [
  { name: 'Cluster IT Mitteldeutschland e.V.', role: 'Veranstalter', roleEn: 'Organiser', url: null },
  {
    name: 'Wirtschaftsrat der CDU e.V.',
    role: 'Landesvorstand und Landesfachkommission „Internet und Digitale Wirtschaft“',
    roleEn: 'State board and state expert committee "Internet and Digital Economy"',
    url: null,
  },
  { name: 'HTWK Leipzig', role: 'Gastgeberin', roleEn: 'Host', url: 'https://www.htwk-leipzig.de' },
];
