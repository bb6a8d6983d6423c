// Texts around organizer-entered content on the public pages (bilingual content, fallback to German).
export const content = {
  fallbackNote: 'Einige Inhalte liegen nur auf Deutsch vor.',
};
