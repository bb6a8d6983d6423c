import type { TestProject } from 'vitest/node';
import { migrate } from '../lib/server/migrate';
import { createTestDatabase } from './database';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    extraDatabaseUrl: string;
  }
}

/** One fresh, migrated database per test run (plus an empty one for migration tests). */
export default async function setup(project: TestProject) {
  const database = await createTestDatabase();
  await migrate(database.url);
  project.provide('databaseUrl', database.url);
  project.provide('extraDatabaseUrl', await database.createExtraDatabase());
  return () => database.cleanup();
}
