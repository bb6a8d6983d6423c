'use client';

import { usePathname } from 'next/navigation';
import type { Locale } from '@/lib/i18n/config';
import { publicPath } from '@/lib/i18n/cached-route';

const LANGUAGES: { code: Locale; short: string; name: string }[] = [
  { code: 'de', short: 'DE', name: 'Deutsch' },
  { code: 'en', short: 'EN', name: 'English' },
];

/** DE/EN links to /lang; plain anchors so the switch also works before hydration and without JavaScript. */
export function LanguageSwitch({ current, label }: { current: Locale; label: string }) {
  // A cached page renders on the server under its internal path (/cached/<locale>/…), in the browser under the
  // public one; both must link back to the public path, or hydration would disagree.
  const pathname = publicPath(usePathname() || '/');
  return (
    <nav aria-label={label} className="lang-switch">
      <ul>
        {LANGUAGES.map((l) => (
          <li key={l.code}>
            <a
              href={`/lang?to=${l.code}&next=${encodeURIComponent(pathname)}`}
              lang={l.code}
              hrefLang={l.code}
              aria-current={l.code === current ? 'true' : undefined}
            >
              {l.short}
              <span className="visually-hidden"> – {l.name}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
