import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CertificateVerification } from '@/components/certificates/certificate-verification';
import { PageMain } from '@/components/ui/page-main';
import { certificatePublicKeyRaw } from '@/lib/certificates/keys';
import { verifyCertificate } from '@/lib/certificates/verification';
import { getI18n } from '@/lib/i18n/server';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.certificates.document.verify.metaTitle, robots: { index: false, follow: false } };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Public on purpose: HR departments check certificates here. Unknown ids and forged signatures answer 404.
export default async function VerifyCertificatePage({ params, searchParams }: Props) {
  const [{ id }, query, { locale, t }] = await Promise.all([params, searchParams, getI18n()]);
  const signature = Array.isArray(query.s) ? query.s[0] : query.s;
  const result = await verifyCertificate(id.slice(0, 40), signature);
  if (result.state === 'unknown') notFound();
  return (
    <PageMain narrow>
      <CertificateVerification
        result={result}
        locale={locale}
        publicKey={certificatePublicKeyRaw()}
        t={t.certificates.document.verify}
      />
    </PageMain>
  );
}
