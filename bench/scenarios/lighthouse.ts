// Lighthouse (mobile defaults: simulated slow 4G and 4× CPU slowdown) on the event and registration pages,
// driving Debian's Chromium. Three runs per page; the median performance score counts.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath, ensureChromium } from '../../scripts/chromium';
import { percentile } from '../harness';
import type { Row } from '../report';
import type { Scenario } from './context';

const RUNS = 3;
// Without the networking flags Chromium keeps dialling Google's hosts, which this sandbox refuses.
const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

export const lighthouseScenario: Scenario = async ({ stack, eventSlug, log }) => {
  ensureChromium();
  const pages = [
    { name: 'event page', path: `/events/${eventSlug}` },
    { name: 'registration page', path: `/events/${eventSlug}/register` },
  ];
  const rows: Row[] = [];
  for (const page of pages) {
    const runs: { performance: number; accessibility: number; lcp: number; tbt: number; cls: number }[] = [];
    for (let i = 0; i < RUNS; i++) {
      const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: FLAGS, logLevel: 'silent' });
      try {
        const result = await lighthouse(`${stack.baseUrl}${page.path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility'],
        });
        const lhr = result?.lhr;
        if (!lhr) throw new Error('Lighthouse returned no report');
        if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
        runs.push({
          performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
          accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
          lcp: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
          tbt: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
          cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
        });
      } finally {
        await chrome.kill();
      }
    }
    const performance = percentile(
      runs.map((r) => r.performance),
      50,
    );
    const accessibility = Math.min(...runs.map((r) => r.accessibility));
    const median = runs.find((r) => r.performance === performance)!;
    log(
      `lighthouse ${page.name}: performance ${runs.map((r) => r.performance).join('/')}, accessibility ${accessibility}`,
    );
    rows.push({
      scenario: `Lighthouse: ${page.name}`,
      measured: 'app',
      throughput: `performance ${performance}, accessibility ${accessibility}`,
      target: 'performance ≥ 95, accessibility 100',
      met: performance >= 95 && accessibility === 100,
      notes: `runs: ${runs.map((r) => r.performance).join(', ')}; median run LCP ${(median.lcp / 1000).toFixed(2)} s, TBT ${Math.round(median.tbt)} ms, CLS ${median.cls.toFixed(3)}`,
    });
  }
  return rows;
};
