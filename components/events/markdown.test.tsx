import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Markdown } from './markdown';

const render = (source: string) => renderToStaticMarkup(<Markdown source={source} />);

describe('Markdown description', () => {
  it('renders emphasis, lists and links with rel=noopener', () => {
    const html = render('**Fett** und *kursiv*\n\n- eins\n- zwei\n\n[HTWK](https://www.htwk-leipzig.de)');
    expect(html).toContain('<strong>Fett</strong>');
    expect(html).toContain('<li>eins</li>');
    expect(html).toContain('<a href="https://www.htwk-leipzig.de" rel="noopener noreferrer">HTWK</a>');
  });

  it('drops raw HTML, scripts, event handlers, images and javascript: links', () => {
    const html = render(
      '<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n<b onclick="x()">fett</b>\n\n![bild](https://tracker.example/p.gif)\n\n[klick](javascript:alert(3))',
    );
    expect(html).not.toMatch(/<script|onerror|onclick|<img|<b\b|javascript:/i);
    expect(html).toContain('klick');
  });

  it('turns headings into h3 under the page section', () => {
    expect(render('# Titel\n\n## Unter')).toBe('<div><h3>Titel</h3>\n<h3>Unter</h3></div>');
  });
});
