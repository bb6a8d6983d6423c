import type { ComponentProps } from 'react';
import ReactMarkdown, { type Components } from 'react-markdown';

// Raw HTML in the source is dropped (skipHtml, and no rehype-raw), and unsafe URLs
// (javascript:, data:) are emptied by react-markdown's default urlTransform. Images are left out, because they
// would load from other hosts on every visit. Headings start at h3,
// because the description sits under the page's h2.
const components: Components = {
  a: ({ node: _node, href, children, ...rest }: ComponentProps<'a'> & { node?: unknown }) => (
    <a href={href} rel="noopener noreferrer" {...rest}>
      {children}
    </a>
  ),
  h1: ({ node: _node, ...props }) => <h3 {...props} />,
  h2: ({ node: _node, ...props }) => <h3 {...props} />,
  img: () => null,
};

/** An organizer's Markdown text, rendered without raw HTML, images or script URLs. */
export function Markdown({ source, lang }: { source: string; lang?: string }) {
  return (
    <div lang={lang}>
      <ReactMarkdown components={components} skipHtml>
        {source}
      </ReactMarkdown>
    </div>
  );
}
