import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Alert } from '@/components/ui/alert';
import { PageMain } from '@/components/ui/page-main';
import { joinVerdict } from '@/lib/attendance/join-window';
import { getJoinTarget } from '@/lib/attendance/queries';
import { localizedTitle } from '@/lib/events/localize';
import { formatDateTime } from '@/lib/format';
import { fill } from '@/lib/i18n/config';
import { getI18n } from '@/lib/i18n/server';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.sessions.join.title, robots: { index: false, follow: false } };
}

type Props = { params: Promise<{ token: string }> };

// Public on purpose: the join token is the credential. The stream URL is never rendered here; only /join/<token>
// redirects to it.
export default async function JoinInfoPage({ params }: Props) {
  const [{ token }, { locale, t }] = await Promise.all([params, getI18n()]);
  const target = await getJoinTarget(token);
  const verdict = target ? joinVerdict(target, new Date()) : null;
  if (!target || !verdict || verdict.kind === 'gone') notFound();
  const tj = t.sessions.join;
  const text =
    verdict.kind === 'early'
      ? fill(tj.early, { time: formatDateTime(verdict.releaseAt, locale) })
      : verdict.kind === 'open'
        ? tj.open
        : tj[verdict.kind];
  return (
    <PageMain narrow>
      <h1>{tj.title}</h1>
      <div className="stack">
        <p>
          <strong>{localizedTitle(target, locale)}</strong>
        </p>
        <Alert kind={verdict.kind === 'open' ? 'success' : 'info'}>
          <p>{text}</p>
        </Alert>
        {verdict.kind === 'open' ? (
          <p>
            <a className="btn" href={`/join/${token}`} rel="noreferrer">
              {tj.toStream}
            </a>
          </p>
        ) : null}
        <p className="muted">{tj.keepPrivate}</p>
        <p>
          <Link href={`/events/${target.slug}`}>{tj.toEvent}</Link>
        </p>
      </div>
    </PageMain>
  );
}
