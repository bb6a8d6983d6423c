import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** The postmaster of a cluster and all its children (backends and helpers), read from /proc. */
async function clusterPids(dataDir: string): Promise<number[]> {
  const postmaster = Number((await readFile(path.join(dataDir, 'postmaster.pid'), 'utf8')).split('\n')[0]);
  const pids = [postmaster];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    // Fields after the command name: state, then the parent's pid.
    if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === postmaster) pids.push(Number(entry));
  }
  return pids;
}

/**
 * Freezes a PostgreSQL cluster the test started itself (SIGSTOP to its postmaster and every backend), as a
 * hung database server or a lost network looks to the app, and thaws it again (SIGCONT).
 */
export async function clusterFreezer(dataDir: string): Promise<{ freeze: () => void; thaw: () => void }> {
  const pids = await clusterPids(dataDir);
  const signal = (name: 'SIGSTOP' | 'SIGCONT') => {
    for (const pid of pids) {
      try {
        process.kill(pid, name);
      } catch {
        // A helper process may have ended meanwhile.
      }
    }
  };
  return { freeze: () => signal('SIGSTOP'), thaw: () => signal('SIGCONT') };
}
