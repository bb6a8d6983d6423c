import Link from 'next/link';
import { getI18n } from '@/lib/i18n/server';

export default async function EventNotFound() {
  const { t } = await getI18n();
  const n = t.dashboard.notFound;
  return (
    <div className="stack">
      <h1>{n.title}</h1>
      <p>{n.text}</p>
      <p>
        <Link href="/dashboard">{n.back}</Link>
      </p>
    </div>
  );
}
