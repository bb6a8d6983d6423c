import { execSync } from 'node:child_process';
import os from 'node:os';
import type { LoadResult } from './harness';

/** One line of the results table: the app's measurement or its floor. */
export interface Row {
  scenario: string;
  /** "app" or what the floor is. */
  measured: string;
  /** e.g. "1,234 req/s" or "2.41 s". */
  throughput: string;
  p50?: number;
  p95?: number;
  p99?: number;
  errors?: number;
  /** The app's share of its floor (1 = as fast as the floor); only on app rows. */
  ratio?: number;
  target?: string;
  /** true/false when the row has a target. */
  met?: boolean;
  notes?: string;
}

const fmt = (n: number | undefined, digits = 1) => (n === undefined || Number.isNaN(n) ? '' : n.toFixed(digits));
export const perSecond = (n: number, unit = 'req/s') => `${Math.round(n).toLocaleString('en')} ${unit}`;

/** App and floor rows of a load scenario, with the app's throughput ratio to the floor. */
export function loadRows(
  scenario: string,
  app: LoadResult,
  floor: LoadResult,
  floorName: string,
  unit = 'req/s',
): { app: Row; floor: Row } {
  return {
    app: {
      scenario,
      measured: 'app',
      throughput: perSecond(app.rate, unit),
      p50: app.p50,
      p95: app.p95,
      p99: app.p99,
      errors: app.errors,
      ratio: app.rate / floor.rate,
    },
    floor: {
      scenario,
      measured: floorName,
      throughput: perSecond(floor.rate, unit),
      p50: floor.p50,
      p95: floor.p95,
      p99: floor.p99,
      errors: floor.errors,
    },
  };
}

/** The results table as GitHub Markdown. */
export function markdownTable(rows: Row[]): string {
  const head = [
    'Scenario',
    'Measured',
    'Throughput',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'Errors',
    'Ratio to floor',
    'Target',
    'Met',
    'Notes',
  ];
  const lines = rows.map((r) => [
    r.scenario,
    r.measured,
    r.throughput,
    fmt(r.p50),
    fmt(r.p95),
    fmt(r.p99),
    r.errors === undefined ? '' : String(r.errors),
    r.ratio === undefined ? '' : `${r.ratio.toFixed(2)}×`,
    r.target ?? '',
    r.met === undefined ? '' : r.met ? 'yes' : '**no**',
    (r.notes ?? '').replace(/\|/g, '\\|'),
  ]);
  return [head, head.map(() => '---'), ...lines].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** What the run ran on, for results.md. */
export function machineDescription(): string {
  const cpus = os.cpus();
  const commit = (() => {
    try {
      return execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
    } catch {
      return 'unknown';
    }
  })();
  return [
    `- Date: ${new Date().toISOString()}`,
    `- Commit: ${commit}`,
    `- CPU: ${cpus.length} × ${cpus[0]?.model ?? 'unknown'}`,
    `- Memory: ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    `- OS: ${os.type()} ${os.release()} (${os.arch()})`,
    `- Node.js: ${process.version}`,
    `- Load average before the run: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(', ')}`,
  ].join('\n');
}
