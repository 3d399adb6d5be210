import { calendarDateIn } from '@echoboard/domain';
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { describeError } from '../../api/client.ts';
import { startSprint } from '../../api/sprints.ts';
import { boardPath, navigate } from '../../app/routes.ts';
import { timeZoneIn, useAppStore } from '../../store/index.ts';
import { plannedSprints } from '../../store/planLists.ts';
import { todayIso } from '../board/format.ts';
import { formatPoints } from './CapacityMeterView.tsx';
import { NewSprintDialog } from './NewSprintDialog.tsx';
import { StartSprintDialog } from './StartSprintDialog.tsx';

/** Which planned sprint is on the right, its dates and goal, and the lead's New / Start buttons. */
export function SprintPicker({ boardId, isLead }: { boardId: string; isLead: boolean }) {
  const planned = useAppStore(useShallow((s) => plannedSprints(s.boardSprints)));
  const selectedId = useAppStore((s) => s.planSprintId);
  const sprint = useAppStore((s) => s.planSprint);
  const hasActive = useAppStore((s) => s.boardSprints.some((sp) => sp.state === 'active'));
  const select = useAppStore((s) => s.selectPlanSprint);
  const sprintCreated = useAppStore((s) => s.sprintCreated);
  const [creating, setCreating] = useState(false);
  const [starting, setStarting] = useState(false);

  // The day the lead was asked on: the team's, since the server moves the dates by the team's day.
  const [askedOn, setAskedOn] = useState<string | null>(null);
  const teamZone = useAppStore((s) => timeZoneIn(s.me, s.planTeamId));
  const today = () => (teamZone ? calendarDateIn(teamZone, new Date()) : todayIso());

  const start = async (startToday: boolean) => {
    if (!sprint) return;
    setStarting(true);
    const s = useAppStore.getState();
    try {
      const started = await startSprint(sprint.id, { startToday });
      s.setActiveSprint(started);
      s.pushNotice(`Started “${started.name}”.`, 'success');
      // The plan's cards are on the board now; read it before showing it.
      await s.refresh();
      navigate(boardPath(boardId));
    } catch (e) {
      setStarting(false);
      setAskedOn(null);
      s.pushNotice(`Could not start “${sprint.name}”: ${describeError(e)}`);
    }
  };

  return (
    <div className="sprint-picker">
      <div className="sprint-picker__row">
        {planned.length > 0 ? (
          <label className="field">
            <span className="field__label">Planned sprint</span>
            <select className="input" value={selectedId ?? ''} onChange={(e) => void select(e.target.value || null)}>
              {planned.map((sp) => (
                <option key={sp.id} value={sp.id}>
                  {sp.name} ({sp.startDate} – {sp.endDate})
                </option>
              ))}
            </select>
          </label>
        ) : (
          <p>No planned sprint yet.{isLead ? ' Create one to plan into.' : ''}</p>
        )}
        {isLead ? (
          <button type="button" className="button" onClick={() => setCreating(true)}>
            New sprint
          </button>
        ) : null}
      </div>
      {sprint ? (
        <div className="sprint-picker__details">
          {sprint.goal ? <p className="sprint-picker__goal">Goal: {sprint.goal}</p> : null}
          <p>
            {sprint.workingDays} working days · {formatPoints(sprint.committedPoints)} committed
          </p>
          {isLead ? (
            <button
              type="button"
              className="button button--primary"
              disabled={starting || hasActive}
              title={hasActive ? 'Complete the running sprint first' : undefined}
              // On another day than planned, the lead says whether the dates move to today.
              onClick={() => {
                const day = today();
                if (sprint.startDate === day) void start(false);
                else setAskedOn(day);
              }}
            >
              {starting ? 'Starting…' : 'Start sprint'}
            </button>
          ) : null}
          {isLead && hasActive ? (
            <p className="field__hint">Complete the running sprint before starting this one.</p>
          ) : null}
        </div>
      ) : null}
      {askedOn && sprint ? (
        <StartSprintDialog
          sprint={sprint}
          today={askedOn}
          busy={starting}
          onStart={(startToday) => void start(startToday)}
          onClose={() => setAskedOn(null)}
        />
      ) : null}
      {creating ? (
        <NewSprintDialog
          boardId={boardId}
          onClose={() => setCreating(false)}
          onCreated={(detail) => {
            setCreating(false);
            sprintCreated(detail);
          }}
        />
      ) : null}
    </div>
  );
}
