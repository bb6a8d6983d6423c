import { spawn } from 'node:child_process';
import path from 'node:path';

/** Runs pg_dump or pg_restore; a failure becomes an error with the tool's first line of complaint. */
export function runTool(command: string, args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    let stderr = '';
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env } });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      const first = stderr.trim().split('\n')[0];
      code === 0 ? resolve() : reject(new Error(`${path.basename(command)} failed: ${first || `exit code ${code}`}`));
    });
  });
}
