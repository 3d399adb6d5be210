import type { Scrum } from '@echoboard/contracts';

/** 754000 → "12 min 34 s"; whole seconds, rounded down. */
export function formatDuration(ms: number): string {
  const seconds = Math.floor(Math.max(0, ms) / 1000);
  const minutes = Math.floor(seconds / 60);
  return minutes > 0 ? `${minutes} min ${seconds % 60} s` : `${seconds} s`;
}

export const memberName = (scrum: Pick<Scrum, 'names'>, memberId: string) => scrum.names[memberId] ?? 'A former member';
