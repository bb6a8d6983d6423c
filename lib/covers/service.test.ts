import { describe, expect, it } from 'vitest';
import { isAppError } from '@/lib/errors';
import { db } from '@/lib/server/db';
import { createTestEvent } from '@/test/factories';
import { getCoverImage, getEventCover } from './queries';
import { coverFormDataSchema, coverSchema } from './schema';
import { saveCover } from './service';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const actor = 'cover@example.test';

describe('event cover', () => {
  it('requires an alternative text unless the image is decorative', () => {
    expect(coverSchema.safeParse({ altDe: ' ' }).error?.issues[0]?.path).toEqual(['altDe']);
    expect(coverSchema.safeParse({ altDe: '', decorative: true }).success).toBe(true);
    const form = new FormData();
    form.set('remove', 'on');
    expect(coverFormDataSchema.safeParse(form).success).toBe(true);
  });

  it('stores an image with its texts, changes texts without a new id, and a new image gets a new id', async () => {
    const event = await createTestEvent();
    await saveCover(actor, event.id, coverSchema.parse({ altDe: 'Hörsaal voller Menschen' }), PNG);
    const first = await getEventCover(event.id);
    expect(first).toMatchObject({ altDe: 'Hörsaal voller Menschen', altEn: '', decorative: false });
    expect(await getCoverImage(first!.id)).toMatchObject({ mime: 'image/png', published: true });

    await saveCover(actor, event.id, coverSchema.parse({ altDe: 'Saal', altEn: 'Hall' }));
    expect(await getEventCover(event.id)).toMatchObject({ id: first!.id, altEn: 'Hall' });

    await saveCover(actor, event.id, coverSchema.parse({ decorative: true }), PNG);
    const second = await getEventCover(event.id);
    expect(second?.id).not.toBe(first!.id);
    expect(await getCoverImage(first!.id)).toBeNull();

    await saveCover(actor, event.id, coverSchema.parse({ decorative: true }), null);
    expect(await getEventCover(event.id)).toBeNull();
    const audit = await db.auditLog.findMany({
      where: { eventId: event.id, action: 'event.cover' },
      orderBy: { at: 'asc' },
    });
    expect(audit.map((a) => (a.details as { change: string }).change)).toEqual([
      'replaced',
      'texts',
      'replaced',
      'removed',
    ]);
  });

  it('refuses an SVG at the image field, and texts without an image, writing nothing', async () => {
    const event = await createTestEvent();
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>');
    const error = await saveCover(actor, event.id, coverSchema.parse({ altDe: 'x' }), svg).catch((e) => e);
    expect(isAppError(error, 'INVALID_INPUT')).toBe(true);
    expect(error.fieldErrors).toEqual({ image: { key: 'coverType', values: {} } });
    const missing = await saveCover(actor, event.id, coverSchema.parse({ altDe: 'x' })).catch((e) => e);
    expect(missing.fieldErrors).toEqual({ image: { key: 'coverMissing', values: {} } });
    expect(await db.auditLog.count({ where: { eventId: event.id } })).toBe(0);
  });

  it('hides the cover of an unpublished event from the public page', async () => {
    const event = await createTestEvent({ published: false });
    await saveCover(actor, event.id, coverSchema.parse({ altDe: 'Bild' }), PNG);
    expect(await getEventCover(event.id)).toBeNull();
    const row = await db.eventCover.findUniqueOrThrow({ where: { eventId: event.id } });
    expect(await getCoverImage(row.id)).toMatchObject({ published: false });
  });
});
