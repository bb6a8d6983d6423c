import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Alert } from '@/components/ui/alert';
import { PageMain } from '@/components/ui/page-main';
import { fill } from '@/lib/i18n/config';
import { getI18n } from '@/lib/i18n/server';
import { getRegistrationByManageToken } from '@/lib/registrations/manage-queries';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.approval.public.receivedTitle, robots: { index: false, follow: false } };
}

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ m?: string | string[] }> };

/**
 * After a registration that waits for review: what happened and what comes next. The manage token in `m` is the
 * credential, as on the manage page it links to; anything but a pending registration of this event is a 404.
 */
export default async function RegistrationReceivedPage({ params, searchParams }: Props) {
  const [{ slug }, { m }, { t }] = await Promise.all([params, searchParams, getI18n()]);
  const token = typeof m === 'string' ? m : '';
  const registration = token ? await getRegistrationByManageToken(token) : null;
  if (!registration || registration.event.slug !== slug || registration.status !== 'pending') notFound();
  const p = t.approval.public;
  return (
    <PageMain narrow>
      <h1>{p.receivedTitle}</h1>
      <Alert kind="success" role="status">
        <p>
          <strong>{p.receivedText}</strong>
        </p>
        <p>{fill(p.receivedNext, { email: registration.email })}</p>
      </Alert>
      <p>
        <Link href={`/manage/${token}`}>{p.receivedManage}</Link>
      </p>
      <p>
        <Link href={`/events/${slug}`}>{t.approval.group.toEvent}</Link>
      </p>
    </PageMain>
  );
}
