import { inject } from 'vitest';

// Runs before each test file's imports, so lib/server/env.ts parses the test database URL.
process.env.DATABASE_URL = inject('databaseUrl');
process.env.APP_URL ??= 'http://localhost:3000';
process.env.ADMIN_EMAILS ??= 'admin@example.test';
delete process.env.SMTP_URL;
process.env.AUTH_SECRET ??= 'test-secret-for-signing-form-tokens';
