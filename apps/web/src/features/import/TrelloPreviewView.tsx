import type { TrelloImportPreview } from '@echoboard/contracts';
import { Warnings } from './Warnings.tsx';

const MATCHED_BY = { email: 'same email', name: 'same name', username: 'username' } as const;

/** The columns, totals and people of the board an export would create. */
export function TrelloPreviewView({ preview }: { preview: TrelloImportPreview }) {
  const { totals } = preview;
  return (
    <>
      <table className="import__table">
        <caption>Columns of the new board</caption>
        <thead>
          <tr>
            <th scope="col">Column</th>
            <th scope="col">Cards</th>
            <th scope="col">First cards</th>
          </tr>
        </thead>
        <tbody>
          {preview.columns.map((c) => (
            <tr key={c.name}>
              <th scope="row">{c.name}</th>
              <td>{c.cardCount}</td>
              <td>{c.sampleTitles.join(' · ') || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="import__totals">
        {totals.cards} cards in all, {totals.checklistItems} checklist items, {totals.comments} comments,{' '}
        {totals.labels} labels. Attachments are not imported.
      </p>
      {preview.members.length > 0 ? (
        <table className="import__table">
          <caption>People on the cards</caption>
          <thead>
            <tr>
              <th scope="col">In Trello</th>
              <th scope="col">Cards</th>
              <th scope="col">Here</th>
            </tr>
          </thead>
          <tbody>
            {preview.members.map((m) => (
              <tr key={`${m.trelloName}-${m.memberId ?? ''}`}>
                <th scope="row">{m.trelloName}</th>
                <td>{m.cardCount}</td>
                <td>
                  {m.memberName
                    ? `${m.memberName} (${m.matchedBy ? MATCHED_BY[m.matchedBy] : ''})`
                    : m.ambiguous
                      ? 'Several members fit: left unassigned, name kept on the card'
                      : 'No match: name kept on the card'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <Warnings warnings={preview.warnings} />
    </>
  );
}
