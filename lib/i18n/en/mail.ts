import type { Dictionary } from '../de';

export const mail: Dictionary['mail'] = {
  footer: 'Tagungsbüro – registration for the conferences of Cluster IT Mitteldeutschland e.V. and partners.',
  legal: { imprint: 'Legal notice (Impressum)', privacy: 'Privacy policy' },
  salutation: {
    female: 'Dear Ms {name},',
    male: 'Dear Mr {name},',
    neutral: 'Dear {name},',
    ranks: { professor: 'Professor', doctor: 'Dr' },
  },
  details: { heading: 'When and where', when: 'When', where: 'Where' },
  ticket: {
    heading: 'Your ticket',
    qrAlt: 'QR code of your ticket',
    code: 'Ticket code',
    open: 'Open the ticket in the browser',
    show: 'Please show this QR code at the entrance, on your phone or printed. If it cannot be read, give the ticket code.',
  },
  calendarNote: 'Please bring your ticket (the QR code from the confirmation e-mail) to the entrance.',
  registration: {
    subject: {
      confirmation: 'Registration confirmed: {event}',
      waitlist: 'Waiting list: {event}',
      promotion: 'A place became free – you are confirmed: {event}',
    },
    heading: {
      confirmation: 'Your registration is confirmed',
      promotion: 'A place became free – you are confirmed',
      waitlist: 'You are on the waiting list',
    },
    intro: {
      confirmation: 'thank you for registering for “{event}”. Your place is confirmed.',
      promotion:
        'good news: a place has become free at “{event}”. You have moved up from the waiting list and your place is now confirmed.',
      waitlist: 'thank you for registering for “{event}”. The event is fully booked at the moment.',
    },
    position: 'You are number {n} on the waiting list.',
    positionUnknown: 'You are on the waiting list.',
    moveUp:
      'When a place becomes free, you move up automatically and we will send you an e-mail with your ticket. You do not need to do anything.',
    moveUpOnline:
      'When a place becomes free, you move up automatically and we will send you an e-mail with your personal access to the live stream. You do not need to do anything.',
    calendar: 'The date for your calendar is attached to this e-mail (.ics file).',
    manage: 'Manage your registration',
    manageHint:
      'With your personal link you can correct your details, get your ticket again or cancel. Please do not share the link.',
    manageHintOnline:
      'With your personal link you can correct your details, get your access to the live stream again or cancel. Please do not share the link.',
    manageLink: 'View, change or cancel your registration',
    waitlistHint:
      'If you no longer wish to attend, please leave the waiting list through your personal link. Please do not share the link.',
    waitlistLink: 'View or cancel your registration',
    event: 'Event page',
  },
  cancellation: {
    subject: {
      attendee: 'Cancellation confirmed: {event}',
      organizer: 'Your registration has been cancelled: {event}',
    },
    heading: 'Your registration has been cancelled',
    intro: {
      attendee: 'as requested, we have cancelled your registration for “{event}”.',
      organizer:
        'the organisers have cancelled your registration for “{event}”. We are sorry about this. If you have any questions, please contact the organisers.',
    },
    outcome: {
      seatPassedOn:
        'Your ticket is no longer valid. Your place goes to the next person on the waiting list – thank you for letting us know.',
      seatFreed: 'Your ticket is no longer valid. Your place is free again – thank you for letting us know.',
      waitlistLeft: 'You are no longer on the waiting list. Thank you for letting us know.',
      organizerSeat: 'Your ticket is no longer valid.',
      organizerWaitlist: 'You are no longer on the waiting list.',
      reviewWithdrawn: 'Your registration will therefore no longer be reviewed. Thank you for letting us know.',
      organizerReview: 'Your registration will therefore no longer be reviewed.',
    },
    details: 'The cancelled registration',
    again: 'If you would like to attend after all, the event page shows whether places are still available.',
    event: 'Event page',
  },
  reminder: {
    subject: 'Reminder: {event}',
    heading: 'See you on {day}',
    intro: 'it is nearly time: we look forward to welcoming you at “{event}”. Here is everything you need for the day.',
    directions: 'Getting there',
    map: 'Show the address on OpenStreetMap',
    manage: 'Plans changed?',
    manageHint:
      'If you cannot come, please cancel your registration so that someone on the waiting list gets your place.',
    manageLink: 'View or cancel your registration',
    event: 'Programme on the event page',
  },
  newsletter: {
    subject: 'Please confirm: newsletter ({event})',
    preview: 'Please confirm your newsletter subscription',
    heading: 'Confirm your newsletter subscription',
    intro:
      'when registering for “{event}” you asked for the newsletter of Cluster IT Mitteldeutschland e.V. Please confirm this with the button below. Only then will we add you.',
    button: 'Confirm newsletter subscription',
    fallback: 'If the button does not work, copy this address into your browser:',
    ignore:
      'You did not ask for the newsletter? Then ignore this e-mail; without confirmation you will receive nothing. Your event registration is not affected.',
  },
  organizerMessage: {
    about: 'A message from the organisers of “{event}” ({when}).',
    manage: 'Your registration',
    manageHint: 'If you cannot attend, please cancel so that someone on the waiting list gets your place.',
    manageLink: 'View, change or cancel your registration',
    textFooter: 'This message comes from the organisers of “{event}”.\nView, change or cancel your registration: {url}',
  },
  editor: {
    heading: 'Mail texts',
    intro:
      'Subject and introduction of the mails to registered people, per language. Left empty, the default text applies. The salutation ("Dear Dr …"), date, venue, ticket and links are added automatically.',
    kind: 'Mail',
    kinds: {
      confirmation: 'Confirmation',
      waitlist: 'Waiting list',
      promotion: 'Moved up from the waiting list',
      reminder: 'Reminder',
      cancellation: 'Cancellation',
      event_invitation: 'Invitation',
      event_invitation_reminder: 'Invitation reminder',
    },
    language: 'Language',
    languages: { de: 'German', en: 'English' },
    subject: 'Subject',
    body: 'Text',
    bodyHint:
      'Plain text; a blank line starts a new paragraph. **bold** and [link text](https://…) work, HTML does not.',
    placeholders:
      'Placeholders: {firstName}, {lastName}, {event}, {date}, {venue}, {link} (personal link; for cancellations the event page). The German names work too: {vorname}, {nachname}, {veranstaltung}, {datum}, {ort}.',
    save: 'Save',
    saving: 'Saving …',
    saved: 'Saved. New mails use this text.',
    reset: 'Saved: the default text applies again.',
    unexpected: 'That did not work. Please try again.',
    preview: 'Preview with sample data',
    previewSubject: 'Subject',
    defaultText: '(default text)',
  },
  signIn: {
    subject: 'Your sign-in link for Tagungsbüro',
    heading: 'Sign in to Tagungsbüro',
    intro: 'This link signs you in to the organizers’ area. It is valid for {minutes} minutes and works only once.',
    button: 'Sign in now',
    fallback: 'If the button does not work, copy this address into your browser:',
    ignore: 'You did not ask to sign in? Then you can ignore this e-mail.',
  },
  invitation: {
    subject: 'Invitation to Tagungsbüro',
    intro: '{invitedBy} has invited you to the organizers’ area of Tagungsbüro, with the role “{role}”.',
    invitedByFallback: 'The administrators',
    howTo:
      'You sign in without a password: enter this e-mail address on the sign-in page, and you will receive a sign-in link.',
    button: 'Go to sign-in',
    fallback: 'If the button does not work, copy this address into your browser:',
  },
};
