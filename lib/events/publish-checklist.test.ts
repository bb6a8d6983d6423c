import { describe, expect, it } from 'vitest';
import { type ChecklistInput, publishChecklist, unconfirmedItems } from './publish-checklist';

const now = new Date('2026-12-02T12:00:00Z');
const ready: ChecklistInput = {
  event: {
    startsAt: new Date('2027-03-01T08:00:00Z'),
    capacity: 200,
    venueName: 'Festsaal',
    venueAddress: 'Markt 1\n04109 Leipzig',
  },
  sessionCount: 3,
  legalConfigured: true,
};

const unmet = (input: ChecklistInput) =>
  publishChecklist(input, now)
    .filter((e) => !e.met)
    .map((e) => e.item);

describe('publishChecklist', () => {
  it('meets every item for a ready event', () => {
    expect(unmet(ready)).toEqual([]);
  });

  it('flags a date in the past', () => {
    expect(unmet({ ...ready, event: { ...ready.event, startsAt: new Date('2026-12-01T08:00:00Z') } })).toEqual([
      'futureDate',
    ]);
  });

  it('flags unlimited places, which must be meant', () => {
    expect(unmet({ ...ready, event: { ...ready.event, capacity: null } })).toEqual(['capacity']);
  });

  it('flags a missing venue, an empty programme and unconfigured legal pages', () => {
    expect(unmet({ event: { ...ready.event, venueAddress: ' ' }, sessionCount: 0, legalConfigured: false })).toEqual([
      'venue',
      'programme',
      'legal',
    ]);
  });
});

describe('publishChecklist for online attendance (issue #17)', () => {
  const items = (event: Partial<ChecklistInput['event']>) =>
    publishChecklist({ ...ready, event: { ...ready.event, ...event } }, now).map((e) => [e.item, e.met]);

  it('has no stream item for an on-site event', () => {
    expect(items({ attendanceFormat: 'onsite' }).map(([item]) => item)).not.toContain('stream');
  });

  it('flags a hybrid or online event without a stream address, and meets it with one', () => {
    expect(unmet({ ...ready, event: { ...ready.event, attendanceFormat: 'hybrid', streamUrl: null } })).toEqual([
      'stream',
    ]);
    expect(items({ attendanceFormat: 'hybrid', streamUrl: 'https://stream.example.org/' })).toContainEqual([
      'stream',
      true,
    ]);
    expect(unmet({ ...ready, event: { ...ready.event, attendanceFormat: 'online', onlineCapacity: 500 } })).toEqual([
      'stream',
    ]);
  });

  it('counts the online places of an online-only event, which must be meant when unlimited', () => {
    const online = { attendanceFormat: 'online' as const, streamUrl: 'https://stream.example.org/' };
    expect(unmet({ ...ready, event: { ...ready.event, ...online, capacity: 200, onlineCapacity: null } })).toEqual([
      'capacity',
    ]);
    expect(unmet({ ...ready, event: { ...ready.event, ...online, capacity: null, onlineCapacity: 80 } })).toEqual([]);
  });
});

describe('unconfirmedItems', () => {
  const checklist = publishChecklist({ ...ready, sessionCount: 0, legalConfigured: false }, now);

  it('lists the unmet items not confirmed', () => {
    expect(unconfirmedItems(checklist, ['programme'])).toEqual(['legal']);
  });

  it('is empty when every unmet item is confirmed, and ignores confirmations of met items', () => {
    expect(unconfirmedItems(checklist, ['programme', 'legal', 'venue'])).toEqual([]);
  });
});
