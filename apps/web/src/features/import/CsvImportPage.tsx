import type { CsvImportBody, CsvImportPreview, CsvImportResult } from '@echoboard/contracts';
import { type CsvDelimiter, type CsvField, guessCsvDelimiter, guessCsvMapping, parseCsv } from '@echoboard/domain';
import { useCallback, useState } from 'react';
import { getBoard } from '../../api/boards.ts';
import { importCsv, previewCsv } from '../../api/imports.ts';
import { boardPath } from '../../app/routes.ts';
import { AppLink } from '../common/AppLink.tsx';
import { FormError } from '../common/FormError.tsx';
import { LoadError } from '../common/LoadError.tsx';
import { Loading } from '../common/Loading.tsx';
import { useLoad } from '../common/useLoad.ts';
import { CsvMappingForm } from './CsvMappingForm.tsx';
import { CsvPreviewView } from './CsvPreviewView.tsx';
import { FileStep } from './FileStep.tsx';
import { ImportProgress } from './ImportProgress.tsx';
import { useImportSteps } from './useImportSteps.ts';

export interface CsvSettings {
  delimiter: CsvDelimiter;
  mapping: CsvField[];
  defaultColumnId: string;
  unknownColumns: 'create' | 'default';
}

/** The header of the file as the domain reads it, or why it cannot be read. */
const headerOf = (text: string, delimiter: CsvDelimiter) => {
  const rows = parseCsv(text, delimiter);
  if (!rows.ok) return { error: rows.error.message, header: [] as string[] };
  const header = rows.value[0] ?? [];
  return header.length === 0 ? { error: 'The file is empty.', header } : { error: null, header };
};

/** CSV of cards → map its columns → preview → cards added to this board. */
export function CsvImportPage({ boardId }: { boardId: string }) {
  const steps = useImportSteps<'file' | 'mapping' | 'preview' | 'done'>('file');
  const { step, setStep, progress, error, setError, heading, run, busy } = steps;
  const { data: board, error: loadError, reload } = useLoad(useCallback(() => getBoard(boardId), [boardId]));
  const [file, setFile] = useState<{ text: string; name: string } | null>(null);
  const [header, setHeader] = useState<string[]>([]);
  const [settings, setSettings] = useState<CsvSettings | null>(null);
  const [preview, setPreview] = useState<CsvImportPreview | null>(null);
  const [result, setResult] = useState<CsvImportResult | null>(null);

  const chooseFile = (text: string, name: string) => {
    if (!board) return;
    const delimiter = guessCsvDelimiter(text);
    const read = headerOf(text, delimiter);
    if (read.error) return setError(`${name}: ${read.error}`);
    setFile({ text, name });
    setHeader(read.header);
    const first = board.columns[0]?.id ?? '';
    setSettings({ delimiter, mapping: guessCsvMapping(read.header), defaultColumnId: first, unknownColumns: 'create' });
    setStep('mapping');
  };

  const changeSettings = (next: CsvSettings) => {
    if (!file || !settings) return;
    if (next.delimiter !== settings.delimiter) {
      const read = headerOf(file.text, next.delimiter);
      setHeader(read.header);
      setError(read.error);
      next = { ...next, mapping: guessCsvMapping(read.header) };
    }
    setSettings(next);
  };

  const body = (): CsvImportBody | null => (file && settings ? { file: file.text, ...settings } : null);

  const showPreview = async () => {
    const payload = body();
    if (!payload) return;
    const next = await run('Uploading the file…', (report) => previewCsv(boardId, payload, report));
    if (!next) return;
    setPreview(next);
    setStep('preview');
  };

  const confirm = async () => {
    const payload = body();
    if (!payload) return;
    const done = await run('Uploading the file…', (report) => importCsv(boardId, payload, report));
    if (!done) return;
    setResult(done);
    setStep('done');
  };

  // The columns to map onto come from the board: without it there is nothing to choose from yet.
  if (loadError) return <LoadError title="Could not load the board to import into" error={loadError} retry={reload} />;
  return (
    <section className="import" aria-labelledby="import-title">
      <h1 id="import-title">Import cards from CSV{board ? ` into ${board.name}` : ''}</h1>
      {board ? null : <Loading>Loading the board…</Loading>}
      {step !== 'done' ? (
        <FileStep
          label="CSV file"
          accept=".csv,text/csv"
          hint="One card per row, with a header row. You choose what each column holds next."
          disabled={busy || !board}
          run={run}
          onRead={chooseFile}
        />
      ) : null}
      <ImportProgress progress={progress} />
      <FormError message={error} />
      {step === 'mapping' && board && settings ? (
        <>
          <h2 ref={heading} tabIndex={-1}>
            Map the columns of {file?.name}
          </h2>
          <CsvMappingForm
            header={header}
            columns={board.columns}
            settings={settings}
            disabled={busy}
            onChange={changeSettings}
            onSubmit={() => void showPreview()}
          />
        </>
      ) : null}
      {step === 'preview' && preview ? (
        <>
          <h2 ref={heading} tabIndex={-1}>
            Preview
          </h2>
          <CsvPreviewView preview={preview} />
          <div className="form__buttons form__buttons--start">
            <button type="button" className="button" disabled={busy} onClick={() => setStep('mapping')}>
              Back to the mapping
            </button>
            <button
              type="button"
              className="button button--primary"
              disabled={busy || preview.errors.length > 0 || preview.cardCount === 0}
              onClick={() => void confirm()}
            >
              Import {preview.cardCount} cards
            </button>
          </div>
        </>
      ) : null}
      {step === 'done' && result ? (
        <div className="import__done">
          <h2 ref={heading} tabIndex={-1}>
            Imported {result.cards} cards
          </h2>
          {result.newColumns.length > 0 ? <p>New columns: {result.newColumns.join(', ')}.</p> : null}
          <AppLink className="button button--primary" to={boardPath(boardId)}>
            Back to {board?.name ?? 'the board'}
          </AppLink>
        </div>
      ) : null}
    </section>
  );
}
