import { describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { createRegistration } from '@/lib/registrations/service';
import { createTestEvent, registrationInput } from '@/test/factories';
import { registrationTextSearch } from './name-search';

describe('registrationTextSearch', () => {
  it('needs every term to match some field, ignores case, and treats % and _ literally', async () => {
    const event = await createTestEvent();
    await createRegistration(event.slug, registrationInput({ firstName: 'Anna', lastName: 'Schulz', organization: 'Stadt Halle' }));
    await createRegistration(event.slug, registrationInput({ firstName: 'Jan', lastName: 'Schulze', organization: '100%_Digital GmbH' }));
    const find = async (q: string) =>
      (await db.registration.findMany({
        where: { eventId: event.id, AND: registrationTextSearch(q, ['firstName', 'lastName', 'organization']) },
        select: { firstName: true },
        orderBy: { firstName: 'asc' },
      })).map((r) => r.firstName);
    expect(await find('schulz')).toEqual(['Anna', 'Jan']);
    expect(await find('SCHULZ halle')).toEqual(['Anna']);
    // Any whitespace separates terms, and blank input matches everyone.
    expect(await find('  schulz \t Stadt\nHalle ')).toEqual(['Anna']);
    expect(await find('')).toEqual(['Anna', 'Jan']);
    expect(await find('%_')).toEqual(['Jan']);
    expect(await find('_')).toEqual(['Jan']);
    expect(await find('a%e')).toEqual([]);
  });
});
