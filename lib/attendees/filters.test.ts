import { describe, expect, it } from 'vitest';
import { getEventQuestions } from '@/lib/questions/queries';
import { createQuestion } from '@/lib/questions/service';
import { createRegistration } from '@/lib/registrations/service';
import { buildRegistrationSchema } from '@/lib/registrations/schema';
import { db } from '@/lib/server/db';
import { createTestEvent, registrationInput } from '@/test/factories';
import {
  attendeeFilterQuery,
  attendeeOrderBy,
  attendeeWhere,
  parseAttendeeFilters,
  type AttendeeFilters,
} from './filters';

describe('parseAttendeeFilters', () => {
  it('defaults everything and takes the first of repeated values', () => {
    expect(parseAttendeeFilters({})).toMatchObject({
      success: true,
      data: { q: '', page: 1, sort: 'name', dir: 'asc', answers: {} },
    });
    expect(parseAttendeeFilters({ q: ['  Müller ', 'x'], page: '3' })).toMatchObject({
      data: { q: 'Müller', page: 3 },
    });
  });

  it('reads every filter and answer filters from a URL, and round-trips through attendeeFilterQuery', () => {
    const query =
      'q=M%C3%BCller&status=waitlisted&sector=Verwaltung&state=Sachsen&checkedIn=no&guestType=speaker&a.q1=lunch&a.q2=true&sort=registered&dir=desc&page=2';
    const parsed = parseAttendeeFilters(new URLSearchParams(query));
    expect(parsed.data).toEqual({
      q: 'Müller',
      status: 'waitlisted',
      sector: 'Verwaltung',
      state: 'Sachsen',
      checkedIn: 'no',
      guestType: 'speaker',
      answers: { q1: 'lunch', q2: 'true' },
      sort: 'registered',
      dir: 'desc',
      page: 2,
    });
    expect(attendeeFilterQuery(parsed.data!, { page: true })).toBe(query);
    expect(attendeeFilterQuery(parsed.data!)).not.toContain('page=');
  });

  it.each([
    ['q', 'x'.repeat(201)],
    ['status', 'deleted'],
    ['sector', 'Mond'],
    ['state', 'Bavaria'],
    ['checkedIn', 'maybe'],
    ['sort', 'email; DROP TABLE'],
    ['dir', 'up'],
    ['page', '0'],
    ['page', '1.5'],
    ['a.bad id', 'x'],
    ['a.q1', 'x'.repeat(101)],
  ])('rejects %s=%j', (key, value) => {
    expect(parseAttendeeFilters(new URLSearchParams({ [key]: value })).success).toBe(false);
  });
});

describe('attendeeWhere', () => {
  it('combines search, status, sector, state, check-in and choice answers', async () => {
    const event = await createTestEvent({ capacity: 3, waitlistEnabled: true });
    const single = await createQuestion(event.id, {
      type: 'singleChoice',
      labelDe: 'Mittagessen',
      options: [
        { value: 'veg', de: 'Vegetarisch' },
        { value: 'meat', de: 'Fleisch' },
      ],
    });
    const multi = await createQuestion(event.id, {
      type: 'multipleChoice',
      labelDe: 'Workshops',
      options: [
        { value: 'ki', de: 'KI' },
        { value: 'city', de: 'Smart City' },
      ],
    });
    const box = await createQuestion(event.id, { type: 'checkbox', labelDe: 'Abendveranstaltung' });
    const schema = buildRegistrationSchema(await getEventQuestions(event.id));
    const add = async (firstName: string, extra: Record<string, unknown>, answers: Record<string, unknown>) =>
      createRegistration(
        event,
        schema.parse({ ...registrationInput({ firstName }), ...extra, answers, consents: { privacy: true } }),
      );
    const anna = await add(
      'Anna',
      { lastName: 'Müller', sector: 'Verwaltung', state: 'Sachsen' },
      { [single.id]: 'veg', [multi.id]: ['ki', 'city'], [box.id]: true },
    );
    await add(
      'Bernd',
      { lastName: 'Mueller', sector: 'Wirtschaft', state: 'Sachsen' },
      { [single.id]: 'meat', [multi.id]: ['city'] },
    );
    await add(
      'Clara',
      { lastName: 'Schmidt', sector: 'Verwaltung', state: 'Thüringen' },
      { [single.id]: 'veg', [box.id]: false },
    );
    await add('Dora', { lastName: 'Weiß', sector: 'Verwaltung', state: 'Sachsen' }, {}); // waitlisted: capacity 3
    await db.registration.update({ where: { id: anna.id }, data: { checkedInAt: new Date() } });

    const names = async (filters: Partial<AttendeeFilters>) =>
      (
        await db.$queryRaw<
          { firstName: string }[]
        >`SELECT r."firstName" FROM "Registration" r WHERE ${attendeeWhere(event.id, filters)} ORDER BY r."firstName"`
      ).map((r) => r.firstName);
    expect(await names({})).toEqual(['Anna', 'Bernd', 'Clara', 'Dora']);
    expect(await names({ q: 'mueller' })).toEqual(['Anna', 'Bernd']);
    expect(await names({ q: 'Müller anna' })).toEqual(['Anna']);
    expect(await names({ q: '%' })).toEqual([]);
    expect(await names({ status: 'waitlisted' })).toEqual(['Dora']);
    expect(await names({ sector: 'Verwaltung', state: 'Sachsen' })).toEqual(['Anna', 'Dora']);
    expect(await names({ checkedIn: 'yes' })).toEqual(['Anna']);
    expect(await names({ checkedIn: 'no' })).toEqual(['Bernd', 'Clara', 'Dora']);
    expect(await names({ answers: { [single.id]: 'veg' } })).toEqual(['Anna', 'Clara']);
    expect(await names({ answers: { [multi.id]: 'city' } })).toEqual(['Anna', 'Bernd']);
    expect(await names({ answers: { [multi.id]: 'ki', [single.id]: 'veg' } })).toEqual(['Anna']);
    expect(await names({ answers: { [box.id]: 'true' } })).toEqual(['Anna']);
    // Unanswered checkboxes count as "no".
    expect(await names({ answers: { [box.id]: 'false' } })).toEqual(['Bernd', 'Clara', 'Dora']);
    expect(await names({ answers: { [single.id]: "veg' OR 1=1 --" } })).toEqual([]);
    expect(await names({ guestType: 'speaker' })).toEqual([]);
  });

  it('sorts by name, organisation, registration time and status in both directions', async () => {
    const event = await createTestEvent({ capacity: 2, waitlistEnabled: true });
    for (const [firstName, lastName, organization] of [
      ['A', 'Zander', 'Beta'],
      ['B', 'Abel', 'Gamma'],
      ['C', 'Mayer', 'Alpha'],
    ]) {
      await createRegistration(event, registrationInput({ firstName, lastName, organization }));
    }
    const order = async (sort: AttendeeFilters['sort'], dir: AttendeeFilters['dir'] = 'asc') =>
      (
        await db.$queryRaw<
          { firstName: string }[]
        >`SELECT r."firstName" FROM "Registration" r WHERE ${attendeeWhere(event.id, {})} ORDER BY ${attendeeOrderBy({ sort, dir })}`
      )
        .map((r) => r.firstName)
        .join('');
    expect(await order('name')).toBe('BCA');
    expect(await order('name', 'desc')).toBe('ACB');
    expect(await order('organization')).toBe('CAB');
    expect(await order('registered')).toBe('ABC');
    expect(await order('registered', 'desc')).toBe('CBA');
    expect(await order('status')).toBe('BAC'); // confirmed (by name), then waitlisted
  });
});

describe('filter errors', () => {
  it('name error keys, so the reader gets them in their language', async () => {
    const { errorMessage, isErrorKey } = await import('@/lib/i18n/errors');
    const parsed = parseAttendeeFilters({ status: 'alle', page: '0' });
    expect(parsed.success).toBe(false);
    const messages = parsed.error!.issues.map((i) => i.message);
    expect(messages.every(isErrorKey)).toBe(true);
    expect(messages.map((m) => errorMessage(m as never, 'en'))).toEqual(
      expect.arrayContaining(['Unknown status.', 'The page number must be a whole number from 1.']),
    );
    expect(messages.map((m) => errorMessage(m as never, 'de'))).toContain('Unbekannter Status.');
  });
});
