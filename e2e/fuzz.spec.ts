import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { z } from 'zod';
import { buildRegistrationUpdateSchema, registrationSchema } from '../lib/registrations/schema';
import { registerViaApi } from './fixtures/clients';
import { EXAMPLE_SLUG } from './fixtures/constants';
import { addLunchQuestion, createE2eEvent, e2eQuery } from './fixtures/events';
import { actionRequest, publicActionArgs } from './fuzz/actions';
import { type FuzzWorld, routeRequest } from './fuzz/requests';
import { runFuzz } from './fuzz/run';
import type { JsonSchema } from './fuzz/schema-arbitrary';
import { actionTargets, routeTargets } from './fuzz/targets';

// Property-based fuzz of every route handler and every server action against the built server (its own Playwright
// project, run after all other specs so that it alone writes to the database). Each generated request must get an
// answer below 500, and a refused one (4xx, or an action's failure result) must not change the row count of any
// table but those listed in fuzz/harness.ts. Bounded by FUZZ_SECONDS (default 75); FUZZ_SEED repeats a run's choices
// (the event, tokens and ids are new each run).

const SECONDS = Number(process.env.FUZZ_SECONDS ?? 75);
// 22 to 80 requests a second were measured on a 2-core machine shared with other work.
const MIN_REQUESTS = Number(process.env.FUZZ_MIN_REQUESTS ?? 1000);
const BATCH = Number(process.env.FUZZ_BATCH ?? 6);
const seed = Number(process.env.FUZZ_SEED ?? randomBytes(4).readUInt32LE() >> 1);

const jsonSchemaOf = (schema: unknown) =>
  z.toJSONSchema(schema as z.ZodType, { io: 'input', unrepresentable: 'any' }) as JsonSchema;

test('no generated request gets a 5xx, and no refused request writes a row', async ({ request, baseURL }) => {
  test.setTimeout((SECONDS + 120) * 1000);
  const event = await createE2eEvent({ title: 'Fuzz' });
  await addLunchQuestion(event.id);
  const people = [await registerViaApi(request, event.slug), await registerViaApi(request, event.slug)];
  const tokens = await e2eQuery<{ manageToken: string }>(
    'SELECT "manageToken" FROM "Registration" WHERE id = ANY($1) ORDER BY id',
    [people.map((p) => p.id)],
  );
  const adminId = `fuzz${randomBytes(8).toString('hex')}`;
  const sessionToken = randomBytes(32).toString('hex');
  await e2eQuery(
    `INSERT INTO "User" (id, email, role, "invitedAt", "invitedBy") VALUES ($1, $2, 'admin', now(), 'e2e')`,
    [adminId, `fuzz-admin-${adminId}@example.test`],
  );
  await e2eQuery(
    `INSERT INTO "Session" (id, "sessionToken", "userId", expires) VALUES ($1, $2, $3, now() + interval '1 day')`,
    [`${adminId}s`, sessionToken, adminId],
  );

  // Request bodies of the API, straight from the OpenAPI document the server publishes.
  const doc = (await (await request.get('/api/v1/openapi.json')).json()) as {
    paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: JsonSchema }> } }>>;
    components: { schemas: Record<string, JsonSchema> };
  };
  const routes = routeTargets();
  const bodies: Record<string, JsonSchema> = {};
  for (const [docPath, operations] of Object.entries(doc.paths)) {
    const route = `/api/v1${docPath.replace(/\{(\w+)\}/g, '[$1]')}`;
    expect(
      routes.map((r) => r.route),
      `${docPath} of the OpenAPI document has a route handler`,
    ).toContain(route);
    for (const [method, operation] of Object.entries(operations)) {
      const schema = operation.requestBody?.content['application/json']?.schema;
      if (schema) bodies[`${method.toUpperCase()} ${route}`] = schema;
    }
  }
  expect(Object.keys(bodies).length).toBeGreaterThanOrEqual(4);

  const world: FuzzWorld = {
    baseUrl: baseURL!,
    params: {
      slug: [event.slug, EXAMPLE_SLUG, 'gibt-es-nicht'],
      token: tokens.map((t) => t.manageToken),
      id: [people[0]!.id, 'clxxxxxxxxxxxxxxxxxxxxxxx', '1'],
      nextauth: ['signin', 'signin/email', 'callback/email', 'session', 'csrf', 'providers', 'signout', 'error'],
      format: ['csv', 'xlsx', 'pdf'],
      index: ['0', '1', '-1', '99999999999999999999'],
      locale: ['de', 'en', 'xx'],
    },
    adminCookie: `next-auth.session-token=${sessionToken}`,
    apiKey: process.env.E2E_API_KEY!,
    bodies,
    components: doc.components.schemas,
  };
  const actions = actionTargets();
  const args = publicActionArgs({
    registration: jsonSchemaOf(registrationSchema),
    registrationUpdate: jsonSchemaOf(buildRegistrationUpdateSchema([])),
  });
  // The newsletter page's inline action takes the same form as the action it calls.
  for (const inline of actions.filter((a) => a.public && !(a.name in args)))
    args[inline.name] = args.confirmNewsletterAction!;
  expect(actions.filter((a) => a.public).map((a) => a.name)).toEqual(
    expect.arrayContaining(['registerAction', 'changeEmailAction', 'confirmNewsletterAction']),
  );
  const perRoute = routes.map((t) => routeRequest(t, world));
  const perPublicAction = actions.filter((a) => a.public).map((a) => actionRequest(a, args, world));
  const perOtherAction = actions.filter((a) => !a.public).map((a) => actionRequest(a, args, world));
  const requests = fc.oneof(
    { weight: 3, arbitrary: fc.oneof(...perRoute) },
    { weight: 2, arbitrary: fc.oneof(...perPublicAction) },
    { weight: 1, arbitrary: fc.oneof(...perOtherAction) },
  );
  // The run starts with one request per target, so that each is hit whatever the time limit allows.
  const sweep = [...perRoute, ...perPublicAction, ...perOtherAction].map(
    (arbitrary, i) => fc.sample(arbitrary, { seed: seed + i, numRuns: 1 })[0]!,
  );

  const stats = await runFuzz(requests, sweep, {
    baseUrl: baseURL!,
    databaseUrl: process.env.E2E_DATABASE_URL!,
    seed,
    seconds: SECONDS,
    batch: BATCH,
  }).finally(() => console.log(`[fuzz] seed ${seed} (FUZZ_SEED repeats its choices)`));
  const histogram = [...stats.statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s} × ${n}`);
  const fivexx = [...stats.statuses].filter(([s]) => s >= 500).reduce((sum, [, n]) => sum + n, 0);
  console.log(
    `[fuzz] ${stats.sent} requests in ${stats.seconds.toFixed(0)} s to ${routes.length} route handlers and ${actions.length} server actions (${stats.targets.size} targets hit); statuses: ${histogram.join(', ')}; ${fivexx} × 5xx; ${stats.refusedChecked} refused requests checked for written rows`,
  );
  for (const write of stats.lateWrites)
    console.log(`[fuzz] written by none of the refused requests (a late commit or a job): ${write}`);
  expect(stats.targets.size, 'every route handler and action was hit').toBe(routes.length + actions.length);
  expect(stats.sent, 'requests sent within the time limit').toBeGreaterThanOrEqual(MIN_REQUESTS);
});
