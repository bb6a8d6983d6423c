import { vi } from 'vitest';

export interface LogCapture {
  /** The JSON log lines written since the capture started, parsed. */
  lines: () => Record<string, unknown>[];
  /** Everything written to stdout since the capture started, as it was written. */
  text: () => string;
  restore: () => void;
}

/** Captures what the logger (lib/server/observability/logger.ts) writes to stdout instead of printing it. */
export function captureLogs(): LogCapture {
  let written = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  });
  return {
    lines: () =>
      written
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as Record<string, unknown>),
    text: () => written,
    restore: () => spy.mockRestore(),
  };
}
