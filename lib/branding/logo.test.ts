import { describe, expect, it } from 'vitest';
import { isSvg } from './logo';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('isSvg', () => {
  it.each([
    '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
    '\uFEFF<?xml version="1.0"?>\n<!-- Logo -->\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x">\n<svg>',
  ])('recognises an SVG document: %s', (text) => {
    expect(isSvg(bytes(text))).toBe(true);
  });

  it.each(['<html><svg></svg></html>', 'hello <svg>', '<svgfoo>', ''])(
    'refuses what is no SVG document: %s',
    (text) => {
      expect(isSvg(bytes(text))).toBe(false);
    },
  );
});
