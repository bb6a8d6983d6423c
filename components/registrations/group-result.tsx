'use client';

import Link from 'next/link';
import { useEffect, useRef } from 'react';
import { DataTable } from '@/components/ui/data-table';
import { fill } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import type { GroupRegistrationResult } from '@/lib/registrations/group-actions';

const TONE = { confirmed: 'badge-success', waitlisted: 'badge-warning', pending: 'badge-warning' } as const;

/** The group's success page: everyone with their status; the heading takes the focus so it is announced. */
export function GroupResult({
  result,
  submitter,
  slug,
  g,
}: {
  result: GroupRegistrationResult;
  submitter: string;
  slug: string;
  g: Dictionary['approval']['group'];
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section aria-labelledby="group-done-heading" className="stack" data-testid="group-result">
      <h2 id="group-done-heading" ref={headingRef} tabIndex={-1}>
        {g.doneTitle}
      </h2>
      <div className="alert alert-success" role="status">
        <p>{fill(g.doneIntro, { email: submitter })}</p>
        {result.status === 'pending' ? <p>{g.donePending}</p> : null}
        {result.status === 'waitlisted' ? <p>{g.doneWaitlisted}</p> : null}
      </div>
      <DataTable
        caption={g.doneCaption}
        columns={[
          { key: 'name', header: g.colName, rowHeader: true, cell: (m) => <span lang="de">{m.name}</span> },
          { key: 'email', header: g.colEmail, wrap: 'anywhere', cell: (m) => m.email },
          {
            key: 'status',
            header: g.colStatus,
            cell: (m) => <span className={`badge ${TONE[m.status]}`}>{g[`status.${m.status}`]}</span>,
          },
        ]}
        rows={result.members}
        rowKey={(m) => m.email}
      />
      <p>
        <Link href={`/events/${slug}`}>{g.toEvent}</Link>
      </p>
    </section>
  );
}
