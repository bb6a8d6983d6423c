import { getEventOverviews } from '@/lib/events/queries';

export const dynamic = 'force-dynamic';

export default async function HomePage() {
  const { upcoming, past } = await getEventOverviews();
  return (
    <main>
      <h1>Veranstaltungen</h1>
      <ul>{[...upcoming, ...past].map((e) => <li key={e.id}>{e.title}</li>)}</ul>
    </main>
  );
}
