import type { Locale } from '@/lib/i18n/config';

/** Version identifier stored with every registration; bump it whenever the text below changes. */
export const PRIVACY_CONSENT_VERSION = 'privacy-2025-01';

/** The exact consent text shown next to the checkbox. */
export const PRIVACY_CONSENT_TEXT: Record<Locale, string> = {
  de: 'Ich willige ein, dass die Veranstalter meine Angaben zur Durchführung der Veranstaltung (Anmeldung, Einlass, Teilnehmerliste) verarbeiten. Die Daten werden nach Ablauf der Aufbewahrungsfrist gelöscht. Ich kann meine Einwilligung jederzeit widerrufen.',
  en: 'I agree that the organisers process my details to run the event (registration, admission, list of participants). The data is deleted after the retention period. I can withdraw my consent at any time.',
};
