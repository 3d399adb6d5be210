import { type LabelColor, labelColorOf } from '@echoboard/domain';
import type { CSSProperties } from 'react';
import { labelTone } from './format.ts';

/** Trello's palette as swatches. The label's text never sits on these, so contrast stays with the text. */
export const LABEL_SWATCHES: Record<LabelColor, string> = {
  green: '#4bce97',
  yellow: '#f5cd47',
  orange: '#fea362',
  red: '#f87168',
  purple: '#9f8fef',
  blue: '#579dff',
  sky: '#6cc3e0',
  lime: '#94c748',
  pink: '#e774bb',
  black: '#44546f',
};

/**
 * A label on a card. With a board colour it shows as a swatch and a coloured border beside dark
 * text on white (readable whatever the colour); without one, in its stable tone as before.
 */
export function LabelChip({ label, colors }: { label: string; colors: Readonly<Record<string, string>> }) {
  const color = labelColorOf(colors, label);
  if (!color) return <li className={`chip chip--${labelTone(label)}`}>{label}</li>;
  return (
    <li
      className="chip chip--colored"
      data-color={color}
      style={{ '--label-color': LABEL_SWATCHES[color] } as CSSProperties}
    >
      <span className="chip__swatch" aria-hidden="true" />
      {label}
      <span className="visually-hidden"> ({color})</span>
    </li>
  );
}
