import Link from 'next/link';

export default function EventNotFound() {
  return (
    <div className="stack">
      <h1>Veranstaltung nicht gefunden</h1>
      <p>Diese Veranstaltung gibt es nicht (mehr). Vielleicht wurde die Adresse falsch eingegeben.</p>
      <p>
        <Link href="/dashboard">Zur Übersicht aller Veranstaltungen</Link>
      </p>
    </div>
  );
}
