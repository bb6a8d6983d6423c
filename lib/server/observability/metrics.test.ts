import { describe, expect, it } from 'vitest';
import { createRegistration } from '@/lib/registrations/service';
import { db } from '@/lib/server/db';
import { createTestEvent, registrationInput } from '@/test/factories';
import { observeRequest, renderMetrics } from './metrics';

/** The value of one sample in the Prometheus text, e.g. `name{a="b"}`; 0 when absent. */
async function sample(series: string): Promise<number> {
  const { body } = await renderMetrics();
  const line = body.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.split(' ')[1]) : 0;
}

describe('metrics', () => {
  it('count registrations by outcome as the registration core decides them', async () => {
    const event = await createTestEvent({ capacity: 1, waitlistEnabled: true });
    const confirmed = 'tagungsbuero_registrations_total{outcome="confirmed",source="api"}';
    const waitlisted = 'tagungsbuero_registrations_total{outcome="waitlisted",source="api"}';
    const duplicate = 'tagungsbuero_registrations_total{outcome="already_registered",source="api"}';
    const before = { confirmed: await sample(confirmed), waitlisted: await sample(waitlisted) };
    const before2 = await sample(duplicate);
    const input = registrationInput();
    await createRegistration(event, input, { source: 'api' });
    await createRegistration(event, registrationInput(), { source: 'api' });
    await expect(createRegistration(event, input, { source: 'api' })).rejects.toThrow();
    expect(await sample(confirmed)).toBe(before.confirmed + 1);
    expect(await sample(waitlisted)).toBe(before.waitlisted + 1);
    expect(await sample(duplicate)).toBe(before2 + 1);
  });

  it('read the outbox by state and the check-ins from the database at scrape time', async () => {
    const rows = await db.outboxMail.groupBy({ by: ['status'], _count: true });
    const queued = rows.find((r) => r.status === 'queued')?._count ?? 0;
    expect(await sample('tagungsbuero_outbox_mails{state="queued"}')).toBe(queued);
    const { body } = await renderMetrics();
    for (const state of ['queued', 'retrying', 'sent', 'failed'])
      expect(body).toContain(`tagungsbuero_outbox_mails{state="${state}"}`);
    expect(body).toContain('# TYPE tagungsbuero_checkins gauge');
  });

  it('report the pool in use and request latency by route pattern', async () => {
    await db.$queryRawUnsafe('SELECT 1');
    expect(await sample('tagungsbuero_db_pool_connections{state="idle"}')).toBeGreaterThanOrEqual(1);
    const series = 'http_request_duration_seconds_count{method="GET",route="/events/[slug]",status="200"}';
    const before = await sample(series);
    observeRequest({ method: 'GET', route: '/events/[slug]', status: 200 }, 0.012);
    observeRequest({ method: 'BREW', route: '/events/[slug]', status: 200 }, 0.012);
    expect(await sample(series)).toBe(before + 1);
    expect(
      await sample('http_request_duration_seconds_count{method="other",route="/events/[slug]",status="200"}'),
    ).toBe(1);
  });
});
