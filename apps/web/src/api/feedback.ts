import type {
  AcceptedFeedback,
  AcceptFeedbackBody,
  CreatedFeedbackLink,
  CreateFeedbackLinkBody,
  Feedback,
  FeedbackLink,
  FeedbackQuery,
  FeedbackReceipt,
  FeedbackSprint,
  FeedbackSummary,
  PublicFeedbackPage,
  SubmitFeedbackBody,
  SubmittedFeedback,
} from '@echoboard/contracts';
import { request } from './client.ts';

const enc = encodeURIComponent;

// Public: no account needed.
export const getFeedbackPage = (token: string) => request<PublicFeedbackPage>(`/public/feedback/${enc(token)}`);
export const submitFeedback = (token: string, body: SubmitFeedbackBody) =>
  request<SubmittedFeedback>(`/public/feedback/${enc(token)}`, { method: 'POST', body });
export const getReceipt = (receipt: string) => request<FeedbackReceipt>(`/public/receipts/${enc(receipt)}`);

// The team's side.
export const listFeedbackSprints = (teamId: string) =>
  request<FeedbackSprint[]>(`/teams/${enc(teamId)}/feedback-sprints`);
export const listFeedbackLinks = (sprintId: string) =>
  request<FeedbackLink[]>(`/sprints/${enc(sprintId)}/feedback-links`);
export const createFeedbackLink = (sprintId: string, body: CreateFeedbackLinkBody) =>
  request<CreatedFeedbackLink>(`/sprints/${enc(sprintId)}/feedback-links`, { method: 'POST', body });
export const revokeFeedbackLink = (linkId: string) =>
  request<FeedbackLink>(`/feedback-links/${enc(linkId)}`, { method: 'DELETE' });
export const listFeedback = (teamId: string, query: FeedbackQuery) =>
  request<Feedback[]>(`/teams/${enc(teamId)}/feedback`, {
    query: Object.fromEntries(Object.entries(query).map(([k, v]) => [k, v === undefined ? undefined : String(v)])),
  });
export const acceptFeedback = (feedbackId: string, body: AcceptFeedbackBody) =>
  request<AcceptedFeedback>(`/feedback/${enc(feedbackId)}/accept`, { method: 'POST', body });
export const markDuplicate = (feedbackId: string, of: string) =>
  request<Feedback>(`/feedback/${enc(feedbackId)}/duplicate`, { method: 'POST', body: { of } });
export const declineFeedback = (feedbackId: string, note: string) =>
  request<Feedback>(`/feedback/${enc(feedbackId)}/decline`, { method: 'POST', body: { note } });
export const getFeedbackSummary = (sprintId: string) =>
  request<FeedbackSummary>(`/sprints/${enc(sprintId)}/feedback-summary`);
