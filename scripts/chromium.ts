// Debian's Chromium for Playwright and Lighthouse, and poppler-utils for the PDF checks: installed through apt-get when
// missing (CI machines start without them).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** The Chromium binary the tests and benchmarks drive. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function apt(args: string[]): void {
  // As root (CI) apt-get runs directly; otherwise through non-interactive sudo.
  const [command, argv] = process.getuid?.() === 0 ? ['apt-get', args] : ['sudo', ['-n', 'apt-get', ...args]];
  console.log(`[chromium] ${command} ${argv.join(' ')}`);
  const result = spawnSync(command, argv, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0) throw new Error(`${command} ${argv.join(' ')} failed`);
}

/** Installs the Debian package "chromium" unless `chromiumPath` exists; throws when that does not help. */
export function ensureChromium(): void {
  if (existsSync(chromiumPath)) return;
  console.log('[chromium] Chromium is missing: installing the Debian package "chromium" with apt-get');
  apt(['update']);
  apt(['install', '-y', '--no-install-recommends', 'chromium']);
  if (!existsSync(chromiumPath))
    throw new Error(`${chromiumPath} is still missing after apt-get; set CHROMIUM_PATH to a Chromium binary.`);
}

/** Installs poppler-utils (pdftoppm, pdffonts, pdfinfo: the certificate tests read PDFs back) unless present. */
export function ensurePopplerUtils(): void {
  if (existsSync('/usr/bin/pdftoppm') && existsSync('/usr/bin/pdffonts')) return;
  console.log('[chromium] poppler-utils are missing: installing the Debian package "poppler-utils" with apt-get');
  apt(['update']);
  apt(['install', '-y', '--no-install-recommends', 'poppler-utils']);
}
