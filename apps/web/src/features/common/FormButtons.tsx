import type { ReactNode } from 'react';

interface FormButtonsProps {
  /** The submit button's label. */
  submit: ReactNode;
  onCancel: () => void;
  busy?: boolean;
  disabled?: boolean;
  tone?: 'primary' | 'danger';
  /** Focus Cancel when the dialog opens (for destructive dialogs). */
  autofocusCancel?: boolean;
  className?: string;
}

/** Cancel, then the form's action: the button row every dialog form ends with. */
export function FormButtons({
  submit,
  onCancel,
  busy = false,
  disabled = false,
  tone = 'primary',
  autofocusCancel,
  className = 'form__buttons',
}: FormButtonsProps) {
  return (
    <div className={className}>
      <button type="button" className="button" onClick={onCancel} data-autofocus={autofocusCancel || undefined}>
        Cancel
      </button>
      <button type="submit" className={`button button--${tone}`} disabled={busy || disabled}>
        {submit}
      </button>
    </div>
  );
}
