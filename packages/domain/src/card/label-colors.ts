/**
 * The colours a label can have: Trello's palette, so an imported board keeps its colours. A
 * board maps label names to one of these; a label without one gets a neutral look.
 */
export const LABEL_COLORS = [
  'green',
  'yellow',
  'orange',
  'red',
  'purple',
  'blue',
  'sky',
  'lime',
  'pink',
  'black',
] as const;
export type LabelColor = (typeof LABEL_COLORS)[number];

export const isLabelColor = (value: unknown): value is LabelColor =>
  typeof value === 'string' && (LABEL_COLORS as readonly string[]).includes(value);

/**
 * The colour of a label on a board. Imports may have stored colours we do not know (Trello's
 * newer "green_dark" and the like): their base colour is used, anything else is no colour.
 */
export function labelColorOf(colors: Readonly<Record<string, string>>, label: string): LabelColor | null {
  const value = colors[label];
  if (value === undefined) return null;
  if (isLabelColor(value)) return value;
  const base = value.split('_')[0];
  return isLabelColor(base) ? base : null;
}
