import { describe, expect, it } from 'vitest';
import { isManageLinkExpired, manageLinkExpiresAt, managePath } from './manage-link';

const event = { endsAt: new Date('2025-04-03T15:00:00Z'), retentionDays: 180 };

describe('manage link expiry', () => {
  it('expires exactly retentionDays after the end of the event', () => {
    expect(manageLinkExpiresAt(event).toISOString()).toBe('2025-09-30T15:00:00.000Z');
  });

  it('still opens at the expiry instant and not a millisecond later', () => {
    const at = manageLinkExpiresAt(event);
    expect(isManageLinkExpired(event, at)).toBe(false);
    expect(isManageLinkExpired(event, new Date(at.getTime() + 1))).toBe(true);
    expect(isManageLinkExpired({ ...event, retentionDays: 0 }, new Date('2025-04-03T15:00:01Z'))).toBe(true);
  });

  it('builds the path from the token', () => {
    expect(managePath('abc')).toBe('/manage/abc');
  });
});
