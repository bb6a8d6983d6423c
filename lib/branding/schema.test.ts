import { describe, expect, it } from 'vitest';
import { contrastOnWhite, hoverShade } from './colour';
import { brandingSchema } from './schema';

describe('primary colour', () => {
  it('computes the WCAG ratios of known pairs', () => {
    expect(contrastOnWhite('#000000')).toBeCloseTo(21, 5);
    expect(contrastOnWhite('#ffffff')).toBeCloseTo(1, 5);
    // #767676 is the classic lightest grey that passes AA on white.
    expect(contrastOnWhite('#767676')).toBeGreaterThanOrEqual(4.5);
    expect(contrastOnWhite('#777777')).toBeLessThan(4.5);
  });

  it('accepts a dark colour and lower-cases it', () => {
    const parsed = brandingSchema.parse({ orgName: ' Cluster IT ', primaryColor: '#0B5394' });
    expect(parsed).toEqual({ orgName: 'Cluster IT', primaryColor: '#0b5394' });
  });

  it('treats an empty colour as the default', () => {
    expect(brandingSchema.parse({ primaryColor: '' }).primaryColor).toBeNull();
  });

  it.each(['#ffcc00', '#777777', '#66aaff'])('refuses %s for failing 4.5:1 against white', (colour) => {
    const result = brandingSchema.safeParse({ primaryColor: colour });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['primaryColor']);
    expect(result.error?.issues[0]?.message).toMatch(/4,5:1/);
  });

  it('refuses a value that is not #rrggbb with its own message', () => {
    const result = brandingSchema.safeParse({ primaryColor: 'blue' });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toHaveLength(1);
    expect(result.error?.issues[0]?.message).toMatch(/#RRGGBB/);
  });

  it('derives a darker hover shade that keeps the contrast', () => {
    const shade = hoverShade('#0b5394');
    expect(shade).toMatch(/^#[0-9a-f]{6}$/);
    expect(contrastOnWhite(shade)).toBeGreaterThan(contrastOnWhite('#0b5394'));
  });
});
