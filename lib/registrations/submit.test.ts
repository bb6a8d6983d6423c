import { randomBytes } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { createApiKey } from '@/lib/api-keys/service';
import { db } from '@/lib/server/db';
import { createTestEvent } from '@/test/factories';
import { HONEYPOT_FIELD, issueFormToken, MIN_FILL_MS } from './anti-bot';
import { getRegistrationTarget } from './queries';
import { submitRegistration } from './submit';

const revalidatePath = vi.hoisted(() => vi.fn());
vi.mock('next/cache', () => ({ revalidatePath, revalidateTag: vi.fn() }));

// Each test gets its own client address, so the per-IP limit of one test never refuses another's.
const browser = () => ({ source: 'form' as const, locale: 'de' as const, ip: `10.${[...randomBytes(3)].join('.')}` });
const filledForm = () => ({
  firstName: 'Erika',
  lastName: 'Müller',
  email: `erika.${randomBytes(5).toString('hex')}@example.test`,
  consents: { privacy: true },
  formToken: issueFormToken(new Date(Date.now() - MIN_FILL_MS - 1000)),
});

async function target(overrides: Parameters<typeof createTestEvent>[0] = {}) {
  const event = await createTestEvent(overrides);
  return { event, target: (await getRegistrationTarget(event.slug))! };
}

async function refusal(promise: Promise<unknown>) {
  return promise.then(
    () => null,
    (error: { code?: string; fieldErrors?: object; retryAfterSeconds?: number }) => error,
  );
}

describe('submitRegistration', () => {
  it('registers with a valid form and uses the form token up in the same statement', async () => {
    const { event, target: t } = await target();
    const form = filledForm();
    const created = await submitRegistration(t, form, browser());
    expect(created.status).toBe('confirmed');
    // The same token again (a replayed request with another address) writes nothing.
    expect(
      await refusal(submitRegistration(t, { ...filledForm(), formToken: form.formToken }, browser())),
    ).toMatchObject({ code: 'BOT_SUSPECTED' });
    expect(await db.registration.count({ where: { eventId: event.id } })).toBe(1);
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).confirmedCount).toBe(1);
  });

  it('refuses bots before parsing: honeypot, missing or too recent token', async () => {
    const { event, target: t } = await target();
    const bot = { ...filledForm(), [HONEYPOT_FIELD]: 'http://spam.example' };
    expect(await refusal(submitRegistration(t, bot, browser()))).toMatchObject({ code: 'BOT_SUSPECTED' });
    const fast = { firstName: '', formToken: issueFormToken(new Date()) };
    expect(await refusal(submitRegistration(t, fast, browser()))).toMatchObject({ code: 'BOT_SUSPECTED' });
    const { formToken: _none, ...noToken } = filledForm();
    expect(await refusal(submitRegistration(t, noToken, browser()))).toMatchObject({ code: 'BOT_SUSPECTED' });
    expect(await db.registration.count({ where: { eventId: event.id } })).toBe(0);
  });

  it('answers invalid input with field keys and keeps the token usable for the corrected form', async () => {
    const { target: t } = await target();
    const form = filledForm();
    const invalid = await refusal(submitRegistration(t, { ...form, firstName: 'Er\u0000ika', email: 'x' }, browser()));
    expect(invalid).toMatchObject({ code: 'INVALID_INPUT', fieldErrors: { firstName: 'characters', email: 'email' } });
    expect((await submitRegistration(t, form, browser())).status).toBe('confirmed');
  });

  it('limits registrations per address with the wait in seconds', async () => {
    const { target: t } = await target();
    const client = browser();
    const results = [];
    for (let i = 0; i < 11; i++) results.push(await refusal(submitRegistration(t, filledForm(), client)));
    expect(results.slice(0, 10)).toEqual(Array(10).fill(null));
    expect(results[10]).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
  });

  it('lets an API key register without a form token, and refuses an unknown key first', async () => {
    const { target: t } = await target();
    const { key } = await createApiKey({ name: `submit-${randomBytes(3).toString('hex')}` });
    const { formToken: _none, ...form } = filledForm();
    const api = { source: 'api' as const, locale: 'de' as const, ip: '203.0.113.1' };
    expect((await submitRegistration(t, form, { ...api, authorization: `Bearer ${key}` })).status).toBe('confirmed');
    expect(await refusal(submitRegistration(t, {}, { ...api, authorization: 'Bearer tb_wrong' }))).toMatchObject({
      code: 'UNAUTHORIZED',
    });
  });

  it('re-renders the cached event page only when the last seat is taken', async () => {
    const { event, target: t } = await target({ capacity: 2 });
    revalidatePath.mockClear();
    await submitRegistration(t, filledForm(), browser());
    expect(revalidatePath).not.toHaveBeenCalled();
    await submitRegistration(t, filledForm(), browser());
    expect(revalidatePath.mock.calls.map(([path]) => path)).toEqual(
      expect.arrayContaining([expect.stringContaining(`/events/${event.slug}`)]),
    );
  });
});
