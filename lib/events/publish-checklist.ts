import type { AttendanceFormat } from './modes';

/** The things an organizer should have settled before an event goes public. */
export const CHECKLIST_ITEMS = ['futureDate', 'capacity', 'venue', 'programme', 'legal', 'stream'] as const;
export type ChecklistItem = (typeof CHECKLIST_ITEMS)[number];

export interface ChecklistInput {
  event: {
    startsAt: Date;
    capacity: number | null;
    venueName: string;
    venueAddress: string;
    /** Absent: on site (events from before #17 in tests). */
    attendanceFormat?: AttendanceFormat;
    onlineCapacity?: number | null;
    streamUrl?: string | null;
  };
  sessionCount: number;
  legalConfigured: boolean;
}

export interface ChecklistEntry {
  item: ChecklistItem;
  met: boolean;
}

/**
 * Each checklist item and whether the event meets it. Unlimited places are never "met": they must be meant (an
 * online-only event counts its online places). The stream is an item only where people attend online.
 */
export function publishChecklist({ event, sessionCount, legalConfigured }: ChecklistInput, now = new Date()) {
  const format = event.attendanceFormat ?? 'onsite';
  const met: Record<ChecklistItem, boolean> = {
    futureDate: event.startsAt > now,
    capacity: (format === 'online' ? (event.onlineCapacity ?? null) : event.capacity) !== null,
    venue: event.venueName.trim() !== '' && event.venueAddress.trim() !== '',
    programme: sessionCount > 0,
    legal: legalConfigured,
    stream: Boolean(event.streamUrl),
  };
  const items = format === 'onsite' ? CHECKLIST_ITEMS.filter((item) => item !== 'stream') : CHECKLIST_ITEMS;
  return items.map((item): ChecklistEntry => ({ item, met: met[item] }));
}

/** The unmet items the organizer has not confirmed; publishing is allowed only when this is empty. */
export function unconfirmedItems(checklist: ChecklistEntry[], confirmed: readonly string[]): ChecklistItem[] {
  return checklist.filter((entry) => !entry.met && !confirmed.includes(entry.item)).map((entry) => entry.item);
}
