import { fieldError, isAppError } from '@/lib/errors';
import { type LogoMime, MAX_LOGO_BYTES, sniffLogoMime, validateLogo } from '@/lib/events/logo';

export type BrandingLogoMime = LogoMime | 'image/svg+xml';

/**
 * An SVG document: after an optional BOM, XML declaration, comments and doctype, the root element is <svg>. Only
 * the start is read; a file that merely contains "<svg" somewhere is not one.
 */
export function isSvg(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 2048));
  return /^\uFEFF?\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/i.test(
    head,
  );
}

/** The type of a stored organizer logo from its bytes. */
export function sniffBrandingLogoMime(bytes: Uint8Array): BrandingLogoMime | null {
  return sniffLogoMime(bytes) ?? (isSvg(bytes) ? 'image/svg+xml' : null);
}

/**
 * The organizer's logo: what host logos accept, and SVG too. An SVG is only ever shown through <img> (where scripts
 * do not run) and served with a sandboxing CSP, so a script inside it never executes.
 */
export function validateBrandingLogo(bytes: Uint8Array): { logo: Uint8Array<ArrayBuffer>; logoMime: BrandingLogoMime } {
  if (bytes.byteLength > 0 && bytes.byteLength <= MAX_LOGO_BYTES && isSvg(bytes))
    return { logo: new Uint8Array(bytes), logoMime: 'image/svg+xml' };
  try {
    return validateLogo(bytes);
  } catch (error) {
    // The host logos' message says SVG is refused; here it is not.
    throw isAppError(error) && error.key === 'logoType' ? fieldError('logo', 'brandingLogoType') : error;
  }
}
