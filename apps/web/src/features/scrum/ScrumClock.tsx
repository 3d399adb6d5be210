import { type ScrumClock as Clock, scrumClock } from '@echoboard/domain';
import { useEffect, useState } from 'react';

/** "12:34 left", then "+1:05 over": minutes without a leading zero read better aloud. */
export function clockText(clock: Pick<Clock, 'remainingMs' | 'display'>): string {
  const time = clock.display.replace(/^\+/, '').replace(/^0(\d:)/, '$1');
  return clock.remainingMs < 0 ? `+${time} over` : `${time} left`;
}

const STATE_TEXT = { running: null, warning: 'Time to wrap up', overrun: 'Over time' } as const;

/**
 * The scrum's countdown. Only this component ticks: the board and its cards do not re-render
 * every second. `offsetMs` is the server's clock minus this browser's, so every viewer agrees.
 */
export function ScrumClock({
  startedAt,
  offsetMs,
  now = Date.now,
}: {
  startedAt: string;
  offsetMs: number;
  now?: () => number;
}) {
  const [nowMs, setNowMs] = useState(() => now());
  useEffect(() => {
    const timer = setInterval(() => setNowMs(now()), 1000);
    return () => clearInterval(timer);
  }, [now]);
  const clock = scrumClock(startedAt, nowMs + offsetMs);
  const note = STATE_TEXT[clock.state];
  return (
    <p className={`scrum-clock scrum-clock--${clock.state}`}>
      <span role="timer" aria-label="Time of the daily scrum">
        {clockText(clock)}
      </span>
      {note ? <strong className="scrum-clock__note">{note}</strong> : null}
    </p>
  );
}
