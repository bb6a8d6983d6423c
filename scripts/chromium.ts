// Debian's Chromium for Playwright and Lighthouse, poppler-utils for the PDF checks and nginx for the production
// topology: installed through apt-get when missing (CI machines start without them).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

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

/** The nginx binary `npm run cluster`, the topology tests and the nginx bench run as their own process. */
export const nginxPath = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

/**
 * Installs Debian's "nginx" unless `nginxPath` exists. nginx only ever runs as our own process (`-p DIR -c FILE -g
 * 'daemon off;'`); where no policy-rc.d forbids it, the package's postinst starts a system nginx on :80, which this
 * install started and so stops again, by its pid file.
 */
export function ensureNginx(): void {
  if (existsSync(nginxPath)) return;
  console.log('[chromium] nginx is missing: installing the Debian package "nginx" with apt-get');
  const pidFile = '/run/nginx.pid';
  const runningBefore = existsSync(pidFile);
  apt(['update']);
  apt(['install', '-y', '--no-install-recommends', 'nginx']);
  if (!runningBefore && existsSync(pidFile)) {
    const pid = Number(readFileSync(pidFile, 'utf8').trim());
    console.log(`[chromium] stopping the system nginx (pid ${pid}) that the package's postinst started`);
    if (pid > 0) process.kill(pid, 'SIGQUIT');
    rmSync(pidFile, { force: true });
  }
  if (!existsSync(nginxPath))
    throw new Error(`${nginxPath} is still missing after apt-get; set NGINX_PATH to an nginx binary.`);
}
