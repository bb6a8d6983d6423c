import type { Dictionary } from '../de';

export const roomDoor: Dictionary['roomDoor'] = {
  chooser: {
    label: 'Door of this device',
    entrance: 'Event entrance',
    room: 'Room door: {title}',
    hint: 'At a room door only people who booked this workshop get in; their check-in also counts for the event.',
  },
  heading: 'Room door: {title}',
  where: '{time} · {room}',
  counter: '{checked} of {total} bookings checked in',
  result: {
    notBooked: 'Not booked for this workshop',
    notBookedDetail: 'No entry to this room. Please send them to the workshop they booked or to the registration desk.',
    online: 'Online attendance – no entry',
    onlineDetail: 'This person registered to attend online. Please send them to the registration desk.',
  },
  conflicts: {
    notBooked: 'let in at a room door, but not booked for that workshop',
    online: 'registered to attend online',
  },
  search: {
    notBooked: 'Not booked',
    online: 'Online attendance',
    booked: 'Booked, not checked in yet',
  },
};
