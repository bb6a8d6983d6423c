import { NotFoundContent } from '@/components/ui/not-found-content';
import { getI18n } from '@/lib/i18n/server';

export default async function NotFound() {
  const { t } = await getI18n();
  return <NotFoundContent t={t} />;
}
