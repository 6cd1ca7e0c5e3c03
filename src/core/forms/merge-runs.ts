/**
 * Vertical merges of a column whose equal neighbours print as one cell (一级指标 and 二级指标 merged down their rows).
 * @module
 */

/**
 * For each row, the row span of the merged cell that starts there, or 0 when the row is covered by the cell above.
 * Equal, non-null keys of consecutive rows merge; a null key never merges.
 *
 * @example mergeRuns(["产出", "产出", "效益", null, null]) // → [2, 0, 1, 1, 1]
 */
export function mergeRuns(keys: readonly (string | null)[]): number[] {
  const spans = keys.map(() => 1);
  let start = 0;
  for (let i = 1; i <= keys.length; i++) {
    const key = keys[i];
    if (i < keys.length && key !== null && key === keys[start]) {
      spans[start] = (spans[start] ?? 1) + 1;
      spans[i] = 0;
    } else {
      start = i;
    }
  }
  return spans;
}
