import { describe, expect, it } from 'vitest';
import { formatBytes, linkifyText } from './content';

describe('linkifyText', () => {
  it('turns the magic link into a link segment and keeps the text around it', () => {
    const url =
      'http://localhost:3102/api/auth/callback/email?callbackUrl=%2Fdashboard&token=abc123&email=orga%40example.org';
    expect(linkifyText(`Bitte klicken:\n${url}\nDanke`)).toEqual([
      { type: 'text', value: 'Bitte klicken:\n' },
      { type: 'link', href: url },
      { type: 'text', value: '\nDanke' },
    ]);
  });

  it('drops trailing sentence punctuation and unbalanced brackets', () => {
    expect(linkifyText('Siehe https://example.org/a.')).toEqual([
      { type: 'text', value: 'Siehe ' },
      { type: 'link', href: 'https://example.org/a' },
      { type: 'text', value: '.' },
    ]);
    expect(linkifyText('(https://example.org/x)')[1]).toEqual({ type: 'link', href: 'https://example.org/x' });
    expect(linkifyText('https://de.wikipedia.org/wiki/Leipzig_(Begriffsklärung)')).toEqual([
      { type: 'link', href: 'https://de.wikipedia.org/wiki/Leipzig_(Begriffsklärung)' },
    ]);
    expect(linkifyText('[https://example.org/y]')[1]).toEqual({ type: 'link', href: 'https://example.org/y' });
  });

  it('ignores non-http schemes and handles text without links', () => {
    expect(linkifyText('javascript:alert(1) ftp://x')).toEqual([
      { type: 'text', value: 'javascript:alert(1) ftp://x' },
    ]);
    expect(linkifyText('')).toEqual([]);
  });

  it('finds several links', () => {
    const links = linkifyText('a http://a.example b https://b.example/c?d=1, c').filter((s) => s.type === 'link');
    expect(links).toEqual([
      { type: 'link', href: 'http://a.example' },
      { type: 'link', href: 'https://b.example/c?d=1' },
    ]);
  });
});

describe('formatBytes', () => {
  it('uses German number formatting', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1,5 kB');
    expect(formatBytes(5 * 1024 * 1024)).toBe('5 MB');
  });
});
