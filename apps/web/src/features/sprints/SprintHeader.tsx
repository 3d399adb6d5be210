import { useState } from 'react';
import { navigate, planningPath } from '../../app/routes.ts';
import { roleIn, useAppStore } from '../../store/index.ts';
import { formatPoints } from './CapacityMeterView.tsx';
import { CompleteSprintDialog } from './CompleteSprintDialog.tsx';

/** Above the board: the running sprint (kept live by sprint events), and the way to planning. */
export function SprintHeader() {
  const boardId = useAppStore((s) => s.board?.id ?? '');
  const sprint = useAppStore((s) => s.activeSprint);
  const isLead = useAppStore((s) => roleIn(s.me, s.board?.teamId) === 'lead');
  const [completing, setCompleting] = useState(false);
  const progress = sprint?.progress;

  return (
    <section className="sprint-header" aria-label="Sprint">
      {sprint ? (
        <div className="sprint-header__info">
          <h2 className="sprint-header__name">{sprint.name}</h2>
          {sprint.goal ? <p className="sprint-header__goal">Goal: {sprint.goal}</p> : null}
          <p className="sprint-header__progress">
            {progress ? (
              progress.state === 'not-started' ? (
                <span>Starts {sprint.startDate}</span>
              ) : progress.state === 'ended' ? (
                <span>Ended {sprint.endDate}</span>
              ) : (
                <>
                  <span>
                    Day {progress.day} of {progress.of}
                  </span>
                  {' · '}
                  <span>
                    {progress.daysLeft} {progress.daysLeft === 1 ? 'day' : 'days'} left
                  </span>
                </>
              )
            ) : null}
            {' · '}
            <span>{formatPoints(sprint.committedPoints)} committed</span>
          </p>
        </div>
      ) : (
        <p className="sprint-header__none">No sprint is running.</p>
      )}
      <div className="sprint-header__actions">
        <a
          className="button"
          href={planningPath(boardId)}
          onClick={(e) => {
            e.preventDefault();
            navigate(planningPath(boardId));
          }}
        >
          Plan sprints
        </a>
        {sprint && isLead ? (
          <button type="button" className="button" onClick={() => setCompleting(true)}>
            Complete sprint…
          </button>
        ) : null}
      </div>
      {completing && sprint ? <CompleteSprintDialog sprint={sprint} onClose={() => setCompleting(false)} /> : null}
    </section>
  );
}
