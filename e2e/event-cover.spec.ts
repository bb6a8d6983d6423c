import { deflateSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { signInAs } from './fixtures/auth';
import { createE2eEvent } from './fixtures/events';
import { seedUser } from './fixtures/users';

/** A plain 64×24 PNG (CRCs are not checked by the server, which sniffs the signature, but browsers draw it anyway). */
function png(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const byte of b) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const [w, h] = [64, 24];
  const header = Buffer.alloc(13);
  header.writeUInt32BE(w, 0);
  header.writeUInt32BE(h, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.concat(
    Array.from({ length: h }, () => Buffer.from([0, ...Array(w).fill([40, 120, 160]).flat()])),
  );
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

test('an organizer adds a cover image, which needs an alternative text and then shows on the event page', async ({
  page,
}) => {
  const event = await createE2eEvent();
  const organizer = await seedUser('organizer');
  await signInAs(page, organizer.email, `/dashboard/events/${event.slug}/edit/cover`);
  await page.getByRole('navigation', { name: 'Bereiche des Editors' }).getByRole('link', { name: 'Titelbild' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Titelbild' })).toBeVisible();

  await page
    .getByLabel('Bild', { exact: true })
    .setInputFiles({ name: 'cover.png', mimeType: 'image/png', buffer: png() });
  await page.getByRole('button', { name: 'Titelbild speichern' }).click();
  await expect(page.getByLabel('Alternativtext (Deutsch)')).toBeFocused();
  await expect(page.getByText(/beschreiben Sie das Bild/).first()).toBeVisible();

  await page.getByLabel('Alternativtext (Deutsch)').fill('Blick in den vollen Hörsaal');
  await page.getByRole('button', { name: 'Titelbild speichern' }).click();
  await expect(page.getByText('Gespeichert.')).toBeVisible();
  await expect(page.getByLabel('Alternativtext (Deutsch)')).toHaveValue('Blick in den vollen Hörsaal');
  await expect(page.getByRole('img', { name: 'Blick in den vollen Hörsaal' })).toBeVisible();

  await page.goto(`/events/${event.slug}`);
  const cover = page.getByRole('main').getByRole('img', { name: 'Blick in den vollen Hörsaal' });
  await expect(cover).toBeVisible();
  const response = await page.request.get((await cover.getAttribute('src'))!);
  expect(response.headers()['content-type']).toBe('image/png');
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
});
