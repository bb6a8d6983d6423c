import type { Dictionary } from '../de';

export const certificateDocument: Dictionary['certificates']['document'] = {
  defaultTitle: 'Certificate of attendance',
  defaultBody:
    'This is to certify that {name} attended the event “{veranstaltung}” in {ort} on {datum}. The attendance amounted to {stunden} hours.',
};
