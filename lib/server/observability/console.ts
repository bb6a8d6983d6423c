import { format } from 'node:util';
import { log } from './logger';

/**
 * Sends what Next, next-auth and other libraries print through `console` to the logger, so that the server's and
 * the worker's whole output is JSON lines, with the request id and with e-mail addresses masked. For the two
 * processes only: tests and command-line scripts keep the plain console.
 */
export function routeConsoleToLogger(): void {
  const target = log('console');
  console.error = (...args: unknown[]) => target.error(format(...args));
  console.warn = (...args: unknown[]) => target.warn(format(...args));
  console.info = (...args: unknown[]) => target.info(format(...args));
  console.log = (...args: unknown[]) => target.info(format(...args));
  console.debug = (...args: unknown[]) => target.debug(format(...args));
}
