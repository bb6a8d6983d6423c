import { randomBytes } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { issueFormToken, MIN_FILL_MS } from '@/lib/registrations/anti-bot';
import { db } from '@/lib/server/db';
import { callRoute, jsonPost } from '@/test/routes';
import { createSessionTestEvent } from '@/test/session-fixtures';

// Modes and bookable sessions through the public API's real route handlers.
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
const single = await import('@/app/api/v1/events/[slug]/registrations/route');
const detail = await import('@/app/api/v1/events/[slug]/route');

const u = () => randomBytes(5).toString('hex');
const ip = () => `10.${[...randomBytes(3)].join('.')}`;
const person = () => ({ firstName: 'Erika', lastName: 'Müller', email: `erika.${u()}@example.test` });
const formToken = () => issueFormToken(new Date(Date.now() - MIN_FILL_MS - 1000));
const register = (slug: string, body: object) =>
  callRoute(single.POST, `/api/v1/events/${slug}/registrations`, {
    ...jsonPost({ consents: { privacy: true }, formToken: formToken(), ...person(), ...body }, { 'x-client-ip': ip() }),
    params: { slug },
  });

describe('registration API: modes and sessions', () => {
  it('lists the modes and the sessions with their places, and registers with a mode and sessions', async () => {
    const { event, sessionIds } = await createSessionTestEvent(
      { attendanceFormat: 'hybrid', capacity: 10, onlineCapacity: null },
      [
        { from: 1, to: 2, capacity: 2 },
        { from: 1, to: 2, capacity: 2 },
      ],
    );
    const res = await register(event.slug, { mode: 'onsite', sessions: [sessionIds[0]] });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body).toMatchObject({
      status: 'confirmed',
      mode: 'onsite',
      sessions: [{ id: sessionIds[0], status: 'confirmed' }],
    });

    const info = await callRoute(detail.GET, `/api/v1/events/${event.slug}`, { params: { slug: event.slug } });
    const json = await info.json();
    expect(json.attendanceFormat).toBe('hybrid');
    expect(json.modes).toEqual([
      { mode: 'onsite', capacity: 10, remaining: 9 },
      { mode: 'online', capacity: null, remaining: null },
    ]);
    expect(json.sessions.map((s: { id: string; remaining: number }) => [s.id, s.remaining])).toEqual([
      [sessionIds[0], 1],
      [sessionIds[1], 2],
    ]);
  });

  it('answers 400 for overlapping sessions and 409 for a full one, writing nothing', async () => {
    const { event, sessionIds } = await createSessionTestEvent({}, [
      { from: 1, to: 2, capacity: 0 },
      { from: 1, to: 2 },
    ]);
    const overlap = await register(event.slug, { sessions: sessionIds });
    expect(overlap.status).toBe(400);
    const refused = await overlap.json();
    expect(refused.error.code).toBe('INVALID_INPUT');
    expect(refused.errors.sessions).toMatch(/finden gleichzeitig statt/);
    const full = await register(event.slug, { sessions: [sessionIds[0]] });
    expect(full.status).toBe(409);
    expect((await full.json()).errors.sessions).toMatch(/ist ausgebucht/);
    expect(await db.registration.count({ where: { eventId: event.id } })).toBe(0);
  });
});
