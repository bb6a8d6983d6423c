// Seeds the database in DATABASE_URL (idempotent). Usually run by `npm start` on an empty database.
const { db, disconnectDb } = await import('../lib/server/db');
const { seed } = await import('../prisma/seed');
await seed(db);
await disconnectDb();
console.log('[seed] done');
export {};
