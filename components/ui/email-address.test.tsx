import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { EmailAddress } from './email-address';
import { PageHeader } from './page-header';

describe('EmailAddress', () => {
  it('offers a break after the @ and before each dot, and nowhere else', () => {
    expect(renderToStaticMarkup(<EmailAddress address="anna.schmidt@lvwa.sachsen-anhalt.de" />)).toBe(
      '<span class="email">anna<wbr/>.schmidt@<wbr/>lvwa<wbr/>.sachsen-anhalt<wbr/>.de</span>',
    );
  });

  it('keeps the text content the address itself', () => {
    const html = renderToStaticMarkup(<EmailAddress address="a.b@c.de" />);
    expect(html.replace(/<[^>]+>/g, '')).toBe('a.b@c.de');
  });
});

describe('PageHeader', () => {
  it('renders one h1, the lead and the actions', () => {
    const html = renderToStaticMarkup(
      <PageHeader title="Übersicht" lead="Alle Veranstaltungen" actions={<a href="/x">Neu</a>} />,
    );
    expect(html).toBe(
      '<header class="page-header"><div><h1>Übersicht</h1><p class="lead">Alle Veranstaltungen</p></div><div class="actions"><a href="/x">Neu</a></div></header>',
    );
  });

  it('leaves out the lead and the actions when not given', () => {
    expect(renderToStaticMarkup(<PageHeader title="Benutzer" />)).toBe(
      '<header class="page-header"><div><h1>Benutzer</h1></div></header>',
    );
  });
});
