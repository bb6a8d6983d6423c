// `npm test` step: lints the OpenAPI document with Redocly's recommended rules (redocly.yaml). The document is
// built in code, so it is written to a temporary file first; the linter runs offline (no telemetry, no update check).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildOpenApiDocument } from '../lib/api/openapi';

const dir = mkdtempSync(path.join(tmpdir(), 'openapi-lint-'));
const file = path.join(dir, 'openapi.json');
try {
  // The server is the only part that depends on APP_URL; a documentation domain, since the rules refuse localhost.
  writeFileSync(file, JSON.stringify(buildOpenApiDocument('https://tagungsbuero.example.org'), null, 2));
  const result = spawnSync(
    path.join(process.cwd(), 'node_modules', '.bin', 'redocly'),
    ['lint', file, '--config', path.join(process.cwd(), 'redocly.yaml'), '--max-problems', '1000'],
    { stdio: 'inherit', env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' } },
  );
  if (result.error) console.error(`[openapi-lint] ${result.error.message}`);
  process.exitCode = result.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
