'use client';

import { grantCertificateAction, revokeCertificateAction } from '@/lib/certificates/actions';
import type { Locale } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { CertificateReasonForm } from './certificate-reason-form';

interface Props {
  slug: string;
  registrationId: string;
  /** The person has a certificate that is neither revoked nor anonymised. */
  canRevoke: boolean;
  /** No rule admits the person (e.g. not checked in), and nothing was issued yet. */
  canGrant: boolean;
  locale: Locale;
  t: Dictionary['certificates']['document']['panel'];
}

/** The organizer's grant and revoke forms for one person's certificate. */
export function CertificateActions({ slug, registrationId, canRevoke, canGrant, locale, t }: Props) {
  const common = { label: t.reason, hint: t.reasonHint, locale };
  return (
    <>
      {canGrant && (
        <CertificateReasonForm
          id="certificate-grant-reason"
          heading={t.grantHeading}
          submit={t.grant}
          pending={t.granting}
          done={t.grantedDone}
          action={(values) => grantCertificateAction(slug, registrationId, values)}
          {...common}
        />
      )}
      {canRevoke && (
        <CertificateReasonForm
          id="certificate-revoke-reason"
          heading={t.revokeHeading}
          submit={t.revoke}
          pending={t.revoking}
          done={t.revokedDone}
          action={(values) => revokeCertificateAction(slug, registrationId, values)}
          {...common}
        />
      )}
    </>
  );
}
