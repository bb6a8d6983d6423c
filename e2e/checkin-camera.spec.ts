import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { ticketQrContent } from '../lib/tickets/keys';
import { e2eQuery } from './fixtures/events';
import {
  createCheckinEvent,
  createDoorPerson,
  openDoor,
  registrationRow,
  signInAs,
  writeQrY4m,
} from './fixtures/checkin';

// The fake camera must exist when the browser starts, so the ticket is signed before any data exists.
const eventId = `e2e${randomBytes(10).toString('hex')}`;
const ticketCode = randomBytes(16).toString('hex').toUpperCase();
const video = path.join(os.tmpdir(), `tb-checkin-camera-${process.pid}-${randomBytes(4).toString('hex')}.y4m`);
writeQrY4m(video, ticketQrContent({ ticketCode, eventId }));

test.use({
  permissions: ['camera'],
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ],
  },
});

// Several pages, a reload and sync rounds: more than the default minute on a shared 2-core machine.
test.describe.configure({ timeout: 150_000 });

test('the camera reads a signed ticket: green, then "bereits eingecheckt"', async ({ page, context }) => {
  const event = await createCheckinEvent(eventId);
  const person = await createDoorPerson(event.id, { ticketCode });
  await signInAs(context, 'staff', event.id);
  await openDoor(page, event.slug);

  await page.getByRole('button', { name: 'Kamera starten' }).click();
  const result = page.getByTestId('checkin-result');
  await expect(result).toHaveAttribute('data-tone', 'success');
  await expect(result).toContainText('Eingecheckt');
  await expect(result).toContainText(person.lastName);

  // The code stays in front of the camera: after the debounce it is scanned again and counts as a repeat.
  await expect(result).toContainText(/Bereits eingecheckt um \d{2}:\d{2} Uhr/, { timeout: 15_000 });
  await expect(result).toHaveAttribute('data-tone', 'warning');
  await expect.poll(async () => (await registrationRow(person.id)).checkedInAt).not.toBeNull();
  // Exactly one check-in however often the camera saw the code.
  const [row] = await e2eQuery<{ count: string }>(
    `SELECT count(*) FROM "CheckIn" WHERE "registrationId" = $1 AND result = 'checked_in'`,
    [person.id],
  );
  expect(Number(row?.count)).toBe(1);
});
