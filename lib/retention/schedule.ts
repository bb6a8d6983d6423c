const DAY = 24 * 60 * 60 * 1000;

/** When the personal data of an event's registrations is anonymised: its end plus `retentionDays`. */
export function anonymisationDate(event: { endsAt: Date; retentionDays: number }): Date {
  return new Date(event.endsAt.getTime() + event.retentionDays * DAY);
}

/** The German note shown to organizers, e.g. "Personenbezogene Daten werden am 3. Oktober 2025 anonymisiert." */
export function anonymisationNote(
  event: { endsAt: Date; retentionDays: number; anonymizedAt: Date | null },
  formatDate: (d: Date) => string,
): string {
  if (event.anonymizedAt) return `Personenbezogene Daten wurden am ${formatDate(event.anonymizedAt)} anonymisiert.`;
  return `Personenbezogene Daten werden am ${formatDate(anonymisationDate(event))} anonymisiert.`;
}
