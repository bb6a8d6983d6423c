// Page weight: gzip bytes of the JavaScript each public page loads: the <script src> of its HTML, read from the
// build output (.next/static) and gzipped as the server sends it.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { root } from '../harness';
import type { Row } from '../report';
import type { Scenario } from './context';

async function scriptWeight(
  pageUrl: string,
  log: (m: string) => void,
): Promise<{ files: number; gzip: number; raw: number }> {
  const html = await (await fetch(pageUrl)).text();
  // nomodule scripts (the legacy polyfills) are skipped by every browser that runs modules.
  const srcs = new Set(
    [...html.matchAll(/<script([^>]*)>/g)]
      .filter((m) => !/\bnomodule\b/i.test(m[1]!))
      .map((m) => /\bsrc="([^"]+\.js)"/.exec(m[1]!)?.[1])
      .filter((src): src is string => Boolean(src)),
  );
  let gzip = 0;
  let raw = 0;
  for (const src of srcs) {
    const file = path.join(root, '.next', decodeURIComponent(new URL(src, pageUrl).pathname).replace(/^\/_next\//, ''));
    const bytes = await readFile(file);
    const zipped = zlib.gzipSync(bytes).length;
    log(`  ${(zipped / 1000).toFixed(1).padStart(6)} kB gzip  ${src}`);
    raw += bytes.length;
    gzip += zipped;
  }
  return { files: srcs.size, gzip, raw };
}

export const pageWeight: Scenario = async ({ stack, eventSlug, log }) => {
  const pages = [
    { name: 'event page', path: `/events/${eventSlug}`, limitKb: 90 },
    { name: 'registration page', path: `/events/${eventSlug}/register`, limitKb: 150 },
  ];
  const rows: Row[] = [];
  for (const page of pages) {
    log(`${page.name}:`);
    const w = await scriptWeight(`${stack.baseUrl}${page.path}`, log);
    rows.push({
      scenario: `Page weight: ${page.name}`,
      measured: 'app',
      throughput: `${(w.gzip / 1000).toFixed(1)} kB gzip JS`,
      target: `≤ ${page.limitKb} kB`,
      met: w.gzip <= page.limitKb * 1000,
      notes: `${w.files} scripts, ${(w.raw / 1000).toFixed(0)} kB uncompressed`,
    });
  }
  return rows;
};
