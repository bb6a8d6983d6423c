import type { ValidationKey } from '@/lib/edge/field-errors';

/** Messages for the keys the registration schema reports (lib/registrations/schema.ts). */
export const validation = {
  required: 'Bitte füllen Sie dieses Feld aus.',
  tooLong: 'Diese Angabe ist zu lang.',
  email: 'Bitte geben Sie eine gültige E-Mail-Adresse ein, z. B. name@beispiel.de.',
  consent: 'Bitte stimmen Sie der Verarbeitung Ihrer Daten zu, damit wir Ihre Anmeldung bearbeiten können.',
  characters: 'Bitte verwenden Sie nur druckbare Zeichen.',
  number: 'Bitte geben Sie eine ganze Zahl im erlaubten Bereich ein.',
  option: 'Bitte wählen Sie eine der angebotenen Möglichkeiten.',
  sameEmail: 'Zur Bestätigung bitte dieselbe Adresse noch einmal eingeben.',
  groupTooLarge: 'Es können nicht so viele Personen gemeinsam angemeldet werden.',
  duplicateInGroup: 'Diese E-Mail-Adresse steht bereits bei einer anderen Person der Gruppe.',
} satisfies Record<ValidationKey, string>;
