"use client";
/**
 * A confirmation built on the native <dialog>: modal, focus-trapped and closed by Escape
 * by the browser itself, and returns focus to the button that opened it.
 */
import { useId, useRef, type ReactNode } from "react";

interface ConfirmDialogProps {
  trigger: string;
  /** Words that complete a short trigger for screen readers, e.g. the name in "Delete Payments API". */
  triggerContext?: string;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  triggerClassName?: string;
  warning?: boolean;
}

export function ConfirmDialog({
  trigger,
  triggerContext,
  title,
  children,
  confirmLabel,
  onConfirm,
  triggerClassName = "button button--secondary",
  warning = false,
}: ConfirmDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  return (
    <>
      <button type="button" className={triggerClassName} onClick={() => dialog.current?.showModal()}>
        {trigger}
        {triggerContext ? <span className="visually-hidden"> {triggerContext}</span> : null}
      </button>
      <dialog ref={dialog} className="dialog" aria-labelledby={titleId}>
        <h2 id={titleId}>{title}</h2>
        {children}
        <div className="button-group">
          <button
            type="button"
            className={warning ? "button button--warning" : "button"}
            onClick={() => {
              dialog.current?.close();
              onConfirm();
            }}
          >
            {confirmLabel}
          </button>
          <button type="button" className="button button--secondary" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
        </div>
      </dialog>
    </>
  );
}
