import { dashboardAttendees } from './dashboard-attendees';
import { dashboardAdmin } from './dashboard-admin';
import { dashboardCompose } from './dashboard-compose';
import { dashboardExport } from './dashboard-export';
import { dashboardMails } from './dashboard-mails';
import { dashboardMessages } from './dashboard-messages';
import { dashboardRegistration } from './dashboard-registration';
import { dashboardStats } from './dashboard-stats';
import { dashboardUsers } from './dashboard-users';

/** The organizers' dashboard: frame, navigation, overview and shared pieces; pages with many texts in their own files. */
export const dashboard = {
  area: 'Veranstalterbereich',
  signedInAs: 'Angemeldet als',
  signOut: 'Abmelden',
  loading: 'Daten werden geladen …',
  moreActions: 'Weitere Aktionen',
  nav: {
    label: 'Veranstalterbereich',
    events: 'Veranstaltungen',
    door: 'Einlass',
    users: 'Benutzer',
    audit: 'Protokoll',
    privacy: 'Datenschutz',
    settings: 'Einstellungen',
  },
  roles: {
    admin: 'Administration',
    organizer: 'Organisation',
    staff: 'Einlasspersonal',
  },
  home: {
    title: 'Übersicht',
    intro:
      'Alle Veranstaltungen mit ihren Anmeldungen. Die nächste Ausgabe beginnt meist als Kopie der letzten: „Duplizieren“.',
    newEvent: 'Neue Veranstaltung',
    loading: 'Veranstaltungen werden geladen …',
    empty: 'Es gibt noch keine Veranstaltungen. Legen Sie die erste an.',
  },
  overview: {
    caption: 'Alle Veranstaltungen mit Status, Anmeldungen und Aktionen',
    event: 'Veranstaltung',
    example: 'Beispiel',
    date: 'Datum',
    status: 'Status',
    published: 'veröffentlicht',
    draft: 'Entwurf',
    confirmed: 'Bestätigt',
    ofCapacity: 'von {n}',
    waitlisted: 'Warteliste',
    checkedIn: 'Eingecheckt',
    actions: 'Aktionen',
    edit: 'Bearbeiten',
    duplicate: 'Duplizieren',
    attendees: 'Teilnehmende',
    checkin: 'Check-in',
  },
  notFound: {
    title: 'Veranstaltung nicht gefunden',
    text: 'Diese Veranstaltung gibt es nicht (mehr). Vielleicht wurde die Adresse falsch eingegeben.',
    back: 'Zur Übersicht aller Veranstaltungen',
  },
  attendees: dashboardAttendees,
  users: dashboardUsers,
  registration: dashboardRegistration,
  mails: dashboardMails,
  admin: dashboardAdmin,
  stats: dashboardStats,
  export: dashboardExport,
  messages: dashboardMessages,
  compose: dashboardCompose,
};
