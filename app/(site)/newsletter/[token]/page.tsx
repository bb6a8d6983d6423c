import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ConfirmButton } from '@/components/newsletter/confirm-button';
import { Alert } from '@/components/ui/alert';
import { PageMain } from '@/components/ui/page-main';
import { formatDateTime } from '@/lib/format';
import { fill } from '@/lib/i18n/config';
import { getI18n } from '@/lib/i18n/server';
import { confirmNewsletterAction } from '@/lib/newsletter/actions';
import { getNewsletterRequest } from '@/lib/newsletter/queries';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Newsletter', robots: { index: false, follow: false } };

type Props = { params: Promise<{ token: string }> };

// A form's action returns nothing to the page; this one only ever navigates (to the confirmed page, or a 404).
async function confirm(form: FormData): Promise<void> {
  'use server';
  await confirmNewsletterAction(form);
}

// Public on purpose: the unguessable token from the mail is the credential. Opening the page confirms
// nothing (mail scanners prefetch links); only the button's POST does.
export default async function NewsletterPage({ params }: Props) {
  const [{ token }, { locale, t }] = await Promise.all([params, getI18n()]);
  const request = await getNewsletterRequest(token);
  if (!request) notFound();
  const n = t.newsletter;
  return (
    <PageMain narrow>
      <h1>{n.title}</h1>
      <div className="stack">
        <p>{fill(n.intro, { event: request.eventTitle })}</p>
        <p className="muted">{fill(n.requestedAt, { date: formatDateTime(request.requestedAt, locale) })}</p>
        {request.confirmedAt ? (
          <Alert kind="success" role="status" title={n.confirmed}>
            <p>{fill(n.confirmedAt, { date: formatDateTime(request.confirmedAt, locale) })}</p>
          </Alert>
        ) : (
          <>
            <form action={confirm}>
              <input type="hidden" name="token" value={token} />
              <ConfirmButton label={n.confirm} pendingLabel={n.confirming} />
            </form>
            <p className="muted">{n.ignore}</p>
          </>
        )}
      </div>
    </PageMain>
  );
}
