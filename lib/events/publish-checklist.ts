/** The things an organizer should have settled before an event goes public. */
export const CHECKLIST_ITEMS = ['futureDate', 'capacity', 'venue', 'programme', 'legal'] as const;
export type ChecklistItem = (typeof CHECKLIST_ITEMS)[number];

export interface ChecklistInput {
  event: { startsAt: Date; capacity: number | null; venueName: string; venueAddress: string };
  sessionCount: number;
  legalConfigured: boolean;
}

export interface ChecklistEntry {
  item: ChecklistItem;
  met: boolean;
}

/** Each checklist item and whether the event meets it. Unlimited places are never "met": they must be meant. */
export function publishChecklist({ event, sessionCount, legalConfigured }: ChecklistInput, now = new Date()) {
  const met: Record<ChecklistItem, boolean> = {
    futureDate: event.startsAt > now,
    capacity: event.capacity !== null,
    venue: event.venueName.trim() !== '' && event.venueAddress.trim() !== '',
    programme: sessionCount > 0,
    legal: legalConfigured,
  };
  return CHECKLIST_ITEMS.map((item): ChecklistEntry => ({ item, met: met[item] }));
}

/** The unmet items the organizer has not confirmed; publishing is allowed only when this is empty. */
export function unconfirmedItems(checklist: ChecklistEntry[], confirmed: readonly string[]): ChecklistItem[] {
  return checklist.filter((entry) => !entry.met && !confirmed.includes(entry.item)).map((entry) => entry.item);
}
