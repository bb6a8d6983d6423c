import type { Metadata } from 'next';
import { getCheckinEvent } from '@/lib/checkin/queries';

export const metadata: Metadata = { title: 'Einlass' };

export default async function CheckinPage({ params }: { params: Promise<{ slug: string }> }) {
  const { event } = await getCheckinEvent((await params).slug);
  return <main id="main" className="container"><h1>Einlass: {event.title}</h1></main>;
}
