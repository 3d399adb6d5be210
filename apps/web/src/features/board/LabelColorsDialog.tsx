import { isLabelColor, LABEL_COLORS, type LabelColor } from '@echoboard/domain';
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { describeError } from '../../api/client.ts';
import { useAppStore } from '../../store/index.ts';
import { Dialog } from '../common/Dialog.tsx';
import { LABEL_SWATCHES } from './LabelChip.tsx';

/** Every label on the board's cards and in its palette, by name (case-insensitive). */
function useBoardLabels(): string[] {
  return useAppStore(
    useShallow((s) => {
      const names = new Set(Object.keys(s.labelColors));
      for (const card of Object.values(s.cardsById)) for (const label of card.labels) names.add(label);
      return [...names].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' }));
    }),
  );
}

/** For leads: a colour for each label of the board, saved at once and seen by every viewer. */
export function LabelColorsDialog({ onClose }: { onClose: () => void }) {
  const labels = useBoardLabels();
  const labelColors = useAppStore((s) => s.labelColors);
  const setLabelColor = useAppStore((s) => s.setLabelColor);
  const [error, setError] = useState<string | null>(null);

  const onPick = async (label: string, value: string) => {
    try {
      await setLabelColor(label, isLabelColor(value) ? value : null);
      setError(null);
    } catch (e) {
      setError(describeError(e));
    }
  };

  return (
    <Dialog
      title="Label colours"
      onClose={onClose}
      description="Each label keeps its name; the colour is shown beside it."
    >
      {error ? (
        <p className="form__error" role="alert">
          {error}
        </p>
      ) : null}
      {labels.length === 0 ? (
        <p className="muted">No labels yet. Add labels to cards in the card editor, then give them colours here.</p>
      ) : (
        <ul className="comments__list">
          {labels.map((label) => {
            const current = labelColors[label];
            return (
              <li key={label} className="archived__item">
                <span className="chip chip--colored" style={{ ['--label-color' as string]: swatch(current) }}>
                  <span className="chip__swatch" aria-hidden="true" />
                  {label}
                </span>
                <label>
                  <span className="visually-hidden">Colour of “{label}”</span>
                  <select
                    className="input"
                    value={current && isLabelColor(current) ? current : ''}
                    onChange={(e) => void onPick(label, e.target.value)}
                  >
                    <option value="">No colour</option>
                    {LABEL_COLORS.map((color) => (
                      <option key={color} value={color}>
                        {color}
                      </option>
                    ))}
                  </select>
                </label>
              </li>
            );
          })}
        </ul>
      )}
    </Dialog>
  );
}

const swatch = (color: string | undefined) =>
  color && isLabelColor(color) ? LABEL_SWATCHES[color as LabelColor] : 'var(--border)';
