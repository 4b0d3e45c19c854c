/** A row whose record is kept as JSON in its `data` column. */
export type DataRow = { data: string };

/** The record in a row, or null when there is no row. */
export function parse<T>(row: DataRow | undefined): T | null {
  return row ? (JSON.parse(row.data) as T) : null;
}
