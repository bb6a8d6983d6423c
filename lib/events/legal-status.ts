import 'server-only';

/**
 * Whether the legal pages (Impressum, Datenschutz, Barrierefreiheit) are configured, for the publish checklist.
 * Placeholder until `isLegalConfigured()` from lib/legal/queries.ts exists: "not configured" makes the organizer
 * confirm the item, which is the safe side.
 */
export async function legalPagesConfigured(): Promise<boolean> {
  return false;
}
