import type { PublicSprintReview, Sprint } from '@echoboard/contracts';
import { BurndownSection, VelocitySection } from './BurndownSection.tsx';
import { CampaignsSection, FeedbackAndScrumsSection, MembersSection } from './ReviewSections.tsx';

/**
 * What the review shows, whoever reads it: the team (from its SprintReview) and stakeholders
 * through a shared link (PublicSprintReview, the same figures without ids). Only the fields both
 * carry are read here.
 */
export type ReviewView = Omit<PublicSprintReview, 'teamName' | 'generatedAt' | 'expiresAt' | 'sprint'> & {
  sprint: Pick<Sprint, 'name' | 'goal' | 'startDate' | 'endDate' | 'state'>;
};

export function ReviewContent({ review, asOf }: { review: ReviewView; asOf?: string }) {
  const { sprint } = review;
  return (
    <>
      <section className="review__section review__summary" aria-label="Summary">
        <h2>{sprint.name}</h2>
        {sprint.state === 'active' ? (
          <p className="review__live">
            <strong>In progress:</strong> this sprint is still running; the figures are a snapshot
            {asOf ? ` as of ${asOf}` : ''}.
          </p>
        ) : null}
        <p>{sprint.goal ? `Goal: ${sprint.goal}` : 'No goal was set for this sprint.'}</p>
        <p>
          {sprint.startDate} to {sprint.endDate} · <strong>{review.completedPoints}</strong> of{' '}
          <strong>{review.committedPoints}</strong> committed points done · {review.doneCount} of {review.cardCount}{' '}
          cards
        </p>
      </section>
      <BurndownSection burndown={review.burndown} />
      <VelocitySection velocity={review.velocity} />
      <MembersSection members={review.members} />
      <CampaignsSection campaigns={review.campaigns} />
      <FeedbackAndScrumsSection review={review} />
    </>
  );
}
