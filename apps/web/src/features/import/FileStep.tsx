import { useId } from 'react';
import { readFileText } from './readFile.ts';

interface FileStepProps {
  label: string;
  accept: string;
  hint: string;
  disabled: boolean;
  run: <T>(label: string, task: (report: (share: number) => void) => Promise<T>) => Promise<T | undefined>;
  onRead: (text: string, name: string) => void;
}

/** Choosing the file and reading it in the browser, with the reading's progress. */
export function FileStep({ label, accept, hint, disabled, run, onRead }: FileStepProps) {
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="input"
        type="file"
        accept={accept}
        disabled={disabled}
        aria-describedby={`${id}-hint`}
        onChange={async (e) => {
          const file = e.target.files?.[0];
          if (!file) return;
          const text = await run('Reading the file…', (report) => readFileText(file, report));
          if (text !== undefined) onRead(text, file.name);
        }}
      />
      <p id={`${id}-hint`} className="field__hint">
        {hint}
      </p>
    </div>
  );
}
