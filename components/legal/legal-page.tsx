import type { Metadata } from 'next';
import { Markdown } from '@/components/events/markdown';
import { Alert } from '@/components/ui/alert';
import { PageMain } from '@/components/ui/page-main';
import { formatDate } from '@/lib/format';
import { fill } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { getI18n } from '@/lib/i18n/server';
import type { LegalKind } from '@/lib/legal/kinds';
import { getLegalPage } from '@/lib/legal/queries';

const TITLE: Record<LegalKind, (t: Dictionary) => string> = {
  imprint: (t) => t.legal.imprint,
  privacy: (t) => t.legal.privacyTitle,
  accessibility: (t) => t.legal.accessibilityTitle,
};

/** The page title in the visitor's language. */
export async function legalMetadata(kind: LegalKind): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: TITLE[kind](t) };
}

/**
 * A legal page as Markdown (no raw HTML) in the visitor's language; without an English text the German one is
 * shown, marked as German, under a visible note.
 */
export async function LegalPage({ kind }: { kind: LegalKind }) {
  const { locale, t } = await getI18n();
  const page = await getLegalPage(kind);
  const english = locale === 'en' ? page?.textEn.trim() : '';
  const fallback = locale === 'en' && !english;
  const [feedbackBefore, feedbackAfter] = t.legal.feedbackText.split('{email}');
  return (
    <PageMain narrow>
      <h1>{TITLE[kind](t)}</h1>
      {!page ? (
        <p>{t.legal.missing}</p>
      ) : (
        <>
          {fallback ? (
            <Alert kind="info">
              <p>{t.legal.fallbackNote}</p>
            </Alert>
          ) : null}
          <Markdown source={english || page.textDe} lang={fallback ? 'de' : undefined} topLevel />
          {kind === 'accessibility' && page.feedbackEmail ? (
            <section aria-labelledby="feedback-heading">
              <h2 id="feedback-heading">{t.legal.feedbackHeading}</h2>
              <p>
                {feedbackBefore}
                <a href={`mailto:${page.feedbackEmail}`}>{page.feedbackEmail}</a>
                {feedbackAfter}
              </p>
            </section>
          ) : null}
          <p className="muted">{fill(t.legal.updated, { date: formatDate(page.updatedAt, locale) })}</p>
        </>
      )}
    </PageMain>
  );
}
