import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { insertMailJobsAfterCommit } from './job-batch';

const ids = Array.from({ length: 20 }, () => randomUUID());
const fn = `count_batch_${ids[0]!.replaceAll('-', '')}`;

afterAll(async () => {
  await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS ${fn} ON pgboss.job`);
  await db.$executeRawUnsafe(`DROP FUNCTION IF EXISTS ${fn}()`);
  await db.$executeRawUnsafe(`DROP TABLE IF EXISTS ${fn}_log`);
  await db.$executeRawUnsafe('DELETE FROM pgboss.job WHERE id = ANY($1::uuid[])', ids);
});

describe('insertMailJobsAfterCommit', () => {
  it('inserts every job of concurrent registrations, in fewer statements than registrations', async () => {
    // A statement trigger logs each INSERT into pgboss.job that carries one of this test's jobs (other test files
    // share the database and insert jobs of their own at the same time).
    await db.$executeRawUnsafe(`CREATE TABLE ${fn}_log (n int)`);
    await db.$executeRawUnsafe(`
      CREATE FUNCTION ${fn}() RETURNS trigger AS $$ BEGIN
        INSERT INTO ${fn}_log SELECT count(*) FROM new_rows WHERE id::text = ANY('{${ids.join(',')}}');
        RETURN NULL;
      END $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(
      `CREATE TRIGGER ${fn} AFTER INSERT ON pgboss.job REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
    );
    await Promise.all(
      ids.map((id) => insertMailJobsAfterCommit([{ id, kind: 'confirmation', registrationId: randomUUID() }])),
    );
    const stored = await db.$queryRawUnsafe<{ id: string }[]>(
      'SELECT id::text FROM pgboss.job WHERE id = ANY($1::uuid[])',
      ids,
    );
    expect(stored.map((r) => r.id).sort()).toEqual([...ids].sort());
    const statements = await db.$queryRawUnsafe<{ n: number }[]>(`SELECT n FROM ${fn}_log WHERE n > 0`);
    expect(statements.reduce((sum, s) => sum + s.n, 0)).toBe(ids.length);
    expect(statements.length).toBeLessThan(ids.length);
  });

  it('fails each waiting registration of a failed batch, and the next batch works again', async () => {
    const bad = [{ id: 'not-a-uuid', kind: 'confirmation' as const, registrationId: randomUUID() }];
    await expect(insertMailJobsAfterCommit(bad)).rejects.toThrow();
    const good = randomUUID();
    ids.push(good);
    await insertMailJobsAfterCommit([{ id: good, kind: 'confirmation', registrationId: randomUUID() }]);
    expect(await db.$queryRawUnsafe('SELECT 1 FROM pgboss.job WHERE id = $1::uuid', good)).toHaveLength(1);
  });
});
