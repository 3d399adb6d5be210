import type { ReviewLink } from '@echoboard/contracts';
import { REVIEW_LINK_LIMITS } from '@echoboard/domain';
import { type FormEvent, useState } from 'react';
import { createReviewLink, listReviewLinks, revokeReviewLink } from '../../api/review.ts';
import { Field } from '../common/Field.tsx';
import { CopyLink, ExpiryAndCreate, endOfLocalDay, LinksOrState, RevokeLinkButton } from '../common/LinkControls.tsx';
import { useSprintLinks } from '../common/useSprintLinks.ts';

const STATUS_TEXT: Record<ReviewLink['status'], string> = { active: 'works', expired: 'expired', revoked: 'revoked' };

/** A lead shares this sprint's review read-only: make a link, copy it while shown, revoke it. */
export function ShareReview({ sprintId }: { sprintId: string }) {
  const { links, loadError, reload, errors, created, submit } = useSprintLinks(sprintId, {
    list: listReviewLinks,
    create: createReviewLink,
  });
  const [label, setLabel] = useState('');
  const [expires, setExpires] = useState('');

  async function create(event: FormEvent) {
    event.preventDefault();
    if (await submit({ label, expiresAt: expires ? endOfLocalDay(expires) : null })) {
      setLabel('');
      setExpires('');
    }
  }

  return (
    <section className="review__section review__share" aria-labelledby="share-title">
      <h2 id="share-title">Share review</h2>
      <p>
        People without an account can read this review through a link, and change nothing. A link works for{' '}
        {REVIEW_LINK_LIMITS.defaultDays} days unless you pick a date (at most a year); revoke it any time.
      </p>
      <form className="form" onSubmit={create} aria-label="New review link">
        <Field label="Shared with (label)" error={errors.label}>
          {(props) => (
            <input
              {...props}
              className="input"
              value={label}
              maxLength={REVIEW_LINK_LIMITS.labelMax}
              onChange={(e) => setLabel(e.target.value)}
              required
            />
          )}
        </Field>
        <ExpiryAndCreate
          value={expires}
          onChange={setExpires}
          error={errors.expiresAt}
          submitLabel="Create review link"
        />
      </form>
      {created ? (
        <CopyLink
          id="review-link"
          label={`Review link for ${created.label} (shown only now)`}
          url={created.url}
          what="Review link"
        />
      ) : null}
      <LinksOrState links={links} error={loadError} retry={reload} none="This review is not shared yet.">
        {(shown) => (
          <table className="review__table">
            <caption>Links to this review, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Shared with</th>
                <th scope="col">Status</th>
                <th scope="col">Works until</th>
                <th scope="col">Created by</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((link) => (
                <tr key={link.id}>
                  <th scope="row">{link.label}</th>
                  <td>{STATUS_TEXT[link.status]}</td>
                  <td>{new Date(link.expiresAt).toLocaleDateString()}</td>
                  <td>{link.createdBy ?? '—'}</td>
                  <td>
                    {link.status === 'active' ? (
                      <RevokeLinkButton
                        name={`Revoke the link for ${link.label}`}
                        revoke={() => revokeReviewLink(link.id)}
                        onDone={reload}
                      />
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </LinksOrState>
    </section>
  );
}
