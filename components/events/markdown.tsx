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

// Legal pages have no h2 above the text, so their headings start one level higher.
const topLevelComponents: Components = {
  ...components,
  h1: ({ node: _node, ...props }) => <h2 {...props} />,
  h2: ({ node: _node, ...props }) => <h2 {...props} />,
};

/** An organizer's Markdown text, rendered without raw HTML, images or script URLs. */
export function Markdown({ source, lang, topLevel = false }: { source: string; lang?: string; topLevel?: boolean }) {
  return (
    <div lang={lang}>
      <ReactMarkdown components={topLevel ? topLevelComponents : components} skipHtml>
        {source}
      </ReactMarkdown>
    </div>
  );
}
