import { DataTable } from '@/components/ui/data-table';
import { fill } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import type { ImportPreview } from '@/lib/invitations/import-service';

/** The preview's rows: every row with errors (up to a limit), then the first rows that would be imported. */
export function ImportPreviewTables({
  preview,
  t,
  number,
}: {
  preview: ImportPreview;
  t: Dictionary['invitations']['import'];
  number: (n: number) => string;
}) {
  const c = t.columns;
  return (
    <>
      {preview.problemRows.length > 0 ? (
        <>
          {preview.problemRows.length < preview.invalid ? (
            <p>{fill(t.problemsShown, { n: number(preview.problemRows.length) })}</p>
          ) : null}
          <DataTable
            caption={t.problemsCaption}
            captionVisible
            rows={preview.problemRows}
            rowKey={(r) => String(r.line)}
            columns={[
              { key: 'line', header: c.line, numeric: true, rowHeader: true, cell: (r) => r.line },
              { key: 'name', header: c.name, cell: (r) => r.name },
              { key: 'email', header: c.email, wrap: 'anywhere', cell: (r) => r.email },
              { key: 'problem', header: c.problem, cell: (r) => r.problems.map((p) => t.problems[p]).join(', ') },
            ]}
          />
        </>
      ) : null}
      {preview.sample.length > 0 ? (
        <DataTable
          caption={t.sampleCaption}
          captionVisible
          rows={preview.sample}
          rowKey={(r) => String(r.line)}
          columns={[
            { key: 'line', header: c.line, numeric: true, rowHeader: true, cell: (r) => r.line },
            { key: 'name', header: c.name, cell: (r) => r.name },
            { key: 'email', header: c.email, wrap: 'anywhere', cell: (r) => r.email },
            { key: 'organization', header: c.organization, cell: (r) => r.organization ?? '' },
          ]}
        />
      ) : null}
    </>
  );
}
