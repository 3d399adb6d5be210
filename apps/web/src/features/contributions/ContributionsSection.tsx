import type { Card, CardContributions } from '@echoboard/contracts';
import { type FormEvent, useCallback, useState } from 'react';
import { listCampaigns } from '../../api/campaigns.ts';
import { updateCard } from '../../api/cards.ts';
import { describeError } from '../../api/client.ts';
import { deleteEffort, getContributions, giveKudos, logEffort, withdrawKudos } from '../../api/contributions.ts';
import { useAppStore } from '../../store/index.ts';
import { LoadError } from '../common/LoadError.tsx';
import { Loading } from '../common/Loading.tsx';
import { useLoad } from '../common/useLoad.ts';

const minutesText = (minutes: number) =>
  minutes >= 60 ? `${Math.floor(minutes / 60)} h${minutes % 60 ? ` ${minutes % 60} min` : ''}` : `${minutes} min`;

/**
 * In the card editor: the campaign the card serves, effort logged on it (time and/or points, with a
 * note), and kudos to its contributors. Each saves at once, apart from the card form.
 */
export function ContributionsSection({ card }: { card: Card }) {
  const me = useAppStore((s) => s.me?.user.id);
  const cardSaved = useAppStore((s) => s.cardSaved);
  const pushNotice = useAppStore((s) => s.pushNotice);
  const loaded = useLoad(useCallback(() => getContributions(card.id), [card.id]));
  const { data, setData } = loaded;
  // Only the picker needs the list; if it fails the picker offers "None" alone and the card keeps its
  // campaign until someone picks, as before, so the failure stays quiet.
  const campaigns = useLoad(useCallback(() => listCampaigns(card.teamId), [card.teamId])).data ?? [];
  const [minutes, setMinutes] = useState('');
  const [points, setPoints] = useState('');
  const [note, setNote] = useState('');
  // Why a change was refused; the load's own failure shows in place of what it would have shown.
  const [error, setError] = useState<string | null>(null);

  const run = async (action: () => Promise<unknown>) => {
    try {
      const next = await action();
      setData(next ? (next as CardContributions) : await getContributions(card.id));
      setError(null);
      return true;
    } catch (e) {
      setError(describeError(e));
      return false;
    }
  };

  const onLog = async (e: FormEvent) => {
    e.preventDefault();
    const body = {
      ...(minutes.trim() ? { minutes: Number(minutes) } : {}),
      ...(points.trim() ? { points: Number(points) } : {}),
      ...(note.trim() ? { note } : {}),
    };
    if (await run(() => logEffort(card.id, body))) {
      setMinutes('');
      setPoints('');
      setNote('');
    }
  };

  const onCampaign = async (campaignId: string) => {
    try {
      cardSaved(await updateCard(card.id, { campaignId: campaignId || null }));
      pushNotice(campaignId ? 'Linked to the campaign.' : 'No longer linked to a campaign.', 'success');
    } catch (e) {
      setError(describeError(e));
    }
  };

  return (
    <section className="contributions">
      <h3>Campaign, effort and kudos</h3>
      {error ? (
        <p className="form__error" role="alert">
          {error}
        </p>
      ) : null}
      <label className="contributions__campaign">
        Campaign{' '}
        <select value={card.campaignId ?? ''} onChange={(e) => void onCampaign(e.target.value)}>
          <option value="">None</option>
          {campaigns.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      {loaded.error ? (
        <LoadError level={4} title="Could not load effort and kudos" error={loaded.error} retry={loaded.reload} />
      ) : data === null ? (
        <Loading>Loading effort and kudos…</Loading>
      ) : data.effort.length ? (
        <ul className="contributions__list" aria-label="Effort logged">
          {data.effort.map((entry) => (
            <li key={entry.id}>
              {entry.name}:{' '}
              {[entry.minutes ? minutesText(entry.minutes) : '', entry.points ? `${entry.points} pts` : '']
                .filter(Boolean)
                .join(', ')}
              {entry.note ? ` — ${entry.note}` : ''}
              {entry.userId === me ? (
                <button type="button" className="button" onClick={() => void run(() => deleteEffort(entry.id))}>
                  Remove <span className="visually-hidden">this entry</span>
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>No effort logged yet.</p>
      )}
      <form className="contributions__form" onSubmit={onLog}>
        <label>
          Minutes{' '}
          <input
            className="input input--narrow"
            type="number"
            min="0"
            value={minutes}
            onChange={(e) => setMinutes(e.target.value)}
          />
        </label>
        <label>
          Points{' '}
          <input
            className="input input--narrow"
            type="number"
            min="0"
            step="0.5"
            value={points}
            onChange={(e) => setPoints(e.target.value)}
          />
        </label>
        <label>
          Note <input className="input" maxLength={300} value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
        <button type="submit" className="button">
          Log effort
        </button>
      </form>
      {data?.contributors.filter((c) => c.userId !== me).length ? (
        <ul className="contributions__kudos" aria-label="Kudos">
          {data.contributors
            .filter((c) => c.userId !== me)
            .map((person) => {
              const given = data.kudos.some((k) => k.toUserId === person.userId && k.fromUserId === me);
              const count = data.kudos.filter((k) => k.toUserId === person.userId).length;
              return (
                <li key={person.userId}>
                  <button
                    type="button"
                    className="button"
                    aria-pressed={given}
                    onClick={() =>
                      void run(() =>
                        given ? withdrawKudos(card.id, person.userId) : giveKudos(card.id, person.userId),
                      )
                    }
                  >
                    {given ? 'Kudos given to' : 'Give kudos to'} {person.name}
                  </button>{' '}
                  {count ? `(${count})` : ''}
                </li>
              );
            })}
        </ul>
      ) : null}
    </section>
  );
}
