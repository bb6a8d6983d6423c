import type { Dictionary } from '../de';

export const registrationMails: Dictionary['registrationMails'] = {
  note: 'A message from the event team',
  pending: {
    subject: 'Your registration is being reviewed: {event}',
    heading: 'Your registration is being reviewed',
    intro:
      'thank you for registering for “{event}”. The event team reviews the registrations for this event. You will receive another e-mail as soon as your registration has been decided – with the confirmation, your ticket.',
    manage: 'Your registration',
    manageHint: 'With your personal link you can view your details or withdraw your registration.',
    manageLink: 'View or withdraw your registration',
    event: 'Go to the event page',
  },
  rejection: {
    subject: 'Your registration for {event}',
    heading: 'Your registration was not confirmed',
    intro: {
      decision:
        'thank you for your interest in “{event}”. Unfortunately we cannot confirm your registration. Thank you for your understanding.',
      full: 'thank you for your interest in “{event}”. Unfortunately all places have been taken in the meantime, so we cannot confirm your registration. Thank you for your understanding.',
    },
    event: 'Go to the event page',
  },
  groupSummary: {
    subject: 'Your group registration for {event}',
    heading: 'Your group registration',
    intro:
      'thank you: you have registered {count} people for “{event}”. Each of them receives their own e-mail with a personal link to view or cancel their registration.',
    outcome: {
      confirmed: 'Everyone has a place; each person receives their ticket with their own e-mail.',
      waitlisted:
        'There were not enough places for the whole group. So everyone is on the waiting list together; when a place becomes free, the next person on the waiting list gets it and an e-mail.',
      pending:
        'The event team reviews the registrations for this event. Each person receives an e-mail as soon as their registration has been decided.',
    },
    members: 'Registered people',
    status: {
      confirmed: 'Place confirmed',
      waitlisted: 'Waiting list',
      pending: 'Being reviewed',
      rejected: 'Not confirmed',
      cancelled: 'Cancelled',
    },
    event: 'Go to the event page',
  },
};
