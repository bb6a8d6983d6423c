// Applies pending migrations to DATABASE_URL, recording them as `prisma migrate deploy` would.
import { migrate } from '../lib/server/migrate';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is not set.');
  process.exit(1);
}
const result = await migrate(url);
console.log(`[migrate] applied ${result.applied.length}, already applied ${result.skipped.length}`);
