// The secrets every instance of the topology must share: sessions (AUTH_SECRET), ticket and certificate
// signatures. Taken from the environment, else generated once into the data directory under the same file names
// `npm start` and lib/server/ed25519-key.ts use, so a later `npm start` on the same data agrees with them.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

async function keptSecret(file: string, generate: () => string): Promise<string> {
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await writeFile(file, `${generate()}\n`, { mode: 0o600, flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
  return (await readFile(file, 'utf8')).trim();
}

const ed25519 = () =>
  generateKeyPairSync('ed25519').privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');

export async function sharedSecrets(
  dataDir: string,
  env: NodeJS.ProcessEnv,
): Promise<{ AUTH_SECRET: string; TICKET_SIGNING_KEY: string; CERTIFICATE_SIGNING_KEY: string }> {
  const kept = (name: string, file: string, generate: () => string) =>
    env[name] ? Promise.resolve(env[name]) : keptSecret(path.join(dataDir, file), generate);
  return {
    AUTH_SECRET: await kept('AUTH_SECRET', 'auth-secret', () => randomBytes(32).toString('base64url')),
    TICKET_SIGNING_KEY: await kept('TICKET_SIGNING_KEY', 'ticket-signing-key', ed25519),
    CERTIFICATE_SIGNING_KEY: await kept('CERTIFICATE_SIGNING_KEY', 'certificate-signing-key', ed25519),
  };
}
