import type { TestProject } from 'vitest/node';
import { migrate } from '../lib/server/migrate';
import { createTestDatabase } from './database';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    extraDatabaseUrl: string;
    templateDatabaseUrl: string;
  }
}

/** One fresh, migrated database per test run (plus an empty one for migration tests and a template to copy). */
export default async function setup(project: TestProject) {
  const database = await createTestDatabase();
  await migrate(database.url);
  project.provide('databaseUrl', database.url);
  project.provide('extraDatabaseUrl', await database.createExtraDatabase());
  // Copied by test files that need a database of their own (see createIsolatedDatabase); nobody connects to it.
  const templateUrl = await database.createExtraDatabase();
  await migrate(templateUrl);
  project.provide('templateDatabaseUrl', templateUrl);
  return () => database.cleanup();
}
