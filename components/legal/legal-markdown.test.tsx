import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Markdown } from '@/components/events/markdown';
import { LEGAL_PLACEHOLDERS } from '@/lib/legal/seed';

describe('legal texts as Markdown', () => {
  it('start their headings at h2 under the page title, where descriptions start at h3', () => {
    const source = '# Eins\n\n## Zwei\n\n### Drei';
    expect(renderToStaticMarkup(<Markdown source={source} topLevel />)).toBe(
      '<div><h2>Eins</h2>\n<h2>Zwei</h2>\n<h3>Drei</h3></div>',
    );
    expect(renderToStaticMarkup(<Markdown source={source} />)).toContain('<h3>Eins</h3>');
  });

  it('render the seeded placeholders without raw HTML and with the marker visible', () => {
    for (const page of Object.values(LEGAL_PLACEHOLDERS)) {
      const html = renderToStaticMarkup(<Markdown source={page.textDe} topLevel />);
      expect(html).toContain('<strong>[Platzhalter – bitte vor Veröffentlichung ersetzen]</strong>');
      expect(html).toMatch(/<h2>/);
    }
  });
});
