import { type Feedback, type FeedbackLink, FeedbackQuery, type FeedbackSprint } from '@echoboard/contracts';
import { FEEDBACK_STATUSES } from '@echoboard/domain';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { listFeedback } from '../../api/feedback.ts';
import { navigate, useSearchParam } from '../../app/routes.ts';
import { useAppStore } from '../../store/index.ts';
import { LoadError } from '../common/LoadError.tsx';
import { Loading } from '../common/Loading.tsx';
import { useLoad } from '../common/useLoad.ts';
import { TriageDialog, type TriageKind } from './TriageDialog.tsx';

/** The team's feedback, newest first, with filters; leads triage each new one. */
export function FeedbackInbox({
  teamId,
  sprints,
  links,
  isLead,
}: {
  teamId: string;
  sprints: FeedbackSprint[];
  links: FeedbackLink[];
  isLead: boolean;
}) {
  const pushNotice = useAppStore((s) => s.pushNotice);
  const [query, set] = useFilters();
  const [triaging, setTriaging] = useState<{ kind: TriageKind; feedback: Feedback } | null>(null);

  const { data: items, error, reload } = useLoad(useCallback(() => listFeedback(teamId, query), [teamId, query]));
  const filtered = Object.values(query).some((v) => v !== undefined);

  // The triaged item loses its buttons (or leaves a filtered list) when the inbox reloads, taking
  // focus with them: focus then goes to the item that followed it, else the one before, else the list.
  const focusAfterReload = useRef<string | null>(null);
  const listRef = useRef<HTMLElement>(null);
  useEffect(() => {
    const id = focusAfterReload.current;
    focusAfterReload.current = null;
    if (id === null || !items) return;
    const item = listRef.current?.querySelector<HTMLElement>(`[data-feedback-id="${id}"]`);
    (item ?? listRef.current)?.focus();
  }, [items]);
  const triaged = (id: string) => {
    const ids = (items ?? []).map((f) => f.id);
    const index = ids.indexOf(id);
    focusAfterReload.current = ids[index + 1] ?? ids[index - 1] ?? '';
  };

  return (
    <section aria-labelledby="inbox-title" ref={listRef} tabIndex={-1}>
      <h2 id="inbox-title">Feedback inbox</h2>
      <div className="feedback-inbox__filters">
        <Filter label="Sprint" value={query.sprintId} onChange={(v) => set('sprintId', v)}>
          {sprints.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </Filter>
        <Filter label="Link" value={query.linkId} onChange={(v) => set('linkId', v)}>
          {links.map((l) => (
            <option key={l.id} value={l.id}>
              {l.label}
            </option>
          ))}
        </Filter>
        <Filter label="Rating" value={query.rating?.toString()} onChange={(v) => set('rating', v)}>
          {[5, 4, 3, 2, 1].map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </Filter>
        <Filter label="Status" value={query.status} onChange={(v) => set('status', v)}>
          {FEEDBACK_STATUSES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </Filter>
      </div>
      {error ? (
        <LoadError level={2} title="Could not load the feedback inbox" error={error} retry={reload} />
      ) : items === null ? (
        <Loading>Loading feedback…</Loading>
      ) : items.length === 0 ? (
        <p>
          {filtered
            ? 'No feedback matches these filters. Set a filter back to “All” to see more.'
            : 'No feedback yet. Make a feedback link for a sprint above and send it to the people the sprint was for; their answers arrive here.'}
        </p>
      ) : (
        <ul className="feedback-inbox" aria-label="Feedback">
          {items.map((f) => (
            <li key={f.id} className="feedback-inbox__item">
              <article aria-label={`Feedback rated ${f.rating} of 5`} data-feedback-id={f.id} tabIndex={-1}>
                <p>
                  <strong>{f.rating}/5</strong> · {f.sprint.name}
                  {f.link ? ` · ${f.link.label}` : ''} · {new Date(f.createdAt).toLocaleString()} ·{' '}
                  <span className="chip">{f.status}</span>
                </p>
                {f.worked ? <p className="feedback-inbox__text">Worked: {f.worked}</p> : null}
                {f.change ? <p className="feedback-inbox__text">Change: {f.change}</p> : null}
                {f.itemRatings.length > 0 ? (
                  <p>Items: {f.itemRatings.map((r) => `${r.title} ${r.rating}/5`).join(', ')}</p>
                ) : null}
                {f.name || f.email ? (
                  <p>
                    From {f.name ?? 'someone'}
                    {f.email ? ` <${f.email}>` : ''}
                  </p>
                ) : null}
                {f.cards.length > 0 ? (
                  <p>
                    Cards:{' '}
                    {f.cards.map((c) => `${c.title} (${c.sprint ? `sprint ${c.sprint.name}` : 'backlog'})`).join(', ')}
                  </p>
                ) : null}
                {f.triageNote ? <p className="feedback-inbox__text">Note: {f.triageNote}</p> : null}
                {isLead && f.status === 'new' ? (
                  <div className="form__buttons form__buttons--start">
                    <button
                      type="button"
                      className="button"
                      onClick={() => setTriaging({ kind: 'accept', feedback: f })}
                    >
                      Accept…
                    </button>
                    <button
                      type="button"
                      className="button"
                      onClick={() => setTriaging({ kind: 'duplicate', feedback: f })}
                      disabled={items.length < 2}
                    >
                      Duplicate…
                    </button>
                    <button
                      type="button"
                      className="button"
                      onClick={() => setTriaging({ kind: 'decline', feedback: f })}
                    >
                      Decline…
                    </button>
                  </div>
                ) : null}
              </article>
            </li>
          ))}
        </ul>
      )}
      {triaging ? (
        <TriageDialog
          kind={triaging.kind}
          feedback={triaging.feedback}
          others={(items ?? []).filter((f) => f.id !== triaging.feedback.id)}
          onClose={() => setTriaging(null)}
          onDone={() => {
            triaged(triaging.feedback.id);
            setTriaging(null);
            pushNotice('Feedback triaged.', 'success');
            reload();
          }}
        />
      ) : null}
    </section>
  );
}

/** Each filter's query parameter in the address. */
const PARAMS = { sprintId: 'sprint', linkId: 'link', rating: 'rating', status: 'status' } as const;
type FilterKey = keyof typeof PARAMS;

/**
 * The inbox's filters, kept in the address (?sprint=…&status=new), so a reload, the back button or
 * a shared link shows the same list. A value the API would refuse is ignored.
 */
function useFilters(): [FeedbackQuery, (key: FilterKey, value: string) => void] {
  const sprint = useSearchParam(PARAMS.sprintId);
  const link = useSearchParam(PARAMS.linkId);
  const rating = useSearchParam(PARAMS.rating);
  const status = useSearchParam(PARAMS.status);
  const query = useMemo(() => {
    const q: FeedbackQuery = {};
    for (const [key, value] of [
      ['sprintId', sprint],
      ['linkId', link],
      ['rating', rating],
      ['status', status],
    ] as const) {
      const parsed = value === null ? null : FeedbackQuery.shape[key].safeParse(value);
      if (parsed?.success && parsed.data !== undefined) Object.assign(q, { [key]: parsed.data });
    }
    return q;
  }, [sprint, link, rating, status]);
  const set = (key: FilterKey, value: string) => {
    const params = new URLSearchParams(window.location.search);
    if (value === '') params.delete(PARAMS[key]);
    else params.set(PARAMS[key], value);
    const search = params.toString();
    navigate(`${window.location.pathname}${search ? `?${search}` : ''}`, { replace: true });
  };
  return [query, set];
}

function Filter({
  label,
  value,
  onChange,
  children,
}: {
  label: string;
  value: string | undefined;
  onChange: (value: string) => void;
  children: React.ReactNode;
}) {
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      <select className="input" value={value ?? ''} onChange={(e) => onChange(e.target.value)}>
        <option value="">All</option>
        {children}
      </select>
    </label>
  );
}
