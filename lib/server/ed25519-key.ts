// No 'server-only' here: the mail worker (plain Node) signs tickets and certificates too.
import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface Ed25519Key {
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** The raw 32-byte public key, base64url. */
  publicRaw: string;
  /** The public key as SPKI PEM ("-----BEGIN PUBLIC KEY-----"), for openssl. */
  publicPem: string;
}

export interface Ed25519KeySource {
  /** Environment variable holding the private key as PKCS8 DER, base64. */
  env: string;
  /** File name under DATA_DIR where a generated key is kept when the variable is unset. */
  file: string;
}

function fromPkcs8(base64: string): KeyObject {
  return createPrivateKey({ key: Buffer.from(base64.trim(), 'base64'), format: 'der', type: 'pkcs8' });
}

/** True when the value is an Ed25519 private key as PKCS8 DER in base64 (checked at start, see env-schema). */
export function isEd25519Pkcs8(value: string): boolean {
  try {
    return fromPkcs8(value).asymmetricKeyType === 'ed25519';
  } catch {
    return false;
  }
}

// Like .data/auth-secret: generated once, kept with the local data; `wx` makes concurrent first starts agree on one key.
function keyFromDataDir(fileName: string): KeyObject {
  // Resolved at run time from the working directory; not a file the bundler should trace.
  const dir = path.resolve(/*turbopackIgnore: true*/ process.env.DATA_DIR || '.data');
  const file = path.join(dir, fileName);
  try {
    return fromPkcs8(readFileSync(file, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const { privateKey } = generateKeyPairSync('ed25519');
  const der = privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
  mkdirSync(dir, { recursive: true });
  try {
    writeFileSync(file, `${der}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return fromPkcs8(readFileSync(file, 'utf8'));
}

/** Loads (or generates once) an Ed25519 signing key: from the environment variable, else from DATA_DIR. */
export function loadEd25519Key(source: Ed25519KeySource): Ed25519Key {
  const env = process.env[source.env];
  const privateKey = env ? fromPkcs8(env) : keyFromDataDir(source.file);
  if (privateKey.asymmetricKeyType !== 'ed25519')
    throw new Error(`${source.env} must be an Ed25519 key (PKCS8, base64).`);
  const publicKey = createPublicKey(privateKey);
  // The raw key is the last 32 bytes of the SPKI encoding.
  const spki = publicKey.export({ format: 'der', type: 'spki' });
  return {
    privateKey,
    publicKey,
    publicRaw: Buffer.from(spki.subarray(spki.length - 32)).toString('base64url'),
    publicPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
  };
}
