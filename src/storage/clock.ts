/** Times as stored: ISO-8601 UTC text, sortable as text in SQLite and PostgreSQL alike. */
export function nowIso(): string {
  return new Date().toISOString();
}

export function isoAfter(milliseconds: number, from: Date = new Date()): string {
  return new Date(from.getTime() + milliseconds).toISOString();
}
