import type { Dictionary } from '../de';

export const substitution: Dictionary['substitution'] = {
  manage: {
    heading: 'Hand your place to a substitute',
    intro:
      'You cannot attend, but a colleague can come in your place? Enter them here. Your place goes straight to them, without passing through the waiting list.',
    personLegend: 'The substitute',
    salutation: "Substitute's salutation",
    personTitle: "Substitute's title",
    firstName: "Substitute's first name",
    lastName: "Substitute's last name",
    email: "Substitute's e-mail address",
    emailHint: 'We send the new ticket to this address.',
    organization: "Substitute's organisation",
    position: "Substitute's position",
    noAnswer: 'Not specified',
    informed: 'This person knows about it and agrees that I pass on their details for the registration.',
    next: 'Continue to confirmation',
    confirmHeading: 'Please confirm the hand-over',
    confirmTo: 'Your place goes to {name} ({email}).',
    confirmPoints: {
      ticketVoid: 'Your ticket becomes invalid at once and is refused at the entrance.',
      newTicket: 'The substitute receives their own new ticket by e-mail.',
      confirmation: 'You receive a confirmation of the hand-over by e-mail.',
      final: 'The hand-over cannot be undone.',
    },
    confirm: 'Yes, hand over my place',
    confirming: 'Handing over …',
    back: 'Change details',
    unexpected: 'The hand-over failed. Please try again.',
    doneHeading: 'Your place has been handed over',
    done: 'Your place now belongs to {name}. The new ticket is on its way to {email}.',
    doneOld: 'Your previous ticket is invalid. A confirmation is on its way to your e-mail address.',
    handedOverHeading: 'Place handed over',
    substituteFor: 'You take this place as a substitute for {name}.',
    handedOver: 'You handed this place to {name} on {date}. Your ticket is invalid.',
    notPossible: {
      checkedIn: 'You have already checked in; the place can no longer be handed over.',
      ended: 'The event is over.',
    },
  },
  mail: {
    subject: 'Place handed over: {event}',
    heading: 'Your place has been handed over',
    intro: {
      attendee: 'as requested, we have handed your place at “{event}” to {name}.',
      organizer: 'at your request, the event team has handed your place at “{event}” to {name}.',
    },
    ticket:
      'Your ticket is therefore invalid and will be refused at the entrance. {name} has received their own ticket by e-mail.',
    details: 'The event',
    question: 'If you did not arrange this hand-over, please contact the event team immediately.',
    event: 'Go to the event page',
  },
  dashboard: {
    heading: 'Enter a substitute',
    intro:
      'The registered person cannot come and sends a substitute: the place passes over directly, the old ticket becomes invalid, the substitute gets a new one.',
    substituteFor: 'Substitute for',
    substitutedBy: 'Handed over to',
  },
};
