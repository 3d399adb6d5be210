import type { TrelloImportPreview, TrelloImportResult } from '@echoboard/contracts';
import { useState } from 'react';
import { importTrello, previewTrello } from '../../api/imports.ts';
import { boardPath } from '../../app/routes.ts';
import { AppLink } from '../common/AppLink.tsx';
import { FormError } from '../common/FormError.tsx';
import { FileStep } from './FileStep.tsx';
import { ImportProgress } from './ImportProgress.tsx';
import { TrelloPreviewView } from './TrelloPreviewView.tsx';
import { useImportSteps } from './useImportSteps.ts';

type Archived = 'skip' | 'import';

/** Trello board export → preview → a new board of the team. Nothing is written before "Import". */
export function TrelloImportPage({ teamId }: { teamId: string }) {
  const { step, setStep, progress, error, heading, run, busy } = useImportSteps<'file' | 'preview' | 'done'>('file');
  const [file, setFile] = useState<string | null>(null);
  const [archived, setArchived] = useState<Archived>('skip');
  const [preview, setPreview] = useState<TrelloImportPreview | null>(null);
  const [result, setResult] = useState<TrelloImportResult | null>(null);

  const showPreview = async (text: string, choice: Archived) => {
    const next = await run('Uploading the export…', (report) =>
      previewTrello(teamId, { file: text, archived: choice }, report),
    );
    if (!next) return;
    setPreview(next);
    setStep('preview');
  };

  const confirm = async () => {
    if (!file) return;
    const done = await run('Uploading the export…', (report) => importTrello(teamId, { file, archived }, report));
    if (!done) return;
    setResult(done);
    setStep('done');
  };

  return (
    <section className="import" aria-labelledby="import-title">
      <h1 id="import-title">Import a Trello board</h1>
      {step === 'file' || step === 'preview' ? (
        <FileStep
          label="Trello export (JSON)"
          accept=".json,application/json"
          hint="In Trello: Board menu → Print and export → Export as JSON. Nothing is created until you confirm the preview."
          disabled={busy}
          run={run}
          onRead={(text) => {
            setFile(text);
            void showPreview(text, archived);
          }}
        />
      ) : null}
      <ImportProgress progress={progress} />
      <FormError message={error} />
      {step === 'preview' && preview && file ? (
        <>
          <h2 ref={heading} tabIndex={-1}>
            Preview: {preview.boardName}
          </h2>
          <fieldset className="radio-group" disabled={busy}>
            <legend>Archived lists and cards ({preview.archived.cards} archived cards in the preview)</legend>
            {(
              [
                ['skip', 'Leave them out'],
                ['import', 'Import them as archived cards'],
              ] as const
            ).map(([value, text]) => (
              <label key={value} className="radio">
                <input
                  type="radio"
                  name="archived"
                  value={value}
                  checked={archived === value}
                  onChange={() => {
                    setArchived(value);
                    void showPreview(file, value);
                  }}
                />
                {text}
              </label>
            ))}
          </fieldset>
          <TrelloPreviewView preview={preview} />
          <div className="form__buttons form__buttons--start">
            <button type="button" className="button button--primary" disabled={busy} onClick={() => void confirm()}>
              Import {preview.totals.cards} cards
            </button>
          </div>
        </>
      ) : null}
      {step === 'done' && result ? (
        <div className="import__done">
          <h2 ref={heading} tabIndex={-1}>
            Imported “{result.boardName}”
          </h2>
          <p>
            {result.columns} columns, {result.cards} cards ({result.archivedCards} archived), {result.checklistItems}{' '}
            checklist items and {result.comments} comments.
          </p>
          <AppLink className="button button--primary" to={boardPath(result.boardId)}>
            Open {result.boardName}
          </AppLink>
        </div>
      ) : null}
    </section>
  );
}
