import { describe, expect, it } from 'vitest';
import { Prisma } from '@/lib/generated/prisma/client';
import { db } from './db';

// The test database was migrated from the SQL files only; reading every scalar field of every
// model through Prisma Client fails if a column is missing or has the wrong name.
describe('schema and migrations agree', () => {
  const models = Object.values(Prisma.ModelName);

  it('knows every model', () => {
    expect(models).toEqual(expect.arrayContaining(['Event', 'Registration', 'User', 'VerificationToken']));
  });

  it.each(models)('reads every scalar field of %s', async (model) => {
    const fields = (Prisma as unknown as Record<string, Record<string, string>>)[`${model}ScalarFieldEnum`];
    expect(fields, `${model}ScalarFieldEnum`).toBeDefined();
    const select = Object.fromEntries(Object.keys(fields ?? {}).map((f) => [f, true]));
    const delegate = (db as unknown as Record<string, { findMany: (args: object) => Promise<unknown[]> }>)[
      model.charAt(0).toLowerCase() + model.slice(1)
    ];
    await expect(delegate!.findMany({ select, take: 1 })).resolves.toBeInstanceOf(Array);
  });
});
