import { useState } from 'react';
import { describeError } from '../../api/client.ts';
import { type DownloadProgress, saveFile } from '../../api/download.ts';
import { downloadExport, EXPORT_KINDS, type ExportKind } from '../../api/review.ts';

type ExportState =
  | { kind: ExportKind; phase: 'preparing'; progress: DownloadProgress }
  | { kind: ExportKind; phase: 'done' }
  | { kind: ExportKind; phase: 'failed'; error: unknown };

const kib = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024))} KB`;

function progressText(kind: ExportKind, { received, total }: DownloadProgress) {
  if (received === 0) return `Preparing ${kind}.csv…`;
  return total
    ? `Downloading ${kind}.csv: ${kib(received)} of ${kib(total)}…`
    : `Downloading ${kind}.csv: ${kib(received)}…`;
}

/**
 * The team's CSV exports. A big team's export takes a while to build, so each button says it is
 * preparing and how far the download got, and a failure says why with a way to try again,
 * where a plain link would do nothing visible or save the error as the file.
 */
export function ExportButtons({ teamId }: { teamId: string }) {
  const [state, setState] = useState<ExportState | null>(null);
  const busy = state?.phase === 'preparing';

  const run = async (kind: ExportKind) => {
    setState({ kind, phase: 'preparing', progress: { received: 0, total: null } });
    try {
      const file = await downloadExport(teamId, kind, (progress) => setState({ kind, phase: 'preparing', progress }));
      saveFile(file, `${kind}.csv`);
      setState({ kind, phase: 'done' });
    } catch (error) {
      setState({ kind, phase: 'failed', error });
    }
  };

  return (
    <div className="review__exports">
      <nav aria-label="Export as CSV" className="review__export-buttons">
        {EXPORT_KINDS.map((kind) => (
          <button key={kind} type="button" className="button" disabled={busy} onClick={() => void run(kind)}>
            {kind}.csv
          </button>
        ))}
      </nav>
      <p role="status" className="review__export-status">
        {state?.phase === 'preparing' ? progressText(state.kind, state.progress) : null}
        {state?.phase === 'done' ? `${state.kind}.csv is downloaded.` : null}
      </p>
      {state?.phase === 'preparing' && state.progress.total ? (
        <progress max={state.progress.total} value={state.progress.received} aria-label={`${state.kind}.csv`} />
      ) : null}
      {state?.phase === 'failed' ? (
        <p role="alert" className="form__error">
          Could not export {state.kind}.csv: {describeError(state.error)}{' '}
          <button type="button" className="button" onClick={() => void run(state.kind)}>
            Try again
          </button>
        </p>
      ) : null}
    </div>
  );
}
