import { randomBytes } from 'node:crypto';
import { expect, type Page, test } from '@playwright/test';
import { signInAs } from './fixtures/checkin';
import { apiHeaders, exampleAnswers } from './fixtures/clients';
import { CONFERENCE_SLUG, EXAMPLE_SLUG } from './fixtures/constants';
import { e2eQuery } from './fixtures/events';
import { setLanguage } from './fixtures/language';

// WCAG 1.4.10 (Reflow): no page may scroll sideways at 320 CSS px. 390 px is a common phone.
type Viewport = { width: number; height: number };
const VIEWPORTS: readonly Viewport[] = [
  { width: 320, height: 640 },
  { width: 390, height: 844 },
];

interface Target {
  name: string;
  path: (ids: Ids) => string;
  signedIn?: boolean;
}

interface Ids {
  registrationId: string;
  manageToken: string;
  ticketCode: string;
  newsletterToken: string;
  messageId: string;
}

const ev = `/dashboard/events/${EXAMPLE_SLUG}`;
const TARGETS: Target[] = [
  // Public and self-service
  { name: 'home', path: () => '/' },
  { name: 'event page', path: () => `/events/${EXAMPLE_SLUG}` },
  { name: 'past event page', path: () => `/events/${CONFERENCE_SLUG}` },
  { name: 'register', path: () => `/events/${EXAMPLE_SLUG}/register` },
  { name: 'manage', path: (ids) => `/manage/${ids.manageToken}` },
  { name: 'ticket', path: (ids) => `/tickets/${ids.ticketCode}` },
  { name: 'newsletter', path: (ids) => `/newsletter/${ids.newsletterToken}` },
  { name: 'sign-in', path: () => '/signin' },
  { name: 'sign-in mail sent', path: () => '/signin/check-email' },
  { name: 'imprint', path: () => '/impressum' },
  { name: 'privacy', path: () => '/datenschutz' },
  { name: 'accessibility statement', path: () => '/barrierefreiheit' },
  // Dashboard, as admin
  { name: 'dashboard', path: () => '/dashboard', signedIn: true },
  { name: 'new event', path: () => '/dashboard/events/new', signedIn: true },
  { name: 'attendee list', path: () => ev, signedIn: true },
  { name: 'registration detail', path: (ids) => `${ev}/registrations/${ids.registrationId}`, signedIn: true },
  { name: 'registration edit', path: (ids) => `${ev}/registrations/${ids.registrationId}/edit`, signedIn: true },
  { name: 'add person', path: () => `${ev}/registrations/new`, signedIn: true },
  { name: 'editor basics', path: () => `${ev}/edit`, signedIn: true },
  { name: 'editor venue', path: () => `${ev}/edit/venue`, signedIn: true },
  { name: 'editor programme', path: () => `${ev}/edit/programme`, signedIn: true },
  { name: 'editor hosts', path: () => `${ev}/edit/hosts`, signedIn: true },
  { name: 'editor questions', path: () => `${ev}/edit/questions`, signedIn: true },
  { name: 'editor settings', path: () => `${ev}/edit/settings`, signedIn: true },
  { name: 'editor certificate', path: () => `${ev}/edit/certificate`, signedIn: true },
  { name: 'editor new edition', path: () => `${ev}/edit/duplicate`, signedIn: true },
  { name: 'export', path: () => `${ev}/export`, signedIn: true },
  { name: 'messages', path: () => `${ev}/messages`, signedIn: true },
  { name: 'new message', path: () => `${ev}/messages/new`, signedIn: true },
  { name: 'message detail', path: (ids) => `${ev}/messages/${ids.messageId}`, signedIn: true },
  { name: 'stats', path: () => `${ev}/stats`, signedIn: true },
  { name: 'past event attendees', path: () => `/dashboard/events/${CONFERENCE_SLUG}`, signedIn: true },
  { name: 'audit log', path: () => '/dashboard/audit', signedIn: true },
  { name: 'users', path: () => '/dashboard/users', signedIn: true },
  { name: 'privacy requests', path: () => '/dashboard/privacy', signedIn: true },
  // Door
  { name: 'door landing', path: () => '/dashboard/door', signedIn: true },
  { name: 'check-in picker', path: () => '/checkin', signedIn: true },
  { name: 'check-in screen', path: () => `/checkin/${EXAMPLE_SLUG}`, signedIn: true },
];

const hex = (n: number) => randomBytes(n).toString('hex');

let ids: Ids;

test.beforeAll(async ({ request }) => {
  // Long words on purpose: a hyphenated surname, a long organisation and a long address must wrap, not widen the page.
  const id = hex(4);
  const created = await request.post(`/api/v1/events/${EXAMPLE_SLUG}/registrations`, {
    headers: apiHeaders(),
    data: {
      firstName: 'Hans-Christian',
      lastName: `Müller-Lüdenscheidt-Oberweißbach-${id}`,
      email: `hans-christian.mueller-luedenscheidt.${id}@landesverwaltungsamt-sachsen-anhalt.example.test`,
      organization: `Landesamt für Digitalisierung, Breitbandausbau und Vermessung ${id}`,
      newsletter: true,
      answers: await exampleAnswers(request),
      consents: { privacy: true },
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id: registrationId } = (await created.json()) as { id: string };
  const [row] = await e2eQuery<{ manageToken: string; ticketCode: string; newsletterToken: string; eventId: string }>(
    `SELECT "manageToken", "ticketCode", "newsletterToken", "eventId" FROM "Registration" WHERE id = $1`,
    [registrationId],
  );
  const messageId = `e2em${hex(8)}`;
  await e2eQuery(
    `INSERT INTO "OrganizerMessage" (id, "eventId", subject, body, audience, "createdBy", "recipientCount")
     VALUES ($1, $2, $3, $4, 'confirmed', 'e2e', 0)`,
    [
      messageId,
      row!.eventId,
      'Hinweise zur Anreise: Straßenbahnhaltestelle Wilhelm-Leuschner-Platz',
      'Sehr geehrte Damen und Herren, https://www.example.test/ein/sehr/langer/pfad/zur/anfahrtsbeschreibung',
    ],
  );
  ids = { registrationId, messageId, ...row! };
});

async function expectNoSidewaysScroll(page: Page, path: string, viewports: readonly Viewport[] = VIEWPORTS) {
  for (const viewport of viewports) {
    await page.setViewportSize(viewport);
    await page.goto(path);
    await page.waitForLoadState('load');
    const { scrollWidth, innerWidth, widest } = await page.evaluate(() => {
      const width = window.innerWidth;
      // Names the innermost elements that stick out (outside any scrolling region), so a failure says where to look.
      const clipped = (el: Element) => {
        for (let p = el.parentElement; p && p !== document.body; p = p.parentElement)
          if (getComputedStyle(p).overflowX !== 'visible') return true;
        return false;
      };
      const sticking = [...document.body.querySelectorAll('*')].filter(
        (el) => el.getBoundingClientRect().right > width + 0.5,
      );
      // Absolutely positioned text inside a scroller can still widen the page, so fall back to every offender.
      const unclipped = sticking.filter((el) => !clipped(el));
      const out = unclipped.length > 0 ? unclipped : sticking;
      const leaves = out.filter((el) => !out.some((o) => o !== el && el.contains(o)));
      const widest = leaves
        .slice(0, 4)
        .map((el) => `${el.tagName.toLowerCase()}.${el.className} "${el.textContent?.slice(0, 40)}"`)
        .join(', ');
      return { scrollWidth: document.documentElement.scrollWidth, innerWidth: width, widest };
    });
    expect(scrollWidth, `${path} at ${viewport.width} px; widest element: ${widest}`).toBeLessThanOrEqual(innerWidth);
  }
}

for (const target of TARGETS) {
  test(`${target.name} does not scroll sideways at 320 and 390 px, nor in English at 320 px`, async ({
    page,
    context,
  }) => {
    // A session written to the database, so no single-use sign-in link is spent.
    if (target.signedIn) await signInAs(context, 'admin');
    const path = target.path(ids);
    const response = await page.goto(path);
    expect(response?.status(), path).toBeLessThan(400);
    await expect(page).not.toHaveURL(/\/signin\?/);
    await expectNoSidewaysScroll(page, path);
    // English words are shorter, but labels and buttons are laid out again: check the narrowest width once more.
    await setLanguage(context, 'en');
    await expectNoSidewaysScroll(page, path, [VIEWPORTS[0]!]);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
}
