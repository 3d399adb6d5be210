import type { Sprint, SprintDetail } from '@echoboard/contracts';
import { type FormEvent, useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { describeError } from '../../api/client.ts';
import { completeSprint, listSprints } from '../../api/sprints.ts';
import { navigate, planningPath } from '../../app/routes.ts';
import { selectDoneColumnId, selectDoneColumnName } from '../../store/boardData.ts';
import { useAppStore } from '../../store/index.ts';
import { Dialog } from '../common/Dialog.tsx';
import { FormButtons } from '../common/FormButtons.tsx';
import { FormError } from '../common/FormError.tsx';

type Target = 'backlog' | 'sprint';

/** Done and not-done counts from the board as it is now: done means in the done column (the domain's rule). */
function useSprintCounts(sprintId: string) {
  return useAppStore(
    useShallow((s) => {
      const doneId = selectDoneColumnId(s);
      let done = 0;
      let open = 0;
      for (const card of Object.values(s.cardsById)) {
        if (card.sprintId !== sprintId) continue;
        if (card.columnId === doneId) done++;
        else open++;
      }
      return [done, open] as const;
    }),
  );
}

/** The lead closes the sprint and says where its unfinished cards go; then planning opens. */
export function CompleteSprintDialog({ sprint, onClose }: { sprint: SprintDetail; onClose: () => void }) {
  const [done, open] = useSprintCounts(sprint.id);
  const doneName = useAppStore(selectDoneColumnName);
  const [planned, setPlanned] = useState<Sprint[] | null>(null);
  const [target, setTarget] = useState<Target>('backlog');
  const [nextId, setNextId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    listSprints(sprint.boardId, 'planned')
      .then((list) => {
        if (!live) return;
        const sorted = [...list].sort((a, b) => a.startDate.localeCompare(b.startDate));
        setPlanned(sorted);
        // Carrying over into the next sprint is the usual choice when there is one.
        if (sorted[0]) {
          setNextId(sorted[0].id);
          setTarget('sprint');
        }
      })
      .catch((e) => live && setError(describeError(e)));
    return () => {
      live = false;
    };
  }, [sprint.boardId]);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const s = useAppStore.getState();
    try {
      await completeSprint(sprint.id, {
        carryOver: target === 'sprint' ? { to: 'sprint', sprintId: nextId } : { to: 'backlog' },
      });
      s.setActiveSprint(null);
      s.pushNotice(`Completed “${sprint.name}”.`, 'success');
      // Planning opens on the sprint the cards went to, so the lead sees it prefilled.
      useAppStore.setState({ planSprintId: target === 'sprint' ? nextId : null });
      void s.refresh();
      onClose();
      navigate(planningPath(sprint.boardId));
    } catch (err) {
      setBusy(false);
      setError(describeError(err));
    }
  };

  const hasPlanned = (planned?.length ?? 0) > 0;
  return (
    <Dialog title={`Complete “${sprint.name}”`} onClose={onClose}>
      <form className="form" onSubmit={onSubmit}>
        <FormError message={error} />
        <p data-testid="sprint-counts">
          {done} done · {open} not done
        </p>
        {doneName ? <p className="muted">Done means in “{doneName}”, the board's last column.</p> : null}
        {open > 0 ? (
          <fieldset className="field radio-group">
            <legend className="field__label">Unfinished cards go to</legend>
            <label className="radio">
              <input
                type="radio"
                name="carry-over"
                checked={target === 'backlog'}
                onChange={() => setTarget('backlog')}
              />
              The top of the backlog
            </label>
            <label className="radio">
              <input
                type="radio"
                name="carry-over"
                checked={target === 'sprint'}
                disabled={!hasPlanned}
                onChange={() => setTarget('sprint')}
              />
              A planned sprint{planned && !hasPlanned ? ' (none planned yet)' : ''}
            </label>
            {target === 'sprint' && hasPlanned ? (
              <label className="field">
                <span className="field__label">Planned sprint</span>
                <select className="input" value={nextId} onChange={(e) => setNextId(e.target.value)}>
                  {planned?.map((sp) => (
                    <option key={sp.id} value={sp.id}>
                      {sp.name} (starts {sp.startDate})
                    </option>
                  ))}
                </select>
              </label>
            ) : null}
          </fieldset>
        ) : (
          <p>Every card is done.</p>
        )}
        <FormButtons
          submit={busy ? 'Completing…' : 'Complete sprint'}
          busy={busy}
          disabled={target === 'sprint' && !nextId}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
