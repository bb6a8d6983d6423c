import styles from './stats.module.css';

/** A small accessible table: a caption, column headers, and the first cell of each row as its header. */
export function StatsTable({ caption, columns, rows }: { caption: string; columns: string[]; rows: (string | number)[][] }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={c} scope="col" className={i > 0 ? styles.num : undefined}>{c}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([head, ...cells], r) => (
            <tr key={`${head}-${r}`}>
              <th scope="row">{head}</th>
              {cells.map((cell, i) => (
                <td key={i} className={styles.num}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
