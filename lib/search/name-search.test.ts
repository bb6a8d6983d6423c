import { describe, expect, it } from 'vitest';
import { createRegistration } from '@/lib/registrations/service';
import { db } from '@/lib/server/db';
import { createTestEvent, registrationInput } from '@/test/factories';
import { registrationTextSearch } from './name-search';

describe('registrationTextSearch', () => {
  it('needs every term to match some field, ignores case, and treats % and _ literally', async () => {
    const event = await createTestEvent();
    await createRegistration(
      event,
      registrationInput({ firstName: 'Anna', lastName: 'Schulz', organization: 'Stadt Halle' }),
    );
    await createRegistration(
      event,
      registrationInput({ firstName: 'Jan', lastName: 'Schulze', organization: '100%_Digital GmbH' }),
    );
    const find = async (q: string) =>
      (
        await db.registration.findMany({
          where: { eventId: event.id, AND: registrationTextSearch(q, ['firstName', 'lastName', 'organization']) },
          select: { firstName: true },
          orderBy: { firstName: 'asc' },
        })
      ).map((r) => r.firstName);
    expect(await find('schulz')).toEqual(['Anna', 'Jan']);
    expect(await find('SCHULZ halle')).toEqual(['Anna']);
    // Any whitespace separates terms, and blank input matches everyone.
    expect(await find('  schulz \t Stadt\nHalle ')).toEqual(['Anna']);
    expect(await find('')).toEqual(['Anna', 'Jan']);
    expect(await find('%_')).toEqual(['Jan']);
    expect(await find('_')).toEqual(['Jan']);
    expect(await find('a%e')).toEqual([]);
    expect(await find('\\')).toEqual([]);
  });

  it('finds Müller as Mueller and the reverse, ß as ss, accents and case folded; e-mail only when asked', async () => {
    const event = await createTestEvent();
    const add = (firstName: string, lastName: string, organization?: string, email?: string) =>
      createRegistration(event, registrationInput({ firstName, lastName, organization, ...(email ? { email } : {}) }));
    await add('Erika', 'Müller');
    await add('Hans', 'Mueller');
    await add('Karl', 'Weiß', 'Straßenbauamt');
    await add('Olaf', 'Weiss');
    await add('José', 'Álvarez', 'Société Générale');
    await add('Zoë', 'Fischer', undefined, 'zoe.special@example.test');
    const find = async (
      q: string,
      fields: ('firstName' | 'lastName' | 'organization' | 'email')[] = ['firstName', 'lastName', 'organization'],
    ) =>
      (
        await db.registration.findMany({
          where: { eventId: event.id, AND: registrationTextSearch(q, fields) },
          select: { firstName: true },
          orderBy: { firstName: 'asc' },
        })
      ).map((r) => r.firstName);
    expect(await find('Müller')).toEqual(['Erika', 'Hans']);
    expect(await find('mueller')).toEqual(['Erika', 'Hans']);
    expect(await find('MÜLLER')).toEqual(['Erika', 'Hans']);
    expect(await find('weiss')).toEqual(['Karl', 'Olaf']);
    expect(await find('Weiß')).toEqual(['Karl', 'Olaf']);
    expect(await find('strassen')).toEqual(['Karl']);
    expect(await find('jose alvarez')).toEqual(['José']);
    expect(await find('SOCIETE')).toEqual(['José']);
    expect(await find('zoe')).toEqual(['Zoë']);
    expect(await find('special')).toEqual([]);
    expect(await find('special', ['firstName', 'lastName', 'email'])).toEqual(['Zoë']);
    expect(await find('ZOE.SPECIAL@', ['email'])).toEqual(['Zoë']);
  });

  it('keeps the search column in step when names change', async () => {
    const event = await createTestEvent();
    const created = await createRegistration(event, registrationInput({ firstName: 'Ute', lastName: 'Vogel' }));
    await db.registration.update({ where: { id: created.id }, data: { lastName: 'Größer' } });
    const row = await db.registration.findUniqueOrThrow({ where: { id: created.id }, select: { searchText: true } });
    expect(row.searchText).toBe('ute groesser stadtverwaltung leipzig');
  });
});
