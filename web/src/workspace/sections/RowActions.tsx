/**
 * The controls of one row of an editable list — move up, move down, insert before, delete — for every list the page
 * edits row by row (LineTable's tables, such as the 基础数据表's 经费控制情况 rows, and the narrative's sections), so
 * each list moves and removes its rows the same way and the buttons read the same to a screen reader.
 */

/** `items` with the item at `index` moved `by` places (−1 up, 1 down). */
export function movedItem<T>(items: readonly T[], index: number, by: number): T[] {
  const next = items.slice();
  const [item] = next.splice(index, 1);
  if (item !== undefined) next.splice(index + by, 0, item);
  return next;
}

interface RowActionsProps<T> {
  rows: readonly T[];
  index: number;
  /** What one row is called in the buttons' labels: "行" (上移第 2 行), "段" (删除第 3 段). */
  noun: string;
  setRows(next: T[]): void;
  /** With it, an 插入 button adds this row before the row. */
  newRow?: () => T;
}

export function RowActions<T>({ rows, index, noun, setRows, newRow }: RowActionsProps<T>) {
  const place = `第 ${index + 1} ${noun}`;
  return (
    <>
      <button
        type="button"
        className="small"
        disabled={index === 0}
        aria-label={`上移${place}`}
        onClick={() => setRows(movedItem(rows, index, -1))}
      >
        ↑
      </button>
      <button
        type="button"
        className="small"
        disabled={index === rows.length - 1}
        aria-label={`下移${place}`}
        onClick={() => setRows(movedItem(rows, index, 1))}
      >
        ↓
      </button>
      {newRow && (
        <button
          type="button"
          className="small"
          aria-label={`在${place}前插入`}
          onClick={() => setRows([...rows.slice(0, index), newRow(), ...rows.slice(index)])}
        >
          插入
        </button>
      )}
      <button
        type="button"
        className="small"
        aria-label={`删除${place}`}
        onClick={() => setRows(rows.filter((_, at) => at !== index))}
      >
        删除
      </button>
    </>
  );
}
