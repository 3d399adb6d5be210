import type { CsvImportPreview } from '@echoboard/contracts';
import { Warnings } from './Warnings.tsx';

/** Where the file's cards would go, and every row that must be fixed first. */
export function CsvPreviewView({ preview }: { preview: CsvImportPreview }) {
  return (
    <>
      {preview.errors.length > 0 ? (
        <div className="import__errors" role="alert">
          <h3>Fix these rows in the file, then choose it again</h3>
          <ul>
            {preview.errors.map((e) => (
              <li key={e.message}>{e.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {preview.cardCount === 0 ? (
        <p>No cards to import: every row is empty or has a problem.</p>
      ) : (
        <table className="import__table">
          <caption>Cards per column</caption>
          <thead>
            <tr>
              <th scope="col">Column</th>
              <th scope="col">New cards</th>
              <th scope="col">First cards</th>
            </tr>
          </thead>
          <tbody>
            {preview.columns.map((c) => (
              <tr key={c.columnId ?? `new-${c.name}`}>
                <th scope="row">
                  {c.name}
                  {c.columnId === null ? ' (new column)' : ''}
                </th>
                <td>{c.cardCount}</td>
                <td>{c.sampleTitles.join(' · ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Warnings warnings={preview.warnings} />
    </>
  );
}
