import type { Dictionary } from '../de';

export const sessionAdmin: Dictionary['sessionAdmin'] = {
  nav: 'Attendance',
  attendance: {
    heading: 'Attendance',
    metaTitle: 'Edit attendance',
    intro:
      'How the event is attended: on site, online through a stream, or both. The on-site places are set under “Settings”.',
    formLabel: 'Attendance',
    format: 'Format',
    formatOnsite: 'On site',
    formatOnline: 'Online',
    formatHybrid: 'Hybrid: on site and online',
    formatHint:
      'With “Hybrid”, registrants choose how they attend. Online attendees get no QR code but a personal link to the stream.',
    onlineHeading: 'Online attendance',
    onlineCapacity: 'Online places',
    onlineCapacityHint: 'Leave empty for unlimited. Already confirmed online: {n}.',
    streamUrl: 'Stream address',
    streamUrlHint:
      'https addresses only. The address appears on no page and in no mail: registrants open their personal link, which forwards only from the release time.',
    releaseMinutes: 'Release (minutes before the start)',
    releaseMinutesHint:
      'From this many minutes before the start the personal link forwards to the stream; before that it names the release time. 0 to 10080 (one week).',
    sessionsHeading: 'Workshops',
    sessionChoice: 'Choosing workshops',
    sessionChoiceOptional: 'Optional: registrants may book workshops',
    sessionChoiceRequired: 'Required: on-site attendees choose one workshop in every time slot',
    sessionChoiceHint:
      'You make a programme item bookable under “Programme”. Group registrations are not possible with “Required”, because everyone chooses for themselves.',
  },
  programme: {
    bookingHeading: 'Booking',
    bookable: 'Bookable (workshop with its own places)',
    bookableHint: 'On-site attendees choose bookable programme items on the registration form. They need an end.',
    capacity: 'Places',
    capacityHint: 'Leave empty for unlimited.',
    capacityHintBooked: 'Leave empty for unlimited. Already booked: {n}.',
    waitlist: 'Own waiting list when fully booked',
    waitlistHint: 'Without a waiting list, a registration asking for this fully booked workshop is refused.',
    badgeBookable: 'bookable',
    places: '{booked} of {capacity} places booked',
    placesUnlimited: '{booked} booked, unlimited',
  },
  checklist: {
    stream: 'The stream address is set.',
    streamOpen: 'The stream address for online attendance is missing.',
  },
  certificate: {
    rulesHeading: 'Who receives a certificate',
    ruleOnsite: 'On site: whoever was checked in at the entrance.',
    ruleOnline:
      'Online: whoever registered online and opened their personal stream link during the event (from the release until two hours after the end).',
    hoursRule:
      'Hours “from the sessions attended”: the workshops someone was checked in to at the room door count, each with its length, and are named on the certificate. Whoever attended no such workshop gets the fixed number of hours.',
  },
  validation: {
    formatRequired: 'Please choose a format.',
    onlineCapacityRange: 'Please enter a whole number from 1 to 100000, or leave the field empty.',
    streamUrlHttps: 'Please enter a complete https address, for example https://stream.example.org/live.',
    streamUrlTooLong: 'The address is too long (at most 2000 characters).',
    releaseRange: 'Please enter a whole number from 0 to 10080 minutes.',
    sessionChoiceRequired: 'Please choose whether the choice is optional or required.',
    sessionCapacityRange: 'Please enter a whole number from 1 to 100000, or leave the field empty.',
    bookableNeedsEnd: 'A bookable programme item needs an end.',
  },
};
