// docs/deploy.md's code blocks, each marked by the HTML comment on the line before it:
//   <!-- run: <id> -->           a test runs the block (deploy/deploy-doc.test.ts, e2e/topology/compose-nginx.spec.ts)
//   <!-- not-run: <reason> -->   it cannot run here (Docker, public DNS, ...), and the reason says why
// so a command added to the guide without either fails deploy/deploy-doc.test.ts.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const DEPLOY_DOC = path.resolve(import.meta.dirname, '../docs/deploy.md');

export type Marker = { kind: 'run'; id: string } | { kind: 'not-run'; reason: string } | null;

export interface DocBlock {
  /** 1-based line of the opening fence. */
  line: number;
  info: string;
  code: string;
  marker: Marker;
}

function parseMarker(line: string | undefined): Marker {
  const match = /^<!--\s*(run|not-run):\s*(.*?)\s*-->$/.exec(line?.trim() ?? '');
  if (!match) return null;
  return match[1] === 'run' ? { kind: 'run', id: match[2]! } : { kind: 'not-run', reason: match[2]! };
}

export function docBlocks(markdown = readFileSync(DEPLOY_DOC, 'utf8')): DocBlock[] {
  const lines = markdown.split('\n');
  const blocks: DocBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(.*)$/.exec(lines[i]!);
    if (!open) continue;
    const end = lines.findIndex((l, j) => j > i && l.startsWith('```'));
    if (end < 0) throw new Error(`docs/deploy.md:${i + 1}: unclosed code block`);
    let before = i - 1;
    while (before >= 0 && lines[before]!.trim() === '') before--;
    blocks.push({
      line: i + 1,
      info: open[1]!.trim(),
      code: lines.slice(i + 1, end).join('\n'),
      marker: parseMarker(lines[before]),
    });
    i = end;
  }
  return blocks;
}

/** The block marked `<!-- run: id -->`; throws when there is none or more than one. */
export function runnableBlock(id: string): DocBlock {
  const found = docBlocks().filter((b) => b.marker?.kind === 'run' && b.marker.id === id);
  if (found.length !== 1) throw new Error(`docs/deploy.md has ${found.length} blocks marked "run: ${id}"`);
  return found[0]!;
}

export interface BlockRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a marked block with bash (stopping at the first failing command) in `cwd`, as a reader would paste it.
 * Asynchronous, so servers in the calling process (a test's stand-in upstreams) keep answering meanwhile.
 */
export function runDocBlock(id: string, options: { cwd: string; env?: Record<string, string> }): Promise<BlockRun> {
  return runShell(runnableBlock(id).code, options.env, options.cwd);
}

/** Runs shell code with bash, stopping at the first failing command; the repository root is the default `cwd`. */
export function runShell(
  code: string,
  env: Record<string, string> = {},
  cwd = path.dirname(path.dirname(DEPLOY_DOC)),
): Promise<BlockRun> {
  const child = spawn('bash', ['-e', '-o', 'pipefail', '-c', code], {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 120_000,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (status) => resolve({ status, stdout, stderr }));
  });
}
