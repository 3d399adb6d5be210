/** Today as YYYY-MM-DD in the viewer's time zone: due dates are calendar dates, not instants. */
export function todayIso(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** ISO calendar dates compare correctly as strings. */
export const isOverdue = (dueDate: string | null, today: string = todayIso()) => dueDate !== null && dueDate < today;

const dueFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });
const dueFormatWithYear = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "12 Mar", or "12 Mar 2027" when not this year. */
export function formatDue(dueDate: string, today: string = todayIso()): string {
  const date = new Date(`${dueDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return dueDate;
  return (dueDate.slice(0, 4) === today.slice(0, 4) ? dueFormat : dueFormatWithYear).format(date);
}

export const formatEffort = (effort: number) => `${effort} ${effort === 1 ? 'pt' : 'pts'}`;

/** A stable colour for a label, so "SEO" looks the same on every card. */
export function labelTone(label: string): number {
  let h = 0;
  for (const ch of label.toLowerCase()) h = (h * 31 + (ch.codePointAt(0) ?? 0)) >>> 0;
  return h % 6;
}

export const avatarTone = labelTone;
