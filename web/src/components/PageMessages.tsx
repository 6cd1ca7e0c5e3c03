/** The outcome of a page's last change, above its content: the error (an alert) or the notice (a status). */
import type { ReactNode } from "react";

export function PageMessages({ error, notice }: { error: string | null; notice: ReactNode }) {
  return (
    <>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {notice && (
        <p className="admin-notice" role="status">
          {notice}
        </p>
      )}
    </>
  );
}
