// `npm run api-key:create -- "Website Cluster IT" [limit] [windowSeconds]`: prints a new API key once.
// Uses DATABASE_URL; with the embedded database of `npm start`, that is
// postgresql://postgres:tagungsbuero@127.0.0.1:54329/tagungsbuero while the app runs.
const [name, limit, windowSeconds] = process.argv.slice(2);
if (!name) {
  console.error('Usage: npm run api-key:create -- "<name>" [limit=600] [windowSeconds=600]');
  process.exit(1);
}
const { createApiKey } = await import('../lib/api-keys/service');
const { disconnectDb } = await import('../lib/server/db');
const created = await createApiKey({
  name,
  rateLimit: Number(limit ?? 600),
  windowSeconds: Number(windowSeconds ?? 600),
});
await disconnectDb();
console.log(`API key for "${name}" (shown only now; send it as "Authorization: Bearer <key>"):\n${created.key}`);
export {};
