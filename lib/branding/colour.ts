// Shared by the settings form and the server: no server-only imports here.

export const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

/** WCAG AA for normal text. */
export const MIN_CONTRAST = 4.5;

function channel(hex: string, offset: number): number {
  const c = Number.parseInt(hex.slice(offset, offset + 2), 16) / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance of a #rrggbb colour (WCAG 2.1). */
export function luminance(hex: string): number {
  return 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
}

/** Contrast ratio between two #rrggbb colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The colour serves as link and text colour on white and as a button background under white text; both are the
 * same ratio, so one check covers both uses.
 */
export function contrastOnWhite(hex: string): number {
  return contrastRatio(hex.toLowerCase(), '#ffffff');
}

/** A darker shade for hover and pressed states: each channel scaled towards black, so contrast only grows. */
export function hoverShade(hex: string, factor = 0.82): string {
  const parts = [1, 3, 5].map((i) =>
    Math.round(Number.parseInt(hex.slice(i, i + 2), 16) * factor)
      .toString(16)
      .padStart(2, '0'),
  );
  return `#${parts.join('')}`;
}

/** The primary colour when the organizer has not chosen one; the same value as `--color-primary` in app/globals.css. */
export const DEFAULT_PRIMARY = '#0b5394';
