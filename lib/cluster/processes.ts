// Child processes of the local topology: started with a clean environment, their output appended to a log file
// (or passed through), stopped by pid.
import { type ChildProcess, spawn } from 'node:child_process';
import { openSync } from 'node:fs';
import net from 'node:net';

export interface Managed {
  readonly name: string;
  readonly child: ChildProcess;
  readonly pid: number;
  /** Resolves when the process has exited (at once when it already has). */
  exited: () => Promise<void>;
  /** Sends `signal` and waits for the exit. */
  stop: (signal?: NodeJS.Signals) => Promise<void>;
}

export interface SpawnOptions {
  name: string;
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Append stdout and stderr here; without it they go to this process's own. */
  logFile?: string;
}

const isRunning = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

export function spawnManaged(options: SpawnOptions): Managed {
  // A test runner's loader hooks (NODE_OPTIONS) must not leak into the production processes.
  const { NODE_OPTIONS: _loader, ...env } = options.env;
  const out = options.logFile ? openSync(options.logFile, 'a') : 'inherit';
  const child = spawn(options.command, options.args, { cwd: options.cwd, env, stdio: ['ignore', out, out] });
  if (child.pid === undefined) throw new Error(`${options.name} did not start (${options.command})`);
  const done = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    name: options.name,
    child,
    pid: child.pid,
    exited: () => (isRunning(child) ? done : Promise.resolve()),
    async stop(signal = 'SIGTERM') {
      if (!isRunning(child)) return;
      child.kill(signal);
      await done;
    },
  };
}

/** Resolves once something accepts TCP connections on 127.0.0.1:`port`; throws after `timeoutMs` or if `managed` exits. */
export async function waitForPort(port: number, managed: Managed, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isRunning(managed.child)) throw new Error(`${managed.name} exited before listening on ${port}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${managed.name} did not listen on ${port} within ${timeoutMs} ms`);
}
