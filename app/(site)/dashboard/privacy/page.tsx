import type { Metadata } from 'next';
import { ErasureForm } from '@/components/privacy/erasure-form';
import { requireAdmin } from '@/lib/auth/guards';
import { getI18n } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.dashboard.admin.privacyPageTitle };
}

export default async function PrivacyPage() {
  await requireAdmin();
  const { t, locale } = await getI18n();
  const a = t.dashboard.admin;
  return (
    <div className="stack">
      <h1>{a.privacyTitle}</h1>
      <section className="stack" aria-labelledby="access-heading">
        <h2 id="access-heading">{a.accessHeading}</h2>
        <p className="muted">{a.accessIntro}</p>
        <form method="post" action="/dashboard/privacy/export.json" className="stack">
          <div className="field">
            <label htmlFor="access-email">{a.personEmail}</label>
            <input id="access-email" name="email" type="email" className="input" required autoComplete="off" />
          </div>
          <p>
            <button className="btn" type="submit">
              {a.accessDownload}
            </button>
          </p>
        </form>
      </section>
      <section className="stack" aria-labelledby="erasure-heading">
        <h2 id="erasure-heading">{a.erasureHeading}</h2>
        <p className="muted">{a.erasureIntro}</p>
        <ErasureForm t={a} locale={locale} />
      </section>
    </div>
  );
}
