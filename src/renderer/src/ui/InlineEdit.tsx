import { useState } from 'react';

interface InlineEditProps {
  /** Accessible name of the text field. */
  readonly label: string;
  readonly initial: string;
  readonly placeholder?: string;
  /** Resolves to an error message to show, or null when accepted. */
  readonly onCommit: (value: string) => Promise<string | null> | string | null;
  readonly onCancel: () => void;
  /** Clear the field after a successful commit instead of closing (for "add" fields). */
  readonly multiple?: boolean;
  readonly className?: string;
}

/** A text field that commits on Enter or blur and cancels on Escape, with the reason shown when refused. */
export function InlineEdit({ label, initial, placeholder, onCommit, onCancel, multiple, className }: InlineEditProps) {
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | null>(null);

  const commit = async () => {
    if (!multiple && value === initial) return onCancel();
    if (multiple && value.trim() === '') return;
    const problem = await onCommit(value);
    setError(problem);
    if (problem === null && multiple) setValue('');
  };

  return (
    <div className={className}>
      <input
        className="text-input"
        aria-label={label}
        value={value}
        placeholder={placeholder}
        autoFocus
        aria-invalid={error !== null}
        onChange={(event) => {
          setValue(event.target.value);
          setError(null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            void commit();
          } else if (event.key === 'Escape') {
            event.preventDefault();
            event.stopPropagation();
            onCancel();
          }
        }}
        onBlur={() => {
          if (!multiple) void commit();
        }}
      />
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
