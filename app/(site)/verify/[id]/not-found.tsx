import { PageMain } from '@/components/ui/page-main';
import { getI18n } from '@/lib/i18n/server';

/** Unknown id, forged or changed signature: said plainly, with status 404. */
export default async function CertificateNotFound() {
  const { t } = await getI18n();
  const v = t.certificates.document.verify;
  return (
    <PageMain narrow>
      <h1>{v.notFoundTitle}</h1>
      <p>{v.notFound}</p>
    </PageMain>
  );
}
