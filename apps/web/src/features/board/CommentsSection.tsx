import type { Card } from '@echoboard/contracts';
import { COMMENT_LIMITS, commentRights } from '@echoboard/domain';
import { type FormEvent, useEffect, useId, useState } from 'react';
import * as extrasApi from '../../api/cardExtras.ts';
import { roleIn, useAppStore } from '../../store/index.ts';
import { CommentItem } from './CommentItem.tsx';
import { ListStatus } from './ListStatus.tsx';
import { useSavedList } from './useSavedList.ts';

/**
 * In the card editor: the card's comments, oldest first, and a box to add one. Who may edit or
 * delete which is the domain's commentRights, as on the server.
 */
export function CommentsSection({ card }: { card: Card }) {
  const me = useAppStore((s) => s.me);
  const patchCardStats = useAppStore((s) => s.patchCardStats);
  const { items: comments, error, setError, busy, run } = useSavedList(() => extrasApi.listComments(card.id), card.id);
  const [body, setBody] = useState('');
  const headingId = useId();
  const boxId = useId();
  const role = roleIn(me, card.teamId);

  // The board card's comment count follows this list.
  useEffect(() => {
    if (comments) patchCardStats(card.id, { comments: comments.length });
  }, [comments, card.id, patchCardStats]);

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
      <ListStatus
        items={comments}
        error={error}
        loading="Loading comments…"
        empty="No comments yet. Ask a question or note a decision for the team below."
      />
      {comments?.length ? (
        <ul className="comments__list">
          {comments.map((comment) => (
            <CommentItem
              key={comment.id}
              comment={comment}
              rights={commentRights(comment, { userId: me?.user.id ?? '', role: role ?? 'member' })}
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
