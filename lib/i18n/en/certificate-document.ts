import type { Dictionary } from '../de';

export const certificateDocument: Dictionary['certificates']['document'] = {
  defaultTitle: 'Certificate of attendance',
  defaultBody:
    'This is to certify that {name} attended the event “{event}” in {venue} on {date}. The attendance amounted to {hours} hours.',
};
