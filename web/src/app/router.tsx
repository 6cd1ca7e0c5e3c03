/**
 * A small history router: the app has a handful of pages, each a path pattern (":id" parts), so a library is not
 * worth its weight in the first load. Leaving a page with unsaved edits can be stopped by a guard (see useLeaveGuard).
 */
import { type MouseEvent, type ReactNode, useEffect, useSyncExternalStore } from "react";

const listeners = new Set<() => void>();
let leaveGuard: (() => string | null) | null = null;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener("popstate", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("popstate", listener);
  };
}

export function usePath(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname + window.location.search);
}

/**
 * Goes to a path inside the app; asks first when the current page has unsaved edits, unless the move stays on the
 * same page (`samePage`: another section of the report being edited, whose edits are still saved).
 */
export function navigate(path: string, options: { replace?: boolean; samePage?: boolean } = {}): void {
  const warning = options.samePage ? null : leaveGuard?.();
  if (warning && !window.confirm(warning)) return;
  if (options.replace) window.history.replaceState(null, "", path);
  else window.history.pushState(null, "", path);
  for (const listener of listeners) listener();
  window.scrollTo(0, 0);
}

/**
 * While `warning` is non-null, navigating away inside the app asks for confirmation, and closing or reloading the
 * tab shows the browser's own question.
 */
export function useLeaveGuard(warning: string | null): void {
  useEffect(() => {
    if (!warning) return;
    leaveGuard = () => warning;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = warning;
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => {
      leaveGuard = null;
      window.removeEventListener("beforeunload", onBeforeUnload);
    };
  }, [warning]);
}

/** Matches "/reports/:id" against a path; returns the named parts, or null. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const [pathname = ""] = path.split("?");
  const wanted = pattern.split("/");
  const actual = pathname.split("/");
  if (wanted.length !== actual.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < wanted.length; i++) {
    const part = wanted[i] as string;
    const value = actual[i] as string;
    if (part.startsWith(":")) params[part.slice(1)] = decodeURIComponent(value);
    else if (part !== value) return null;
  }
  return params;
}

export function queryParam(name: string): string | null {
  return new URLSearchParams(window.location.search).get(name);
}

export function Link({ to, children, className }: { to: string; children: ReactNode; className?: string }) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <a href={to} onClick={onClick} className={className}>
      {children}
    </a>
  );
}
