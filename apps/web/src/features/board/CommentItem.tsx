import type { CardComment } from '@echoboard/contracts';
import { COMMENT_LIMITS, type CommentRights } from '@echoboard/domain';
import { type FormEvent, useState } from 'react';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

interface CommentItemProps {
  comment: CardComment;
  /** What the person viewing may do with it (the domain's commentRights); none: read-only. */
  rights?: CommentRights;
  busy?: boolean;
  onEdit?: (commentId: string, body: string) => Promise<boolean>;
  onDelete?: (commentId: string) => Promise<boolean>;
}

const READ_ONLY: CommentRights = { edit: false, delete: false };
const refused = async () => false;

/** One comment: author, when, and the body; with rights, the buttons to edit or delete it. */
export function CommentItem({
  comment,
  rights = READ_ONLY,
  busy = false,
  onEdit = refused,
  onDelete = refused,
}: CommentItemProps) {
  const [editing, setEditing] = useState(false);
  const [body, setBody] = useState(comment.body);
  const [confirming, setConfirming] = useState(false);

  const onSave = async (e: FormEvent) => {
    e.preventDefault();
    if (await onEdit(comment.id, body)) setEditing(false);
  };

  return (
    <li className="comments__item">
      <div className="comments__meta">
        <strong>{comment.authorName}</strong>
        <time dateTime={comment.createdAt}>{when.format(new Date(comment.createdAt))}</time>
        {comment.editedAt ? <span>(edited)</span> : null}
        {rights.edit && !editing ? (
          <button type="button" className="text-button" onClick={() => setEditing(true)}>
            Edit <span className="visually-hidden">your comment</span>
          </button>
        ) : null}
        {rights.delete && !confirming ? (
          <button type="button" className="text-button" onClick={() => setConfirming(true)}>
            Delete <span className="visually-hidden">comment by {comment.authorName}</span>
          </button>
        ) : null}
        {confirming ? (
          <>
            <button
              type="button"
              className="text-button"
              disabled={busy}
              onClick={() => void onDelete(comment.id).then((ok) => ok || setConfirming(false))}
            >
              Yes, delete comment
            </button>
            <button type="button" className="text-button" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </>
        ) : null}
      </div>
      {editing ? (
        <form className="form" onSubmit={onSave} noValidate>
          <textarea
            className="input"
            aria-label="Edit your comment"
            rows={2}
            value={body}
            maxLength={COMMENT_LIMITS.bodyMax}
            onChange={(e) => setBody(e.target.value)}
          />
          <div className="form__buttons">
            <button type="button" className="button" onClick={() => setEditing(false)}>
              Cancel
            </button>
            <button type="submit" className="button button--primary" disabled={busy}>
              Save comment
            </button>
          </div>
        </form>
      ) : (
        <p className="comments__body">{comment.body}</p>
      )}
    </li>
  );
}
