import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from './fixtures/axe';
import { e2eQuery } from './fixtures/events';
import { setLanguage } from './fixtures/language';

const FULLY_ENGLISH_SLUG = '17-mitteldeutsche-digitalisierungskonferenz';
const FALLBACK_NOTE = 'Some content is only available in German.';

/** Every German content value of an event whose English version differs (German and English may agree). */
async function germanValues(slug: string): Promise<string[]> {
  const [event] = await e2eQuery<Record<string, string | string[] | null>>(
    `SELECT id, title, "titleEn", motto, "mottoEn", description, "descriptionEn", themes, "themesEn",
       "venueDirections", "venueDirectionsEn" FROM "Event" WHERE slug = $1`,
    [slug],
  );
  const sessions = await e2eQuery<Record<string, string | null>>(
    `SELECT title, "titleEn", description, "descriptionEn" FROM "EventSession" WHERE "eventId" = $1`,
    [event!.id],
  );
  const roles = await e2eQuery<Record<string, string | null>>(
    `SELECT sp.role, sp."roleEn" FROM "Speaker" sp JOIN "EventSession" s ON s.id = sp."sessionId" WHERE s."eventId" = $1
     UNION ALL SELECT role, "roleEn" FROM "Host" WHERE "eventId" = $1`,
    [event!.id],
  );
  const pairs: [unknown, unknown][] = [
    ...['title', 'motto', 'description', 'venueDirections'].map(
      (f) => [event![f], event![`${f}En`]] as [unknown, unknown],
    ),
    ...((event!.themes as string[]) ?? []).map(
      (theme, i) => [theme, (event!.themesEn as string[])[i]] as [unknown, unknown],
    ),
    ...sessions.flatMap(
      (s) =>
        [
          [s.title, s.titleEn],
          [s.description, s.descriptionEn],
        ] as [unknown, unknown][],
    ),
    ...roles.map((r) => [r.role, r.roleEn] as [unknown, unknown]),
  ];
  return pairs.filter(([de, en]) => typeof de === 'string' && de !== '' && de !== en).map(([de]) => de as string);
}

test.describe('bilingual content', () => {
  test.beforeEach(async ({ page }) => {
    await setLanguage(page.context(), 'en');
  });

  test('an event with English content shows no German content on its English page', async ({ page }) => {
    const german = await germanValues(FULLY_ENGLISH_SLUG);
    expect(german.length).toBeGreaterThan(10);
    await page.goto(`/events/${FULLY_ENGLISH_SLUG}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('17th Central German Digitalisation Conference');
    const text = (await page.locator('body').textContent()) ?? '';
    for (const value of german) expect(text, `German text on the English page: ${value}`).not.toContain(value);
    await expect(page.getByText(FALLBACK_NOTE)).toHaveCount(0);
    // Names, rooms and addresses stay as signposted (marked translate="no"); no content field falls back.
    await expect(page.locator('main [lang="de"]:not([translate="no"])')).toHaveCount(0);
    await expectNoA11yViolations(page);
  });

  test('an event with partial English says so once and marks the German fields with lang="de"', async ({ page }) => {
    const suffix = randomBytes(4).toString('hex');
    const slug = `e2e-teilweise-englisch-${suffix}`;
    const id = `e2e${randomBytes(10).toString('hex')}`;
    await e2eQuery(
      `INSERT INTO "Event" (id, slug, title, "titleEn", motto, description, themes, "themesEn", "startsAt", "endsAt",
         "venueName", "venueAddress", published, "updatedAt")
       VALUES ($1, $2, 'Teilweise übersetzt', 'Partly translated', 'Nur auf Deutsch', 'Beschreibung nur auf Deutsch.',
         ARRAY['Verwaltung'], ARRAY['Administration'], now() + interval '20 days', now() + interval '20 days 8 hours',
         'HTWK Leipzig', 'Karl-Liebknecht-Straße 132', true, now())`,
      [id, slug],
    );
    await e2eQuery(
      `INSERT INTO "EventSession" (id, "eventId", "startsAt", title, "titleEn")
       VALUES ($1, $2, now() + interval '20 days 1 hour', 'Eröffnung ohne Übersetzung', NULL),
              ($3, $2, now() + interval '20 days 2 hours', 'Podium', 'Panel discussion')`,
      [`${id}s1`, id, `${id}s2`],
    );
    await page.goto(`/events/${slug}`);
    const h1 = page.getByRole('heading', { level: 1 });
    await expect(h1).toHaveText('Partly translated');
    await expect(h1).not.toHaveAttribute('lang', /./);
    await expect(page.getByText(FALLBACK_NOTE)).toHaveCount(1);
    await expect(page.getByText('Nur auf Deutsch', { exact: true })).toHaveAttribute('lang', 'de');
    await expect(page.locator('[lang="de"]', { hasText: 'Beschreibung nur auf Deutsch.' })).toHaveCount(1);
    await expect(page.getByRole('heading', { name: 'Eröffnung ohne Übersetzung' })).toHaveAttribute('lang', 'de');
    await expect(page.getByRole('heading', { name: 'Panel discussion' })).not.toHaveAttribute('lang', /./);
    await expect(page.getByText('Administration', { exact: true })).toBeVisible();
    await expectNoA11yViolations(page);
  });
});
