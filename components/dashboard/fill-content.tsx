import { Fragment } from 'react';

/**
 * A dictionary text with its `{placeholders}` filled, where the values named in `german` are content (event titles,
 * names) and carry lang="de" on a page in another language; unknown placeholders stay visible, as with fill().
 */
export function FillContent({
  template,
  values,
  german = [],
  lang,
}: {
  template: string;
  values: Record<string, string | number>;
  german?: string[];
  /** The lang for content values: "de" on an English page, none on a German one (see contentLang). */
  lang: 'de' | undefined;
}) {
  const parts = template.split(/(\{\w+\})/);
  return (
    <>
      {parts.map((part, i) => {
        const name = /^\{(\w+)\}$/.exec(part)?.[1];
        if (!name || !(name in values)) return <Fragment key={i}>{part}</Fragment>;
        const value = String(values[name]);
        return german.includes(name) ? (
          <span key={i} lang={lang}>
            {value}
          </span>
        ) : (
          <Fragment key={i}>{value}</Fragment>
        );
      })}
    </>
  );
}
