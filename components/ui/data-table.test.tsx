import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DataTable, type DataTableColumn } from './data-table';

interface Row {
  id: string;
  name: string;
  count: number;
}

const COLUMNS: DataTableColumn<Row>[] = [
  { key: 'name', header: 'Name', rowHeader: true, cell: (r) => r.name },
  { key: 'count', header: 'Anzahl', numeric: true, cell: (r) => r.count },
  { key: 'note', header: 'Hinweis', wrap: 'nowrap', className: 'extra', cell: (_r, i) => `Zeile ${i + 1}` },
];
const ROWS: Row[] = [
  { id: 'a', name: 'Anna', count: 3 },
  { id: 'b', name: 'Bernd', count: 12 },
];

const render = (props: Partial<Parameters<typeof DataTable<Row>>[0]> = {}) =>
  renderToStaticMarkup(<DataTable caption="Personen" columns={COLUMNS} rows={ROWS} rowKey={(r) => r.id} {...props} />);

describe('DataTable', () => {
  it('renders the frame: a focusable region named by the hidden caption, and column headers with scope', () => {
    const html = render();
    const match = html.match(
      /^<div class="table-wrap" role="region" aria-labelledby="([^"]+)" tabindex="0"><table class="table"><caption id="([^"]+)" class="visually-hidden">Personen<\/caption>/,
    );
    expect(match).not.toBeNull();
    expect(match?.[1]).toBe(match?.[2]);
    expect(html.match(/<th scope="col"/g)).toHaveLength(3);
    expect(html).toContain('>Name</th>');
  });

  it('makes the row-header column a th with scope=row and the others td, in column order', () => {
    const html = render();
    expect(html).toMatch(
      /<tr><th scope="row">Anna<\/th><td class="[^"]+">3<\/td><td class="[^"]*extra[^"]*">Zeile 1<\/td><\/tr>/,
    );
    expect(html).toContain('<th scope="row">Bernd</th>');
  });

  it('gives numeric columns the same alignment class in header and cells', () => {
    const html = render();
    const headerClass = /<th scope="col" class="([^"]+)">Anzahl<\/th>/.exec(html)?.[1];
    expect(headerClass).toBeTruthy();
    expect(html).toContain(`<td class="${headerClass}">12</td>`);
  });

  it('shows the caption visibly when asked', () => {
    expect(render({ captionVisible: true })).not.toContain('visually-hidden');
  });

  it('renders the empty state instead of the table when there are no rows', () => {
    expect(render({ rows: [], empty: <p>Nichts da.</p> })).toBe('<p>Nichts da.</p>');
  });

  it('renders an empty table without an empty state', () => {
    const html = render({ rows: [] });
    expect(html).toContain('<tbody></tbody>');
  });

  it('ignores the empty state while there are rows', () => {
    expect(render({ empty: <p>Nichts da.</p> })).not.toContain('Nichts da.');
  });
});
