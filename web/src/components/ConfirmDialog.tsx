/** A question before an action that cannot simply be taken back (提交审核, 审核通过, 公开, 撤回): 确定 or 取消. */
import { type ReactNode, useEffect, useRef } from "react";
import "./dialog.css";

interface Props {
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  /** A reason the action may not be taken now (the check list blocks): 确定 is disabled and this is shown. */
  blocked?: string | null;
  busy?: boolean;
  danger?: boolean;
  onConfirm(): void;
  onCancel(): void;
}

export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  blocked = null,
  busy = false,
  danger = false,
  onConfirm,
  onCancel,
}: Props) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    cancel.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") onCancel();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [onCancel]);
  return (
    <div className="dialog-backdrop">
      <div className="dialog" role="dialog" aria-modal="true" aria-labelledby="confirm-title">
        <h2 id="confirm-title">{title}</h2>
        {children}
        {blocked && (
          <p className="error" role="alert">
            {blocked}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" ref={cancel} onClick={onCancel}>
            取消
          </button>
          <button
            type="button"
            className={danger ? "danger" : "primary"}
            disabled={blocked !== null || busy}
            onClick={onConfirm}
          >
            {busy ? "正在处理…" : confirmLabel}
          </button>
        </div>
      </div>
    </div>
  );
}
