import { useEffect, useId, useRef, type ReactNode } from 'react';

interface ModalProps {
  readonly title: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
  readonly actions: ReactNode;
  /** Called on submit (Enter in a field, or a submit button). */
  readonly onSubmit?: () => void;
}

/**
 * A native modal <dialog>: focus is trapped, Escape closes, and the page behind is inert, all by the
 * browser rather than by hand-written code.
 */
export function Modal({ title, onClose, children, actions, onSubmit }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  return (
    <dialog
      ref={ref}
      className="modal"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit?.();
        }}
      >
        <div className="modal-body">
          <h2 id={titleId}>{title}</h2>
          {children}
        </div>
        <div className="modal-actions">{actions}</div>
      </form>
    </dialog>
  );
}
