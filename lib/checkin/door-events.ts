// The staff landing page's order: what happens today first, then what is coming, then what has just ended.
import { EVENT_TIME_ZONE } from '@/lib/format';

export type DoorEventPhase = 'today' | 'upcoming' | 'past';

export interface DoorEventCounts {
  confirmed: number;
  checkedIn: number;
  waitlisted: number;
}

const day = new Intl.DateTimeFormat('en-CA', { timeZone: EVENT_TIME_ZONE, dateStyle: 'short' });

/** Today means: running now, or starting or ending on today's date at the venue. */
export function doorEventPhase(event: { startsAt: Date; endsAt: Date }, now: Date): DoorEventPhase {
  const today = day.format(now);
  const running = event.startsAt <= now && now <= event.endsAt;
  if (running || day.format(event.startsAt) === today || day.format(event.endsAt) === today) return 'today';
  return event.startsAt > now ? 'upcoming' : 'past';
}

const RANK: Record<DoorEventPhase, number> = { today: 0, upcoming: 1, past: 2 };

/** Today's and upcoming events by start, then ended ones with the latest first. */
export function sortDoorEvents<T extends { startsAt: Date; phase: DoorEventPhase }>(events: T[]): T[] {
  return [...events].sort((a, b) => {
    if (a.phase !== b.phase) return RANK[a.phase] - RANK[b.phase];
    const diff = a.startsAt.getTime() - b.startsAt.getTime();
    return a.phase === 'past' ? -diff : diff;
  });
}
