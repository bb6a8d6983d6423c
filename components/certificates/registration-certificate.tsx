import Link from 'next/link';
import type { RegistrationCertificate as State } from '@/lib/certificates/queries';
import { formatDayMonthYear } from '@/lib/format';
import { fill, type Locale } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { CertificateActions } from './certificate-actions';

interface Props {
  slug: string;
  registrationId: string;
  state: State;
  locale: Locale;
  t: Dictionary['certificates']['document']['panel'];
}

/** The certificate section of the organizer's registration detail page: state, download, grant and revoke. */
export function RegistrationCertificate({ slug, registrationId, state, locale, t }: Props) {
  const c = state.certificate;
  const date = (d: Date) => formatDayMonthYear(d, locale);
  const usable = c ? !c.revokedAt && !c.anonymizedAt : state.eligible;
  return (
    <section aria-labelledby="certificate" className="stack">
      <h2 id="certificate">{t.heading}</h2>
      {!state.enabled && !c ? (
        <p className="muted">{t.off}</p>
      ) : (
        <>
          {!c && <p>{state.eligible ? t.eligible : `${t.none} ${t.notEligible}`}</p>}
          {c && <p>{fill(t.issued, { datum: date(c.issuedAt), id: c.id })}</p>}
          {c?.grantedBy && <p>{fill(t.granted, { von: c.grantedBy, grund: c.grantReason ?? '' })}</p>}
          {c?.revokedAt && (
            <p className="alert alert-error">
              {fill(t.revoked, { datum: date(c.revokedAt), von: c.revokedBy ?? '', grund: c.revokeReason ?? '' })}
            </p>
          )}
          {c?.anonymizedAt && <p>{fill(t.anonymised, { datum: date(c.anonymizedAt) })}</p>}
          {usable && (
            <p>
              <a
                className="btn btn-secondary"
                href={`/dashboard/events/${slug}/registrations/${registrationId}/certificate.pdf`}
              >
                {t.download}
              </a>
              {c && (
                <>
                  {' '}
                  <Link href={`/verify/${c.id}`}>{t.verify}</Link>
                </>
              )}
            </p>
          )}
          <CertificateActions
            slug={slug}
            registrationId={registrationId}
            canGrant={state.enabled && state.grantable}
            canRevoke={Boolean(c && !c.revokedAt && !c.anonymizedAt)}
            locale={locale}
            t={t}
          />
        </>
      )}
    </section>
  );
}
