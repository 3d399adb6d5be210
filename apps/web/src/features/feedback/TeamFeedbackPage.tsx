import type { FeedbackLink, FeedbackSprint } from '@echoboard/contracts';
import { useEffect, useState } from 'react';
import { describeError } from '../../api/client.ts';
import { listFeedbackLinks, listFeedbackSprints } from '../../api/feedback.ts';
import { Message } from '../../app/App.tsx';
import { roleIn, useAppStore } from '../../store/index.ts';
import { FeedbackInbox } from './FeedbackInbox.tsx';
import { FeedbackLinks } from './FeedbackLinks.tsx';
import { SprintFeedbackSummary } from './SprintFeedbackSummary.tsx';

/** /teams/<id>/feedback: links per sprint and the triage inbox. */
export function TeamFeedbackPage({ teamId }: { teamId: string }) {
  const me = useAppStore((s) => s.me);
  const isLead = roleIn(me, teamId) === 'lead';
  const [sprints, setSprints] = useState<FeedbackSprint[] | null>(null);
  const [sprintId, setSprintId] = useState('');
  const [links, setLinks] = useState<FeedbackLink[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    document.title = 'Feedback · Echoboard';
    listFeedbackSprints(teamId)
      .then((list) => {
        setSprints(list);
        setSprintId((id) => id || list[0]?.id || '');
      })
      .catch((e) => setError(describeError(e)));
  }, [teamId]);

  // The inbox's link filter offers every link of the team's sprints.
  useEffect(() => {
    if (!sprints) return;
    Promise.all(sprints.map((s) => listFeedbackLinks(s.id)))
      .then((all) => setLinks(all.flat()))
      .catch(() => setLinks([]));
  }, [sprints]);

  if (error) return <Message title="Could not load feedback">{error}</Message>;
  if (!sprints) return <p role="status">Loading…</p>;
  return (
    <section className="team-page" aria-labelledby="feedback-title">
      <h1 id="feedback-title">End-user feedback</h1>
      {sprints.length === 0 ? (
        <p>Feedback links are made for active or completed sprints; this team has none yet.</p>
      ) : (
        <>
          <label className="field">
            <span className="field__label">Sprint</span>
            <select className="input" value={sprintId} onChange={(e) => setSprintId(e.target.value)}>
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
      <FeedbackInbox teamId={teamId} sprints={sprints} links={links} isLead={isLead} />
    </section>
  );
}
