/** Field limits for end-user feedback. The API's zod schemas, the domain and the forms read these. */
export const FEEDBACK_LIMITS = {
  ratingMin: 1,
  ratingMax: 5,
  textMax: 2000,
  nameMax: 80,
  emailMax: 254,
  labelMax: 80,
  messageMax: 500,
  noteMax: 500,
  /** Cards one piece of feedback may become when accepted into the backlog. */
  acceptCardsMax: 10,
  /** Delivered items a feedback page lists (and a submission may rate). */
  itemsMax: 50,
} as const;

export const FEEDBACK_STATUSES = ['new', 'accepted', 'duplicate', 'declined'] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];
