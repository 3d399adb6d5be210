import type { Card, CardComment } from '@echoboard/contracts';
import { COMMENT_LIMITS } from '@echoboard/domain';
import { type FormEvent, useEffect, useId, useState } from 'react';
import * as extrasApi from '../../api/cardExtras.ts';
import { describeError } from '../../api/client.ts';
import { roleIn, useAppStore } from '../../store/index.ts';
import { CommentItem } from './CommentItem.tsx';

/**
 * In the card editor: the card's comments, oldest first, and a box to add one. People edit and
 * delete their own; a lead may delete any (the server says the same).
 */
export function CommentsSection({ card }: { card: Card }) {
  const me = useAppStore((s) => s.me);
  const patchCardStats = useAppStore((s) => s.patchCardStats);
  const [comments, setComments] = useState<CardComment[] | null>(null);
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const headingId = useId();
  const boxId = useId();
  const isLead = roleIn(me, card.teamId) === 'lead';

  useEffect(() => {
    extrasApi.listComments(card.id).then(setComments, (e) => setError(describeError(e)));
  }, [card.id]);

  // The board card's comment count follows this list.
  useEffect(() => {
    if (comments) patchCardStats(card.id, { comments: comments.length });
  }, [comments, card.id, patchCardStats]);

  type Update = (list: CardComment[]) => CardComment[];
  const run = async (call: () => Promise<Update>) => {
    setBusy(true);
    try {
      const update = await call();
      setComments((list) => update(list ?? []));
      setError(null);
      return true;
    } catch (e) {
      setError(describeError(e));
      return false;
    } finally {
      setBusy(false);
    }
  };

  const onAdd = async (e: FormEvent) => {
    e.preventDefault();
    if (!body.trim()) return setError('Write your comment first.');
    const added = await run(async () => {
      const comment = await extrasApi.addComment(card.id, body);
      return (list) => [...list, comment];
    });
    if (added) setBody('');
    return undefined;
  };
  const onEdit = (commentId: string, text: string) =>
    run(async () => {
      const saved = await extrasApi.editComment(commentId, text);
      return (list) => list.map((c) => (c.id === saved.id ? saved : c));
    });
  const onDelete = (commentId: string) =>
    run(async () => {
      await extrasApi.deleteComment(commentId);
      return (list) => list.filter((c) => c.id !== commentId);
    });

  return (
    <section className="editor-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="editor-section__title">
        Comments{comments?.length ? <span className="editor-section__count"> ({comments.length})</span> : null}
      </h3>
      {error ? (
        <p className="form__error" role="alert">
          {error}
        </p>
      ) : null}
      {comments === null && !error ? <p className="muted">Loading comments…</p> : null}
      {comments?.length === 0 ? (
        <p className="muted">No comments yet. Ask a question or note a decision for the team below.</p>
      ) : null}
      {comments?.length ? (
        <ul className="comments__list">
          {comments.map((comment) => (
            <CommentItem
              key={comment.id}
              comment={comment}
              mine={comment.authorId !== null && comment.authorId === me?.user.id}
              canDelete={isLead || (comment.authorId !== null && comment.authorId === me?.user.id)}
              busy={busy}
              onEdit={onEdit}
              onDelete={onDelete}
            />
          ))}
        </ul>
      ) : null}
      <form className="form" onSubmit={onAdd} noValidate aria-label="Add a comment">
        <label htmlFor={boxId} className="visually-hidden">
          New comment
        </label>
        <textarea
          id={boxId}
          className="input"
          rows={2}
          placeholder="Write a comment…"
          value={body}
          maxLength={COMMENT_LIMITS.bodyMax}
          onChange={(e) => setBody(e.target.value)}
        />
        <div className="form__buttons">
          <button type="submit" className="button" disabled={busy}>
            Comment
          </button>
        </div>
      </form>
    </section>
  );
}
