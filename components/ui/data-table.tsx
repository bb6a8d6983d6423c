import { type ReactNode, useId } from 'react';
import styles from './data-table.module.css';

/** One column: its header and how a row fills its cell. */
export interface DataTableColumn<Row> {
  key: string;
  header: ReactNode;
  cell: (row: Row, index: number) => ReactNode;
  /** Right-aligned tabular figures, header included. */
  numeric?: boolean;
  /** The cell that names its row: rendered as `<th scope="row">`, so screen readers announce it with every cell. */
  rowHeader?: boolean;
  /** `nowrap` keeps dates on one line; `anywhere` lets long addresses break at 360 px. */
  wrap?: 'nowrap' | 'anywhere';
  /** Extra class for the body cells. */
  className?: string;
}

interface DataTableProps<Row> {
  /** Names the table for assistive technology (getByRole('table', { name })); hidden visually unless captionVisible. */
  caption: ReactNode;
  captionVisible?: boolean;
  columns: readonly DataTableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => string;
  /** Shown instead of the table when there are no rows; without it an empty table is rendered. */
  empty?: ReactNode;
}

const join = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(' ') || undefined;

function cellClass<Row>(column: DataTableColumn<Row>): string | undefined {
  return join(
    column.numeric && styles.num,
    column.wrap === 'nowrap' && styles.nowrap,
    column.wrap === 'anywhere' && styles.anywhere,
    column.className,
  );
}

/**
 * The dashboard's table frame: caption, column headers with scope, and an optional empty state. A wide table scrolls
 * inside its own region, named by the caption and reachable by keyboard, so the page never scrolls sideways (WCAG 1.4.10).
 */
export function DataTable<Row>({ caption, captionVisible = false, columns, rows, rowKey, empty }: DataTableProps<Row>) {
  const captionId = useId();
  if (rows.length === 0 && empty !== undefined) return <>{empty}</>;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be focusable to be scrolled by keyboard
    <div className="table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="table">
        <caption id={captionId} className={captionVisible ? styles.caption : 'visually-hidden'}>
          {caption}
        </caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={c.numeric ? styles.num : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={rowKey(row, i)}>
              {columns.map((c) =>
                c.rowHeader ? (
                  <th key={c.key} scope="row" className={cellClass(c)}>
                    {c.cell(row, i)}
                  </th>
                ) : (
                  <td key={c.key} className={cellClass(c)}>
                    {c.cell(row, i)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
