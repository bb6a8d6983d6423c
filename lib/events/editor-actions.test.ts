import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/server/db';
import { createTestEvent } from '@/test/factories';
import { sessionCookieFor } from '@/test/session-cookie';
import { createEventAction, setPublishedAction, updateBasicsAction } from './editor-actions';

// What the editor forms get back from the pipeline: German texts at the fields, a redirect rethrown.
// The organizer is a real session row; its cookie travels in the mocked request headers, as from a browser.
const state = vi.hoisted(() => ({ cookie: '' }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ 'x-pathname': '/dashboard', cookie: state.cookie }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => undefined }),
}));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const u = randomBytes(4).toString('hex');
const basics = (overrides: Record<string, string> = {}) => ({
  title: 'Aktionstest',
  slug: `action-${u}`,
  motto: '',
  description: '',
  themes: '',
  startsAt: '2027-04-02T09:00',
  endsAt: '2027-04-02T17:00',
  ...overrides,
});
const venue = {
  venueName: 'HTWK Leipzig',
  venueAddress: 'Karl-Liebknecht-Straße 132',
  venueRoom: '',
  venueDirections: '',
};

beforeAll(async () => {
  const email = `action-orga-${u}@example.test`;
  const user = await db.user.create({ data: { email, role: 'organizer', invitedAt: new Date(), invitedBy: 'test' } });
  state.cookie = await sessionCookieFor(user.id);
});

describe('event editor actions', () => {
  it('answers invalid values with the schema texts at their fields and no form error', async () => {
    const result = await createEventAction({ ...basics({ title: ' ', endsAt: '2027-04-01T09:00' }), ...venue });
    expect(result).toEqual({
      ok: false,
      code: 'INVALID_INPUT',
      fieldErrors: { title: 'Bitte einen Titel angeben.', endsAt: 'Das Ende muss nach dem Beginn liegen.' },
    });
  });

  it('reports a taken slug at the slug field, and creates the event and opens its editor otherwise', async () => {
    const taken = await createTestEvent();
    const refused = await createEventAction({ ...basics({ slug: taken.slug }), ...venue });
    expect(refused).toMatchObject({ ok: false, fieldErrors: { slug: 'Diese Kurzadresse ist schon vergeben.' } });
    await expect(createEventAction({ ...basics(), ...venue })).rejects.toMatchObject({
      digest: expect.stringContaining(`/dashboard/events/action-${u}/edit`),
    });
    const event = await db.event.findUniqueOrThrow({ where: { slug: `action-${u}` } });
    expect(await updateBasicsAction(event.id, basics({ title: 'Neuer Titel' }))).toEqual({
      ok: true,
      data: { slug: `action-${u}` },
    });
  });

  it('refuses to publish without the confirmations of the unmet checklist items, even when the UI is skipped', async () => {
    const event = await createTestEvent({ published: false, capacity: null });
    const refused = await setPublishedAction(event.id, true);
    expect(refused).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).published).toBe(false);
    const partly = await setPublishedAction(event.id, true, ['capacity']);
    expect(partly).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    const all = await setPublishedAction(event.id, true, ['capacity', 'programme', 'legal', 'futureDate', 'venue']);
    expect(all).toEqual({ ok: true, data: { slug: event.slug } });
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).published).toBe(true);
  });
});
