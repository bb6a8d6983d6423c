import { fieldError } from '@/lib/errors';

export const MAX_LOGO_BYTES = 1024 * 1024;
export type LogoMime = 'image/png' | 'image/jpeg' | 'image/webp';

const startsWith = (bytes: Uint8Array, prefix: number[], offset = 0) => prefix.every((b, i) => bytes[offset + i] === b);

/** The image type from the file's first bytes; the browser's declared type and the file name are not trusted. */
export function sniffLogoMime(bytes: Uint8Array): LogoMime | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  // RIFF....WEBP
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8))
    return 'image/webp';
  return null;
}

/**
 * Checks an uploaded logo (PNG, JPEG or WebP, at most 1 MB) and returns its bytes and verified type. SVG is refused:
 * it can carry scripts. Failures belong to the form's `logo` field.
 */
export function validateLogo(bytes: Uint8Array): { logo: Uint8Array<ArrayBuffer>; logoMime: LogoMime } {
  if (bytes.byteLength === 0) throw fieldError('logo', 'fileEmpty');
  if (bytes.byteLength > MAX_LOGO_BYTES) throw fieldError('logo', 'logoTooLarge');
  const logoMime = sniffLogoMime(bytes);
  if (!logoMime) throw fieldError('logo', 'logoType');
  return { logo: new Uint8Array(bytes), logoMime };
}
