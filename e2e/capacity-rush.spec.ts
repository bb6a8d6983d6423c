import { expect, test } from '@playwright/test';
import { apiHeaders } from './fixtures/clients';
import { createE2eEvent, e2eQuery } from './fixtures/events';

// 300 people for 100 seats, all at once, through the public API; then 30 cancellations at once.
test('the API never oversells under a rush and refills cancelled seats from the waiting list', async ({ request }) => {
  test.setTimeout(180_000);
  const { slug } = await createE2eEvent({ capacity: 100, waitlistEnabled: true, title: 'Ansturm' });

  const responses = await Promise.all(
    Array.from({ length: 300 }, (_, i) =>
      request.post(`/api/v1/events/${slug}/registrations`, {
        headers: apiHeaders(`10.77.${i >> 8}.${i & 255}`),
        data: {
          firstName: 'Ansturm',
          lastName: `Person ${i}`,
          email: `rush-${i}-${slug}@example.test`,
          consents: { privacy: true },
        },
      }),
    ),
  );
  const statuses = responses.map((r) => r.status());
  expect(statuses.filter((s) => s >= 500)).toEqual([]);
  expect(statuses.every((s) => s === 201)).toBe(true);
  const bodies = await Promise.all(responses.map((r) => r.json() as Promise<{ id: string; status: string }>));
  expect(bodies.filter((b) => b.status === 'confirmed')).toHaveLength(100);
  expect(bodies.filter((b) => b.status === 'waitlisted')).toHaveLength(200);
  expect(new Set(bodies.map((b) => b.id)).size).toBe(300);

  const count = async () => {
    const rows = await e2eQuery<{ status: string; n: number }>(
      `SELECT r.status::text AS status, count(*)::int AS n FROM "Registration" r JOIN "Event" e ON e.id = r."eventId" WHERE e.slug = $1 GROUP BY 1`,
      [slug],
    );
    return Object.fromEntries(rows.map((r) => [r.status, r.n]));
  };
  expect(await count()).toEqual({ confirmed: 100, waitlisted: 200 });
  const api = await (await request.get(`/api/v1/events/${slug}`)).json();
  expect(api.registration).toMatchObject({ status: 'waitlist', capacity: 100, remaining: 0 });

  // 30 confirmed attendees cancel at the same moment (the same service the manage page uses).
  process.env.DATABASE_URL = process.env.E2E_DATABASE_URL;
  const { cancelRegistration } = await import('../lib/registrations/cancellation');
  const cancelling = bodies.filter((b) => b.status === 'confirmed').slice(0, 30);
  await Promise.all(cancelling.map((b) => cancelRegistration(b.id, 'attendee')));
  expect(await count()).toEqual({ confirmed: 100, waitlisted: 170, cancelled: 30 });
});
