const DAY_MS = 24 * 60 * 60 * 1000;

/** When a manage link stops working: the end of the event plus its retention period. */
export function manageLinkExpiresAt(event: { endsAt: Date; retentionDays: number }): Date {
  return new Date(event.endsAt.getTime() + event.retentionDays * DAY_MS);
}

/** True once the manage link of a registration for this event no longer opens. */
export function isManageLinkExpired(event: { endsAt: Date; retentionDays: number }, now: Date): boolean {
  return now.getTime() > manageLinkExpiresAt(event).getTime();
}

/** The path of a personal manage page. */
export function managePath(manageToken: string): string {
  return `/manage/${manageToken}`;
}
