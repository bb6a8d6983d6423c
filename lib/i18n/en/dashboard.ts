import type { Dictionary } from '../de';
import { dashboardAttendees } from './dashboard-attendees';
import { dashboardAdmin } from './dashboard-admin';
import { dashboardCompose } from './dashboard-compose';
import { dashboardExport } from './dashboard-export';
import { dashboardMails } from './dashboard-mails';
import { dashboardMessages } from './dashboard-messages';
import { dashboardRegistration } from './dashboard-registration';
import { dashboardStats } from './dashboard-stats';
import { dashboardUsers } from './dashboard-users';

export const dashboard: Dictionary['dashboard'] = {
  area: 'Organiser area',
  signedInAs: 'Signed in as',
  signOut: 'Sign out',
  loading: 'Loading data …',
  moreActions: 'More actions',
  nav: {
    label: 'Organiser area',
    events: 'Events',
    door: 'Door',
    users: 'Users',
    audit: 'Audit log',
    privacy: 'Data protection',
    settings: 'Settings',
  },
  roles: {
    admin: 'Administrator',
    organizer: 'Organiser',
    staff: 'Door staff',
  },
  home: {
    title: 'Overview',
    intro:
      'All events with their registrations. The next edition usually starts as a copy of the last one: "Duplicate".',
    newEvent: 'New event',
    loading: 'Loading events …',
    empty: 'There are no events yet. Create the first one.',
  },
  overview: {
    caption: 'All events with status, registrations and actions',
    event: 'Event',
    example: 'Example',
    date: 'Date',
    status: 'Status',
    published: 'published',
    draft: 'draft',
    confirmed: 'Confirmed',
    ofCapacity: 'of {n}',
    waitlisted: 'Waiting list',
    checkedIn: 'Checked in',
    actions: 'Actions',
    edit: 'Edit',
    duplicate: 'Duplicate',
    attendees: 'Attendees',
    checkin: 'Check-in',
  },
  notFound: {
    title: 'Event not found',
    text: 'This event does not exist (any more). Perhaps the address was mistyped.',
    back: 'To the overview of all events',
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
