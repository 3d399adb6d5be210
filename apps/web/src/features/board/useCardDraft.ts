import type { Card } from '@echoboard/contracts';
import { useState } from 'react';
import { type CardFormValues, differingFields, rebasedValues, valuesFromCard } from './cardForm.ts';

/**
 * The editor's form and the card it was typed against. A save sends that card's version, not the
 * board's latest copy (which the live stream moves on), so the server refuses it with 409 when
 * someone else changed a field meanwhile instead of it silently overwriting their save.
 */
export function useCardDraft(card: Card) {
  const [seen, setSeen] = useState(card);
  const [values, setValues] = useState<CardFormValues>(() => valuesFromCard(card));
  const seenValues = valuesFromCard(seen);
  /** Fields someone else changed since the form showed them. */
  const changedSince = differingFields(valuesFromCard(card), seenValues);
  // A change the form does not show (a move, a block, a campaign: the editor's own sections make
  // some) cannot be overwritten by the fields the form sends, so the form takes that version as seen.
  const base = changedSince.length === 0 ? card : seen;
  /** Fields the person changed, the only ones a save sends. */
  const edited = differingFields(values, seenValues);

  /** Shows `latest` with the person's changes on top; answers the fields both changed. */
  const takeLatest = (latest: Card) => {
    const theirs = differingFields(valuesFromCard(latest), seenValues);
    setValues((v) => rebasedValues(v, seen, latest));
    setSeen(latest);
    return edited.filter((k) => theirs.includes(k));
  };

  return { values, setValues, version: base.version, edited, changedSince, takeLatest };
}
