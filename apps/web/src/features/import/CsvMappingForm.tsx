import type { Column } from '@echoboard/contracts';
import { CSV_FIELDS, type CsvField } from '@echoboard/domain';
import { useId } from 'react';
import type { CsvSettings } from './CsvImportPage.tsx';

const FIELD_LABELS: Record<CsvField, string> = {
  title: 'Title',
  description: 'Description',
  column: 'Column',
  labels: 'Labels',
  effort: 'Effort',
  due: 'Due date',
  ignore: 'Ignore',
};

interface Props {
  header: string[];
  columns: Column[];
  settings: CsvSettings;
  disabled: boolean;
  onChange: (settings: CsvSettings) => void;
  onSubmit: () => void;
}

/** Each column of the file → a card field (guessed from its name), and where rows without a column go. */
export function CsvMappingForm({ header, columns, settings, disabled, onChange, onSubmit }: Props) {
  const id = useId();
  const set = (patch: Partial<CsvSettings>) => onChange({ ...settings, ...patch });
  const hasTitle = settings.mapping.includes('title');
  return (
    <form
      className="form import__mapping"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <label className="field">
        <span className="field__label">Separator</span>
        <select
          className="input input--narrow"
          value={settings.delimiter}
          disabled={disabled}
          onChange={(e) => set({ delimiter: e.target.value as CsvSettings['delimiter'] })}
        >
          <option value=",">Comma (,)</option>
          <option value=";">Semicolon (;)</option>
        </select>
      </label>
      <table className="import__table">
        <caption>What each column of the file holds</caption>
        <thead>
          <tr>
            <th scope="col">Column in the file</th>
            <th scope="col">Card field</th>
          </tr>
        </thead>
        <tbody>
          {header.map((name, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the file's columns are fixed and may share names
            <tr key={i}>
              <th scope="row">
                <label htmlFor={`${id}-${i}`}>{name || `(column ${i + 1}, no name)`}</label>
              </th>
              <td>
                <select
                  id={`${id}-${i}`}
                  className="input"
                  value={settings.mapping[i] ?? 'ignore'}
                  disabled={disabled}
                  onChange={(e) => {
                    const field = e.target.value as CsvField;
                    // A field belongs to one column: choosing it here releases it elsewhere.
                    const mapping = settings.mapping.map((f, j) =>
                      j === i ? field : f === field && field !== 'ignore' ? 'ignore' : f,
                    );
                    set({ mapping });
                  }}
                >
                  {CSV_FIELDS.map((f) => (
                    <option key={f} value={f}>
                      {FIELD_LABELS[f]}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <label className="field">
        <span className="field__label">Rows without a column go to</span>
        <select
          className="input"
          value={settings.defaultColumnId}
          disabled={disabled}
          onChange={(e) => set({ defaultColumnId: e.target.value })}
        >
          {columns.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="radio-group" disabled={disabled}>
        <legend>Column names the board does not have</legend>
        <label className="radio">
          <input
            type="radio"
            name={`${id}-unknown`}
            checked={settings.unknownColumns === 'create'}
            onChange={() => set({ unknownColumns: 'create' })}
          />
          Add them as new columns (team leads)
        </label>
        <label className="radio">
          <input
            type="radio"
            name={`${id}-unknown`}
            checked={settings.unknownColumns === 'default'}
            onChange={() => set({ unknownColumns: 'default' })}
          />
          Put their rows in the column above
        </label>
      </fieldset>
      {hasTitle ? null : (
        <p className="field__error" role="alert">
          Choose the column that holds the card titles.
        </p>
      )}
      <div className="form__buttons form__buttons--start">
        <button type="submit" className="button button--primary" disabled={disabled || !hasTitle}>
          Preview
        </button>
      </div>
    </form>
  );
}
