import { FEEDBACK_LIMITS } from '@echoboard/domain';
import { type FormEvent, useState } from 'react';
import { createFeedbackLink, listFeedbackLinks, revokeFeedbackLink } from '../../api/feedback.ts';
import { Field } from '../common/Field.tsx';
import { CopyLink, ExpiryAndCreate, endOfLocalDay, LinksOrState, RevokeLinkButton } from '../common/LinkControls.tsx';
import { useSprintLinks } from '../common/useSprintLinks.ts';

/** A sprint's links: make one (leads), copy it while it is shown, see its answers, revoke it. */
export function FeedbackLinks({ sprintId, isLead }: { sprintId: string; isLead: boolean }) {
  const { links, loadError, reload, errors, created, submit } = useSprintLinks(sprintId, {
    list: listFeedbackLinks,
    create: createFeedbackLink,
  });
  const [label, setLabel] = useState('');
  const [message, setMessage] = useState('');
  const [expires, setExpires] = useState('');

  async function create(event: FormEvent) {
    event.preventDefault();
    if (await submit({ label, message, expiresAt: expires ? endOfLocalDay(expires) : null })) {
      setLabel('');
      setMessage('');
      setExpires('');
    }
  }

  return (
    <section aria-labelledby="links-title">
      <h2 id="links-title">Feedback links</h2>
      {isLead ? (
        <form className="form" onSubmit={create} aria-label="New feedback link">
          <Field label="Label (who you send it to)" error={errors.label}>
            {(props) => (
              <input
                {...props}
                className="input"
                value={label}
                maxLength={FEEDBACK_LIMITS.labelMax}
                onChange={(e) => setLabel(e.target.value)}
                required
              />
            )}
          </Field>
          <Field label="Message shown on the page (optional)" error={errors.message}>
            {(props) => (
              <textarea
                {...props}
                className="input"
                rows={2}
                value={message}
                maxLength={FEEDBACK_LIMITS.messageMax}
                onChange={(e) => setMessage(e.target.value)}
              />
            )}
          </Field>
          <ExpiryAndCreate
            value={expires}
            onChange={setExpires}
            error={errors.expiresAt}
            submitLabel="Create feedback link"
          />
        </form>
      ) : null}
      {created ? (
        <CopyLink
          id="feedback-link"
          label={`Link for ${created.label} (shown only now)`}
          url={created.url}
          what="Feedback link"
        />
      ) : null}
      <LinksOrState links={links} error={loadError} retry={reload} none="No links for this sprint yet.">
        {(shown) => (
          <table className="team-page__members">
            <thead>
              <tr>
                <th scope="col">Label</th>
                <th scope="col">Status</th>
                <th scope="col">Responses</th>
                <th scope="col">Expires</th>
                {isLead ? <th scope="col">Actions</th> : null}
              </tr>
            </thead>
            <tbody>
              {shown.map((link) => (
                <tr key={link.id}>
                  <td>{link.label}</td>
                  <td>{link.status}</td>
                  <td>{link.responseCount}</td>
                  <td>{link.expiresAt ? new Date(link.expiresAt).toLocaleDateString() : 'never'}</td>
                  {isLead ? (
                    <td>
                      {link.status === 'active' ? (
                        <RevokeLinkButton
                          name={`Revoke ${link.label}`}
                          revoke={() => revokeFeedbackLink(link.id)}
                          onDone={reload}
                        />
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </LinksOrState>
    </section>
  );
}
