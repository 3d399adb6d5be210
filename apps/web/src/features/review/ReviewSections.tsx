import type { PublicSprintReview } from '@echoboard/contracts';
import { BUDGET_TEXT, KPI_STATE_TEXT, money, percent } from '../campaigns/format.ts';

const hours = (minutes: number) => (minutes === 0 ? '—' : `${Math.round((minutes / 60) * 10) / 10} h`);

/** Effort and results side by side, in name order: the review never ranks people. */
export function MembersSection({ members }: { members: PublicSprintReview['members'] }) {
  return (
    <section className="review__section" aria-labelledby="members-title">
      <h2 id="members-title">Effort and results</h2>
      <table className="review__table">
        <caption>Per member, in name order</caption>
        <thead>
          <tr>
            <th scope="col">Member</th>
            <th scope="col">Time logged</th>
            <th scope="col">Effort points</th>
            <th scope="col">Cards worked on</th>
            <th scope="col">Helped with</th>
            <th scope="col">Cards completed</th>
            <th scope="col">Points completed</th>
            <th scope="col">Kudos</th>
            <th scope="col">End-user rating</th>
          </tr>
        </thead>
        <tbody>
          {members.map((m, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a read-only list in the server's order; shared reviews carry no member ids
            <tr key={i}>
              <th scope="row">{m.name}</th>
              <td>{hours(m.effort.minutes)}</td>
              <td>{m.effort.points}</td>
              <td>{m.effort.cardsWorkedOn}</td>
              <td>{m.effort.cardsHelpedWith}</td>
              <td>{m.results.cardsCompleted}</td>
              <td>{m.results.pointsCompleted}</td>
              <td>{m.results.kudosReceived}</td>
              <td>{m.results.feedbackRating === null ? '—' : `${m.results.feedbackRating} / 5`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function CampaignsSection({ campaigns }: { campaigns: PublicSprintReview['campaigns'] }) {
  return (
    <section className="review__section" aria-labelledby="campaigns-title">
      <h2 id="campaigns-title">Campaign outcomes</h2>
      {campaigns.length === 0 ? (
        <p>No card of this sprint serves a campaign. Link cards to a campaign in the card editor.</p>
      ) : (
        campaigns.map((c, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: read-only, in the server's order; shared reviews carry no ids
          <article key={i} className="review__campaign">
            <h3>{c.name}</h3>
            <p>
              Spend {money(c.spendMinor, c.currency)} of {money(c.budgetMinor, c.currency)} ({percent(c.budget.ratio)},{' '}
              {BUDGET_TEXT[c.budget.state]}) · Revenue {money(c.revenueMinor, c.currency)} · ROI {percent(c.roi)}
            </p>
            {c.kpis.length ? (
              <ul>
                {c.kpis.map((k, j) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: as above
                  <li key={j}>
                    {k.name}
                    {k.leading ? ' (leading)' : ''}: {k.actual ?? 'no data'} {k.unit} of target {k.target} —{' '}
                    {KPI_STATE_TEXT[k.state].toLowerCase()}
                  </li>
                ))}
              </ul>
            ) : null}
          </article>
        ))
      )}
    </section>
  );
}

export function FeedbackAndScrumsSection({
  review,
}: {
  review: Pick<PublicSprintReview, 'feedback' | 'blocked' | 'scrums'>;
}) {
  const { feedback, blocked, scrums } = review;
  return (
    <section className="review__section" aria-labelledby="voices-title">
      <h2 id="voices-title">End-user feedback and daily scrums</h2>
      <p>
        {feedback.count === 0
          ? 'No end-user feedback on this sprint yet.'
          : `${feedback.count} response${feedback.count === 1 ? '' : 's'}, average rating ${feedback.averageRating} / 5.`}
      </p>
      {feedback.count ? (
        <ul className="review__ratings" aria-label="Ratings given">
          {feedback.ratings.map((count, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the five rating levels are fixed
            <li key={i}>
              {i + 1} star{i === 0 ? '' : 's'}: {count}
            </li>
          ))}
        </ul>
      ) : null}
      <p>
        {scrums.length} daily scrum{scrums.length === 1 ? '' : 's'} held
        {scrums.length
          ? `, on average ${Math.round(scrums.reduce((s, x) => s + x.durationMs, 0) / scrums.length / 60_000)} min`
          : ''}
        .
      </p>
      <h3>Blocked during the sprint</h3>
      {blocked.length === 0 ? (
        <p>Nothing was reported blocked at a daily scrum.</p>
      ) : (
        <ul>
          {blocked.map((b, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: read-only, in the server's order; shared reviews carry no card ids
            <li key={i}>
              <strong>{b.title}</strong> ({b.scrumDate}): {b.reason}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
