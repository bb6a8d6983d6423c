import { LoadingState } from '@/components/dashboard/loading-state';
import { getI18n } from '@/lib/i18n/server';

export default async function SessionsLoading() {
  return <LoadingState label={(await getI18n()).t.sessionLists.overview.loading} />;
}
