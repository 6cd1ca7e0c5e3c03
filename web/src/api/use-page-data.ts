/**
 * What the administration and account pages share: the data a page shows, loaded from the API when it opens and
 * again after each change; one change at a time (busy while it runs); the change's error or its notice, shown above
 * the page (PageMessages). A change returns its notice; a failed one leaves the data as it was and says why.
 */
import { useCallback, useEffect, useRef, useState } from "react";

export interface PageData<T, N> {
  /** null until the first load answers. */
  data: T | null;
  error: string | null;
  notice: N | null;
  /** A change is running. */
  busy: boolean;
  /** Runs one change; true when it succeeded (the data is then read again). */
  run(change: () => Promise<N>): Promise<boolean>;
  reload(): void;
  /** An error found in the page itself (two passwords that differ), shown as the server's are. */
  setError(message: string | null): void;
}

export function usePageData<T, N = string>(load: () => Promise<T>): PageData<T, N> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<N | null>(null);
  const [busy, setBusy] = useState(false);
  // The latest load, so that a page may pass an inline function without reloading on every render.
  const loadRef = useRef(load);
  loadRef.current = load;
  const reload = useCallback(() => {
    loadRef
      .current()
      .then((value) => setData(() => value))
      .catch((caught: Error) => setError(caught.message));
  }, []);
  useEffect(reload, [reload]);
  const run = useCallback(
    async (change: () => Promise<N>) => {
      setError(null);
      setNotice(null);
      setBusy(true);
      try {
        const said = await change();
        setNotice(() => said);
        reload();
        return true;
      } catch (caught) {
        setError((caught as Error).message);
        return false;
      } finally {
        setBusy(false);
      }
    },
    [reload],
  );
  return { data, error, notice, busy, run, reload, setError };
}
