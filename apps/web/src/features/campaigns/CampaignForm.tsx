import { useState } from 'react';
import { describeError, isApiError } from '../../api/client.ts';
import { Field } from '../common/Field.tsx';
import { FormButtons } from '../common/FormButtons.tsx';
import { type CampaignDraft, type DraftErrors, draftErrors, parseDraft } from './campaignForm.ts';

const FIELDS: { key: keyof CampaignDraft; label: string; hint?: string; type?: string }[] = [
  { key: 'name', label: 'Name' },
  { key: 'channels', label: 'Channels', hint: 'Separated by commas, e.g. Email, Paid social' },
  { key: 'currency', label: 'Currency', hint: 'Three letters, e.g. EUR' },
  { key: 'budget', label: 'Budget', hint: 'Amount, e.g. 12000 or 12,000.50' },
  { key: 'spend', label: 'Spend so far' },
  { key: 'revenue', label: 'Revenue attributed' },
  { key: 'startDate', label: 'Start date', type: 'date' },
  { key: 'endDate', label: 'End date', type: 'date' },
];

/** Create or edit a campaign; amounts are typed as money and sent in cents. */
export function CampaignForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: CampaignDraft;
  submitLabel: string;
  onSubmit: (body: ReturnType<typeof parseDraft>['body']) => Promise<unknown>;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const { body, errors: local } = parseDraft(draft);
    setErrors(local);
    setFormError(null);
    if (Object.keys(local).length) return;
    setBusy(true);
    try {
      await onSubmit(body);
    } catch (e) {
      if (isApiError(e)) setErrors(draftErrors(e.fieldErrors()));
      setFormError(describeError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="campaign-form" onSubmit={submit} noValidate>
      {formError ? (
        <p className="form__error" role="alert">
          {formError}
        </p>
      ) : null}
      <div className="campaign-form__grid">
        {FIELDS.map(({ key, label, hint, type }) => (
          <Field key={key} label={label} {...(hint ? { hint } : {})} error={errors[key]}>
            {(props) => (
              <input
                {...props}
                className="input"
                type={type ?? 'text'}
                inputMode={['budget', 'spend', 'revenue'].includes(key) ? 'decimal' : undefined}
                value={draft[key]}
                onChange={(e) => setDraft((d) => ({ ...d, [key]: e.target.value }))}
              />
            )}
          </Field>
        ))}
      </div>
      <FormButtons submit={submitLabel} busy={busy} onCancel={onCancel} />
    </form>
  );
}
