import type { Scrum, ScrumOrderMode, ScrumState } from '@echoboard/contracts';
import { scrumStep } from '@echoboard/domain';
import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { describeError } from '../../api/client.ts';
import * as scrumApi from '../../api/scrum.ts';
import { useAppStore } from '../../store/index.ts';
import { useIsLead } from '../board/ColumnMenu.tsx';
import { BlockedBadge } from './CardMarks.tsx';
import { memberName } from './format.ts';
import { ScrumClock } from './ScrumClock.tsx';
import { ScrumSummaryPanel } from './ScrumSummaryPanel.tsx';
import './scrum.css';

/** Runs a scrum API call and shows its answer; a refusal becomes a notice. */
function useScrumAction() {
  const scrumAnswered = useAppStore((s) => s.scrumAnswered);
  const pushNotice = useAppStore((s) => s.pushNotice);
  const [busy, setBusy] = useState(false);
  const run = async (call: () => Promise<ScrumState>) => {
    setBusy(true);
    try {
      scrumAnswered(await call());
    } catch (e) {
      pushNotice(describeError(e));
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
}

/** The daily scrum on the open board: start it (leads), follow it (everyone), and its summary at the end. */
export function ScrumBar() {
  const boardId = useAppStore((s) => s.board?.id ?? null);
  const scrum = useAppStore((s) => s.scrum);
  const ended = useAppStore((s) => s.endedScrum);
  const loadScrum = useAppStore((s) => s.loadScrum);
  const pushNotice = useAppStore((s) => s.pushNotice);
  const isLead = useIsLead();

  useEffect(() => {
    if (boardId) loadScrum(boardId).catch((e) => pushNotice(`Could not load the daily scrum: ${describeError(e)}`));
  }, [boardId, loadScrum, pushNotice]);

  if (!boardId) return null;
  return (
    <>
      {scrum ? <RunningScrum scrum={scrum} isLead={isLead} /> : isLead ? <StartScrum boardId={boardId} /> : null}
      {ended ? <ScrumSummaryPanel scrum={ended} /> : null}
    </>
  );
}

function StartScrum({ boardId }: { boardId: string }) {
  const [orderMode, setOrderMode] = useState<ScrumOrderMode>('fixed');
  const { busy, run } = useScrumAction();
  return (
    <div className="scrum-start">
      <label className="scrum-start__order">
        Speaking order{' '}
        <select className="input" value={orderMode} onChange={(e) => setOrderMode(e.target.value as ScrumOrderMode)}>
          <option value="fixed">Fixed, by name</option>
          <option value="shuffled">Shuffled</option>
        </select>
      </label>
      <button
        type="button"
        className="button button--primary"
        disabled={busy}
        onClick={() => run(() => scrumApi.startScrum(boardId, { orderMode }))}
      >
        Start daily scrum
      </button>
    </div>
  );
}

function stepText(scrum: Scrum): string {
  const step = scrumStep({ order: scrum.order, index: scrum.speakerIndex });
  if (step.kind === 'speaker') {
    return `Now speaking: ${memberName(scrum, step.memberId)} (${step.position} of ${step.total})`;
  }
  if (step.kind === 'blocked-review') return 'Everyone has spoken: review of blocked cards';
  const first = scrum.order[0];
  return first ? `Ready. First up: ${memberName(scrum, first)}` : 'Nobody in the team to walk through';
}

function RunningScrum({ scrum, isLead }: { scrum: Scrum; isLead: boolean }) {
  const offsetMs = useAppStore((s) => s.clockOffsetMs);
  const { busy, run } = useScrumAction();
  const atStart = scrum.speakerIndex < 0;
  const atEnd = scrum.speakerIndex >= scrum.order.length;
  const walk = (direction: 'next' | 'previous') => run(() => scrumApi.walkScrum(scrum.boardId, { direction }));
  return (
    <section className="scrum-bar" aria-label="Daily scrum">
      <div className="scrum-bar__main">
        <h2 className="scrum-bar__title">Daily scrum</h2>
        <ScrumClock startedAt={scrum.startedAt} offsetMs={offsetMs} />
        <p className="scrum-bar__speaker" aria-live="polite">
          {stepText(scrum)}
        </p>
        <p className="scrum-bar__order">
          {scrum.orderMode === 'shuffled' ? 'Shuffled order' : 'Fixed order'}:{' '}
          {scrum.order.map((id) => memberName(scrum, id)).join(', ')}
        </p>
      </div>
      {isLead ? (
        <div className="scrum-bar__controls">
          <button type="button" className="button" disabled={busy || atStart} onClick={() => walk('previous')}>
            Previous speaker
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={busy || atEnd}
            onClick={() => walk('next')}
          >
            Next speaker
          </button>
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => run(() => scrumApi.endScrum(scrum.boardId))}
          >
            End scrum
          </button>
        </div>
      ) : null}
      {atEnd ? <BlockedReview /> : null}
    </section>
  );
}

/** The closing step: every blocked card on the board, with why. */
function BlockedReview() {
  const blocked = useAppStore(
    useShallow((s) =>
      Object.values(s.cardsById)
        .filter((card) => card.blockedReason)
        .map((card) => card.id),
    ),
  );
  const cardsById = useAppStore((s) => s.cardsById);
  if (blocked.length === 0) return <p className="scrum-bar__review">No card is blocked.</p>;
  return (
    <ul className="scrum-bar__review" aria-label="Blocked cards to review">
      {blocked.map((id) => (
        <li key={id}>
          <strong>{cardsById[id]?.title}</strong>
          <BlockedBadge reason={cardsById[id]?.blockedReason ?? ''} />
        </li>
      ))}
    </ul>
  );
}
