import type { ArchivedCard, ChecklistItem } from '@echoboard/contracts';
import { type ChecklistGroup, groupChecklists } from '@echoboard/domain';
import { useId, useMemo, useState } from 'react';
import { listChecklist, listComments } from '../../api/cardExtras.ts';
import { describeError } from '../../api/client.ts';
import { Loading } from '../common/Loading.tsx';
import { useLoad } from '../common/useLoad.ts';
import { ChecklistHeading } from './ChecklistHeading.tsx';
import { CommentItem } from './CommentItem.tsx';
import { formatEffort } from './format.ts';

/**
 * What an archived card holds, to decide whether to restore it: read-only, since an archived card
 * cannot change until it is back on the board. Its checklist and comments load each time it is
 * opened.
 */
export function ArchivedCardDetails({ card }: { card: ArchivedCard }) {
  const [open, setOpen] = useState(false);
  const { data, error, reload } = useLoad(
    useMemo(() => (open ? () => Promise.all([listChecklist(card.id), listComments(card.id)]) : null), [open, card.id]),
  );
  const [checklist, comments] = data ?? [null, null];
  const facts = [
    card.effort !== null ? `Effort ${formatEffort(card.effort)}` : null,
    card.labels.length ? `Labels: ${card.labels.join(', ')}` : null,
  ].filter(Boolean);

  return (
    <details className="archived__details" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        Details <span className="visually-hidden">of “{card.title}”</span>
      </summary>
      <p className="comments__body">{card.description || <span className="muted">No description.</span>}</p>
      {facts.length ? <p className="muted">{facts.join(' · ')}</p> : null}
      {error ? (
        <p className="form__error" role="alert">
          Could not load its checklist and comments: {describeError(error)}{' '}
          <button type="button" className="text-button" onClick={reload}>
            Try again
          </button>
        </p>
      ) : null}
      {open && !data && !error ? <Loading>Loading its checklist and comments…</Loading> : null}
      {checklist?.length ? (
        <ul className="checklist__items" aria-label={`Checklist of “${card.title}”`}>
          {groupChecklists(checklist).map((group) => (
            <ArchivedChecklist key={group.name} group={group} />
          ))}
        </ul>
      ) : null}
      {comments?.length ? (
        <ul className="comments__list" aria-label={`Comments on “${card.title}”`}>
          {comments.map((comment) => (
            <CommentItem key={comment.id} comment={comment} />
          ))}
        </ul>
      ) : null}
      {checklist && comments && !checklist.length && !comments.length ? (
        <p className="muted">No checklist and no comments.</p>
      ) : null}
      {data ? <p className="muted">Restore the card to change any of this.</p> : null}
    </details>
  );
}

/** One named checklist of an archived card, as the card editor groups them, without its controls. */
function ArchivedChecklist({ group }: { group: ChecklistGroup<ChecklistItem> }) {
  const nameId = useId();
  return (
    <li className="checklist">
      <ChecklistHeading group={group} level={3} nameId={nameId} />
      <ul className="checklist__items" aria-labelledby={nameId}>
        {group.items.map((item) => (
          <li key={item.id} className={`checklist__item${item.done ? ' checklist__item--done' : ''}`}>
            <span aria-hidden="true">{item.done ? '☑' : '☐'}</span>
            <span className="visually-hidden">{item.done ? 'Done: ' : 'To do: '}</span>
            {item.text}
          </li>
        ))}
      </ul>
    </li>
  );
}
