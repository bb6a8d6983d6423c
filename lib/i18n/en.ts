import type { Dictionary } from './de';
import { auth } from './en/auth';
import { errorPage } from './en/error-page';
import { door } from './en/door';
import { branding } from './en/branding';
import { certificates } from './en/certificates';
import { dashboard } from './en/dashboard';
import { content } from './en/content';
import { editor } from './en/editor';
import { errors } from './en/errors';
import { legal } from './en/legal';
import { mail } from './en/mail';
import { manage } from './en/manage';
import { selfService } from './en/self-service';
import { validation } from './en/validation';
import { invitations } from './en/invitations';
import { approval } from './en/approval';
import { registrationMails } from './en/registration-mails';
import { substitution } from './en/substitution';
import { sessions } from './en/sessions';
import { sessionAdmin } from './en/session-admin';
import { sessionLists } from './en/session-lists';
import { roomDoor } from './en/room-door';

export const en: Dictionary = {
  site: {
    name: 'Tagungsbüro',
    skipLink: 'Skip to content',
    languageNav: 'Choose language',
    footer: 'Tagungsbüro – registration for the events of Cluster IT Mitteldeutschland e.V. and its partners.',
    organizerLogin: 'Organiser login',
  },
  common: {
    yes: 'yes',
    no: 'no',
  },
  validation,
  failures: errors,
  auth,
  errorPage,
  manage,
  selfService,
  mail,
  door,
  legal,
  branding,
  dashboard,
  content,
  editor,
  certificates,
  invitations,
  approval,
  registrationMails,
  substitution,
  sessions,
  sessionAdmin,
  sessionLists,
  roomDoor,
  status: {
    open: 'Registration open',
    openPlaces: 'Registration open – {n} places left',
    openOnePlace: 'Registration open – 1 place left',
    full: 'Fully booked',
    waitlist: 'Waiting list',
    closed: 'Registration closed',
    opensAt: 'Registration from {date}',
    past: 'Took place',
    invitationOnly: 'By invitation only',
    example: 'Example event',
  },
  home: {
    title: 'Events',
    intro: 'Find the upcoming events here and register with just a few details.',
    upcoming: 'Upcoming events',
    past: 'Past events',
    noUpcoming: 'There are no events planned at the moment. Please check back soon.',
    empty: 'No events have been published yet.',
    details: 'Details and registration',
    detailsPast: 'Details',
    venue: 'Venue',
    date: 'Date',
  },
  event: {
    when: 'Date and time',
    whenWhere: 'Date and venue',
    until: 'until',
    venue: 'Venue',
    room: 'Room',
    directions: 'Getting there',
    directionsLink: 'Plan your journey (OpenStreetMap)',
    motto: 'Motto',
    about: 'About the event',
    programme: 'Programme',
    programmeEmpty: 'The programme will be announced soon.',
    speakers: 'Speakers',
    themes: 'Topics',
    hosts: 'Organisers and partners',
    registration: 'Registration',
    register: 'Register now',
    placesLeft: '{n} of {capacity} places left.',
    noCapacityLimit: 'The number of participants is not limited.',
    hybridInfo: 'You can attend on site or online. Places left per way of attending:',
    waitlistInfo:
      'All places are taken. You can join the waiting list; we will contact you as soon as a place becomes free.',
    fullInfo: 'Unfortunately, the event is fully booked.',
    invitationOnlyInfo:
      'Attendance is by personal invitation only. Invited guests register through the link in their invitation.',
    notYetOpen: 'Registration opens on {date}.',
    pastInfo: 'This event took place on {date}.',
    startedInfo: 'The event has already started; online registration is no longer possible.',
    windowClosedInfo: 'Online registration for this event is closed.',
    exampleNotice: 'This is an example event for trying things out. Registrations are for testing only.',
    back: 'All events',
  },
  register: {
    title: 'Registration – {title}',
    backToEvent: 'Back to the event',
    intro: 'Please fill in the form. Required fields are marked with *.',
    waitlistNotice: 'All places are taken. This form puts you on the waiting list.',
    notPossible: 'Registration is not possible at the moment.',
  },
  form: {
    salutation: 'Salutation',
    title: 'Title',
    titleHint: 'e.g. Dr.',
    firstName: 'First name',
    lastName: 'Last name',
    email: 'E-mail',
    emailHint: 'We will send the confirmation with your ticket to this address.',
    organization: 'Organisation',
    position: 'Function/position',
    sector: 'Sector',
    state: 'Federal state',
    noAnswer: 'not specified',
    personalData: 'Your details',
    consentLegend: 'Data protection',
    privacyConsent:
      'I agree that the organisers process my details to run the event (registration, admission, list of participants). The data is deleted after the retention period. I can withdraw my consent at any time.',
    submit: 'Register (binding)',
    submitting: 'Sending …',
    resend: 'Send confirmation again',
    resending: 'Sending …',
    unexpected: 'Your registration could not be sent. Please try again in a moment.',
    'salutation.Frau': 'Ms',
    'salutation.Herr': 'Mr',
    'salutation.Divers': 'Mx',
    'sector.Verwaltung': 'Public administration',
    'sector.Wirtschaft': 'Business',
    'sector.Wissenschaft': 'Science and research',
    'sector.Politik': 'Politics',
    'sector.Sonstiges': 'Other',
    'state.Andere': 'Other state / abroad',
    questionsLegend: 'Further details',
    photoNoticeTitle: 'Notice on photos and video recordings',
    newsletterLegend: 'Newsletter',
    newsletter:
      'Yes, I would like to receive the newsletter of Cluster IT Mitteldeutschland e.V. I will confirm this subscription via a link sent by e-mail.',
    requiredHidden: '(required)',
    honeypot: 'Please leave empty',
    emailSuggestion: 'Did you mean {email}?',
    emailSuggestionApply: 'Use {email}',
  },
  formErrors: {
    ALREADY_REGISTERED: 'You are already registered with this e-mail address.',
    EVENT_FULL: 'Unfortunately, the event is fully booked.',
    REGISTRATION_CLOSED: 'Registration for this event is closed.',
    NOT_FOUND: 'This event does not exist (any more).',
    resendDone: 'If there is a registration for this address, we have sent the confirmation again.',
    rejected: 'Your registration could not be processed. Please check your details and submit the form again.',
    expired: 'The form has expired. Please reload the page and submit it again.',
    rateLimited: 'Too many registrations from your network. Please try again in {minutes} minutes.',
  },
  newsletter: {
    title: 'Confirm your newsletter subscription',
    intro:
      'When registering for “{event}” you asked for the newsletter of Cluster IT Mitteldeutschland e.V. Please confirm that you would like to receive it.',
    requestedAt: 'Requested on {date}.',
    confirm: 'Confirm newsletter subscription',
    confirming: 'Confirming …',
    confirmed: 'Thank you! Your newsletter subscription is confirmed.',
    confirmedAt: 'Confirmed on {date}.',
    ignore:
      'You did not ask for the newsletter? Then simply ignore this page; without confirmation you will receive nothing.',
  },
  ticket: {
    title: 'Your ticket',
    date: 'Date',
    venue: 'Venue',
    attendee: 'Attendee',
    organization: 'Organisation',
    status: 'Status',
    'status.confirmed': 'confirmed',
    'status.waitlisted': 'waiting list',
    'status.cancelled': 'cancelled',
    'status.pending': 'awaiting approval',
    'status.rejected': 'rejected',
    cancelledInfo: 'This registration has been cancelled. The ticket is no longer valid.',
    waitlistInfo: 'You are on the waiting list. This ticket does not yet grant admission.',
    qrLabel: 'QR code for ticket {code}',
    code: 'Ticket code',
    howTo:
      'Show this QR code at the entrance, printed or on your phone. If it cannot be scanned, give the ticket code.',
    keepPrivate: 'Please do not share the link to this page: it contains your personal ticket.',
    toEvent: 'To the event',
  },
  errors: {
    notFoundTitle: 'Page not found',
    notFoundText: 'The page you requested does not exist or no longer exists. The address may have changed.',
    home: 'To the home page',
  },
};
