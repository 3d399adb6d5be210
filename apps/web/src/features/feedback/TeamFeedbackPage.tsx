import { useCallback, useEffect, useMemo, useState } from 'react';
import { describeError } from '../../api/client.ts';
import { listFeedbackLinks, listFeedbackSprints } from '../../api/feedback.ts';
import { roleIn, useAppStore } from '../../store/index.ts';
import { LoadError } from '../common/LoadError.tsx';
import { Loading } from '../common/Loading.tsx';
import { useLoad } from '../common/useLoad.ts';
import { FeedbackInbox } from './FeedbackInbox.tsx';
import { FeedbackLinks } from './FeedbackLinks.tsx';
import { SprintFeedbackSummary } from './SprintFeedbackSummary.tsx';

/** /teams/<id>/feedback: links per sprint and the triage inbox. */
export function TeamFeedbackPage({ teamId }: { teamId: string }) {
  const me = useAppStore((s) => s.me);
  const isLead = roleIn(me, teamId) === 'lead';
  const { data: sprints, error, reload: load } = useLoad(useCallback(() => listFeedbackSprints(teamId), [teamId]));
  const [picked, setPicked] = useState('');
  // Feedback is asked for after a sprint: open on the latest completed one (the list is newest
  // first), or on the running one while none has completed.
  const sprintId = picked || (sprints?.find((s) => s.state === 'completed') ?? sprints?.[0])?.id || '';
  // The inbox's link filter offers every link of the team's sprints; without them it still works.
  const listedLinks = useLoad(
    useMemo(
      () => (sprints ? () => Promise.all(sprints.map((s) => listFeedbackLinks(s.id))).then((all) => all.flat()) : null),
      [sprints],
    ),
  );
  const pushNotice = useAppStore((s) => s.pushNotice);
  useEffect(() => {
    document.title = 'Feedback · Echoboard';
  }, []);

  useEffect(() => {
    if (listedLinks.error) pushNotice(`The filter by link is empty: ${describeError(listedLinks.error)}`);
  }, [listedLinks.error, pushNotice]);

  if (error) return <LoadError title="Could not load feedback" error={error} retry={load} />;
  if (!sprints) return <Loading>Loading…</Loading>;
  return (
    <section className="team-page" aria-labelledby="feedback-title">
      <h1 id="feedback-title">End-user feedback</h1>
      {sprints.length === 0 ? (
        <p>
          Feedback links are made for active or completed sprints; this team has none yet. Plan a sprint from a board’s
          “Plan sprints” page and start it, then come back here to make a link.
        </p>
      ) : (
        <>
          {/* Named apart from the inbox's sprint filter below, for screen readers listing the fields. */}
          <label className="field">
            <span className="field__label">Links for sprint</span>
            <select className="input" value={sprintId} onChange={(e) => setPicked(e.target.value)}>
              {sprints.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name} ({s.boardName}, {s.state})
                </option>
              ))}
            </select>
          </label>
          {sprintId ? <FeedbackLinks key={sprintId} sprintId={sprintId} isLead={isLead} /> : null}
          {sprintId ? <SprintFeedbackSummary key={`summary-${sprintId}`} sprintId={sprintId} /> : null}
        </>
      )}
      <FeedbackInbox teamId={teamId} sprints={sprints} links={listedLinks.data ?? []} isLead={isLead} />
    </section>
  );
}
