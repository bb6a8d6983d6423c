import type { ReactNode } from 'react';
import { DataTable, type DataTableColumn } from '@/components/ui/data-table';

type Cell = ReactNode;

/** A small accessible table of figures: the first column names each row, the others are right-aligned numbers. */
export function StatsTable({ caption, columns, rows }: { caption: string; columns: string[]; rows: Cell[][] }) {
  const cols: DataTableColumn<Cell[]>[] = columns.map((header, i) => ({
    key: header,
    header,
    rowHeader: i === 0,
    numeric: i > 0,
    cell: (row) => row[i],
  }));
  return <DataTable caption={caption} columns={cols} rows={rows} rowKey={(_row, r) => String(r)} />;
}
