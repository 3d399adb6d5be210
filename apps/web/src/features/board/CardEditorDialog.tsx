import type { Card } from '@echoboard/contracts';
import { CARD_LIMITS, DEFAULT_EFFORT_SCALE } from '@echoboard/domain';
import { type FormEvent, useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { describeError, isApiError } from '../../api/client.ts';
import { useAppStore } from '../../store/index.ts';
import { Dialog } from '../common/Dialog.tsx';
import { Field } from '../common/Field.tsx';
import { ContributionsSection } from '../contributions/ContributionsSection.tsx';
import { BlockedSection } from '../scrum/BlockedSection.tsx';
import { useMembers } from '../sprints/useMembers.ts';
import { ChecklistSection } from './ChecklistSection.tsx';
import { CommentsSection } from './CommentsSection.tsx';
import {
  CARD_FIELD_LABELS,
  type CardFormErrors,
  type CardFormValues,
  pickFields,
  validateCardForm,
} from './cardForm.ts';
import { placeAfterLeaving } from './focusCard.ts';
import { useCardDraft } from './useCardDraft.ts';

/** Opens for the card in `editingCardId`; renders nothing otherwise. */
export function CardEditorHost() {
  const cardId = useAppStore((s) => s.editingCardId);
  const card = useAppStore((s) => (s.editingCardId ? s.cardsById[s.editingCardId] : undefined));
  const closeEditor = useAppStore((s) => s.closeEditor);
  if (!cardId || !card) return null;
  return <CardEditorDialog key={cardId} card={card} onClose={closeEditor} />;
}

export function CardEditorDialog({ card, onClose }: { card: Card; onClose: () => void }) {
  const effortScale = useAppStore((s) => s.board?.effortScale ?? DEFAULT_EFFORT_SCALE);
  const columnName = useAppStore((s) => s.columnsById[card.columnId]?.name);
  const updateCard = useAppStore((s) => s.updateCard);
  const deleteCard = useAppStore((s) => s.deleteCard);
  const archiveCard = useAppStore((s) => s.archiveCard);
  const pushNotice = useAppStore((s) => s.pushNotice);
  const { values, setValues, version, edited, changedSince, takeLatest } = useCardDraft(card);
  const [errors, setErrors] = useState<CardFormErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  // Where focus goes when the card leaves the board (deleted, archived), read while it is still listed.
  const afterLeaving = useRef<() => HTMLElement | null>(undefined);
  const formErrorId = useId();

  const members = useMembers(card.teamId);
  const set = (field: Exclude<keyof CardFormValues, 'shareable'>) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };

  // Keep a value the board's scale does not list (e.g. set before the scale changed) selectable.
  const scale = [...effortScale];
  if (values.effort !== '' && !scale.includes(Number(values.effort))) scale.push(Number(values.effort));

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const result = validateCardForm(values);
    if (!result.ok) {
      setErrors(result.errors);
      setFormError('Check the highlighted fields.');
      return;
    }
    // Nothing typed: there is nothing to send (the API refuses an empty change).
    if (edited.length === 0) return onClose();
    setBusy(true);
    setFormError(null);
    setNote(null);
    try {
      await updateCard(card.id, pickFields(result.value, edited), version);
      pushNotice(`Saved “${result.value.title}”.`, 'success');
      onClose();
    } catch (err) {
      if (isApiError(err)) {
        setErrors(err.fieldErrors() as CardFormErrors);
        setFormError(err.code === 'VERSION_CONFLICT' ? `${err.detail} ${showLatest()}` : err.detail);
      } else {
        setFormError(describeError(err));
      }
    } finally {
      setBusy(false);
    }
  };

  /** Puts the person's changes on the card as it is now (the store took the conflict's `current`). */
  const showLatest = (then = 'save again') => {
    const both = takeLatest(useAppStore.getState().cardsById[card.id] ?? card);
    const kept = both.length
      ? ` They also changed ${both.map((k) => CARD_FIELD_LABELS[k]).join(', ')}; the form keeps what you typed there.`
      : '';
    return `The form now shows the card as it is now, with your changes on top: check it and ${then}.${kept}`;
  };

  const onShowLatest = () => {
    setNote(showLatest());
    // The button goes with the message; the first field is where checking the card starts.
    titleRef.current?.focus();
  };

  /** Leaves the confirmation with focus on "Delete card" again, not on the page behind the dialog. */
  const stopConfirming = () => {
    flushSync(() => setConfirmingDelete(false));
    deleteRef.current?.focus();
  };

  const noteLeaving = () => {
    afterLeaving.current = placeAfterLeaving(
      useAppStore.getState().cardIdsByColumn[card.columnId] ?? [],
      card.id,
      card.columnId,
    );
  };

  const onDelete = async () => {
    setBusy(true);
    noteLeaving();
    try {
      await deleteCard(card.id, version);
      pushNotice(`Deleted “${card.title}”.`, 'success');
      onClose();
    } catch (err) {
      stopConfirming();
      setFormError(leavingError(err));
      setBusy(false);
    }
  };

  const onArchive = async () => {
    setBusy(true);
    noteLeaving();
    try {
      await archiveCard(card.id, version);
      pushNotice(`Archived “${card.title}”. Restore it from “Archived cards” above the board.`, 'success');
      onClose();
    } catch (err) {
      setFormError(leavingError(err));
      setBusy(false);
    }
  };

  /** Deleting or archiving goes by the card the form shows: changed since, the form shows it now. */
  const leavingError = (err: unknown) =>
    isApiError(err) && err.code === 'VERSION_CONFLICT'
      ? `${err.detail} ${showLatest('then delete or archive it again')}`
      : describeError(err);

  return (
    <Dialog
      title="Edit card"
      onClose={onClose}
      className="dialog--wide"
      description={columnName ? `In ${columnName}` : undefined}
      returnFocus={() => afterLeaving.current?.()}
    >
      <form className="form" onSubmit={onSubmit} noValidate aria-describedby={formError ? formErrorId : undefined}>
        {formError ? (
          <p id={formErrorId} className="form__error" role="alert">
            {formError}
          </p>
        ) : null}
        <div className="form__stale" role="status" aria-label="Changes by others">
          {changedSince.length ? (
            <>
              <p>
                Someone else changed {changedSince.map((k) => CARD_FIELD_LABELS[k]).join(', ')} while you were editing.
              </p>
              <button type="button" className="button" onClick={onShowLatest}>
                Show their changes
              </button>
            </>
          ) : note ? (
            <p>{note}</p>
          ) : null}
        </div>
        <Field label="Title" error={errors.title}>
          {(props) => (
            <input
              {...props}
              ref={titleRef}
              data-autofocus
              className="input"
              value={values.title}
              required
              maxLength={CARD_LIMITS.titleMax + 50}
              onChange={(e) => set('title')(e.target.value)}
            />
          )}
        </Field>
        <Field label="Description" error={errors.description}>
          {(props) => (
            <textarea
              {...props}
              className="input"
              rows={5}
              value={values.description}
              onChange={(e) => set('description')(e.target.value)}
            />
          )}
        </Field>
        <div className="form__row">
          <Field label="Effort" error={errors.effort}>
            {(props) => (
              <select
                {...props}
                className="input"
                value={values.effort}
                onChange={(e) => set('effort')(e.target.value)}
              >
                <option value="">None</option>
                {scale.map((n) => (
                  <option key={n} value={String(n)}>
                    {n} {n === 1 ? 'point' : 'points'}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Due date" error={errors.dueDate}>
            {(props) => (
              <input
                {...props}
                type="date"
                className="input"
                value={values.dueDate}
                onChange={(e) => set('dueDate')(e.target.value)}
              />
            )}
          </Field>
        </div>
        <Field label="Labels" hint="Separate labels with commas, e.g. SEO, Newsletter" error={errors.labels}>
          {(props) => (
            <input {...props} className="input" value={values.labels} onChange={(e) => set('labels')(e.target.value)} />
          )}
        </Field>
        <Field label="Team member" error={errors.assigneeId}>
          {(props) => (
            <select
              {...props}
              className="input"
              value={values.assigneeId}
              onChange={(e) => set('assigneeId')(e.target.value)}
            >
              <option value="">Nobody</option>
              {members.map((m) => (
                <option key={m.userId} value={m.userId}>
                  {m.name}
                </option>
              ))}
              {values.assigneeId && !members.some((m) => m.userId === values.assigneeId) ? (
                <option value={values.assigneeId}>A former member</option>
              ) : null}
            </select>
          )}
        </Field>
        <Field label="Assignee" error={errors.assignee}>
          {(props) => (
            <input
              {...props}
              className="input"
              value={values.assignee}
              autoComplete="name"
              onChange={(e) => set('assignee')(e.target.value)}
            />
          )}
        </Field>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={values.shareable}
            onChange={(e) => setValues((v) => ({ ...v, shareable: e.target.checked }))}
          />
          Share with end users
        </label>
        {confirmingDelete ? (
          <fieldset className="confirm">
            <legend className="visually-hidden">Confirm delete</legend>
            <p>Delete “{card.title}”? This cannot be undone.</p>
            <div className="form__buttons">
              <button
                ref={focusOnMount}
                type="button"
                className="button button--danger"
                onClick={onDelete}
                disabled={busy}
              >
                Yes, delete card
              </button>
              <button type="button" className="button" onClick={stopConfirming}>
                Keep card
              </button>
            </div>
          </fieldset>
        ) : (
          <div className="form__buttons form__buttons--split">
            <button
              ref={deleteRef}
              type="button"
              className="button button--danger-ghost"
              onClick={() => setConfirmingDelete(true)}
            >
              Delete card
            </button>
            <button type="button" className="button" onClick={onArchive} disabled={busy}>
              Archive card
            </button>
            <span className="form__spacer" />
            <button type="button" className="button" onClick={onClose}>
              Cancel
            </button>
            <button type="submit" className="button button--primary" disabled={busy}>
              {busy ? 'Saving…' : 'Save'}
            </button>
          </div>
        )}
      </form>
      <ChecklistSection card={card} />
      <CommentsSection card={card} />
      <BlockedSection card={card} />
      <ContributionsSection card={card} />
    </Dialog>
  );
}

/** The confirmation's first button takes focus as it appears, in place of the button that asked for it. */
const focusOnMount = (element: HTMLElement | null) => element?.focus();
