import {
  AcceptedFeedback,
  AcceptFeedbackBody,
  CreatedFeedbackLink,
  CreateFeedbackLinkBody,
  DeclineFeedbackBody,
  DuplicateFeedbackBody,
  Feedback,
  FeedbackLink,
  FeedbackLinkParams,
  FeedbackParams,
  FeedbackQuery,
  FeedbackSprint,
  FeedbackSummary,
  Problem,
  SprintParams,
  TeamParams,
} from '@echoboard/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentUser } from '../../plugins/auth.ts';
import { createFeedbackLink, listFeedbackLinks, listFeedbackSprints, revokeFeedbackLink } from './links.service.ts';
import {
  acceptFeedback,
  declineFeedback,
  listFeedback,
  markDuplicate,
  summarizeSprintFeedback,
} from './triage.service.ts';

const tags = ['feedback'];

/** The team's side of end-user feedback: links per sprint, the inbox and its triage. */
const feedbackRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/sprints/:sprintId/feedback-links',
    {
      schema: {
        tags,
        summary: 'Make a feedback link for an active or completed sprint (leads)',
        description: 'The token and the page path /f/<token> are returned only in this response.',
        params: SprintParams,
        body: CreateFeedbackLinkBody,
        response: { 201: CreatedFeedbackLink, 400: Problem, 403: Problem, 404: Problem, 409: Problem },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await createFeedbackLink(app.db, currentUser(request), request.params.sprintId, request.body)),
  );

  app.get(
    '/teams/:teamId/feedback-sprints',
    {
      schema: {
        tags,
        summary: "The team's active and completed sprints, newest first: the ones links can be made for",
        params: TeamParams,
        response: { 200: z.array(FeedbackSprint), 400: Problem, 404: Problem },
      },
    },
    async (request) => listFeedbackSprints(app.db, currentUser(request), request.params.teamId),
  );

  app.get(
    '/sprints/:sprintId/feedback-links',
    {
      schema: {
        tags,
        summary: "A sprint's feedback links, newest first, with their response counts",
        params: SprintParams,
        response: { 200: z.array(FeedbackLink), 400: Problem, 404: Problem },
      },
    },
    async (request) => listFeedbackLinks(app.db, currentUser(request), request.params.sprintId),
  );

  app.delete(
    '/feedback-links/:linkId',
    {
      schema: {
        tags,
        summary: 'Revoke a feedback link at once (leads); its feedback stays',
        params: FeedbackLinkParams,
        response: { 200: FeedbackLink, 400: Problem, 403: Problem, 404: Problem },
      },
    },
    async (request) => revokeFeedbackLink(app.db, currentUser(request), request.params.linkId),
  );

  app.get(
    '/sprints/:sprintId/feedback-summary',
    {
      schema: {
        tags,
        summary: "A sprint's feedback for its review: count, average rating, per delivered item",
        params: SprintParams,
        response: { 200: FeedbackSummary, 400: Problem, 404: Problem },
      },
    },
    async (request) => summarizeSprintFeedback(app.db, currentUser(request), request.params.sprintId),
  );

  app.get(
    '/teams/:teamId/feedback',
    {
      schema: {
        tags,
        summary: "The team's feedback inbox, newest first (up to 500)",
        params: TeamParams,
        querystring: FeedbackQuery,
        response: { 200: z.array(Feedback), 400: Problem, 404: Problem },
      },
    },
    async (request) => listFeedback(app.db, currentUser(request), request.params.teamId, request.query),
  );

  app.post(
    '/feedback/:feedbackId/accept',
    {
      schema: {
        tags,
        summary: 'Accept feedback into the top of the backlog as 1 to 10 cards (leads)',
        params: FeedbackParams,
        body: AcceptFeedbackBody,
        response: { 200: AcceptedFeedback, 400: Problem, 403: Problem, 404: Problem, 409: Problem },
      },
    },
    async (request) => acceptFeedback(app.db, currentUser(request), request.params.feedbackId, request.body),
  );

  app.post(
    '/feedback/:feedbackId/duplicate',
    {
      schema: {
        tags,
        summary: 'Mark feedback a duplicate of another of the same team (leads)',
        params: FeedbackParams,
        body: DuplicateFeedbackBody,
        response: { 200: Feedback, 400: Problem, 403: Problem, 404: Problem, 409: Problem },
      },
    },
    async (request) => markDuplicate(app.db, currentUser(request), request.params.feedbackId, request.body.of),
  );

  app.post(
    '/feedback/:feedbackId/decline',
    {
      schema: {
        tags,
        summary: 'Decline feedback with a note for the team (leads)',
        params: FeedbackParams,
        body: DeclineFeedbackBody,
        response: { 200: Feedback, 400: Problem, 403: Problem, 404: Problem, 409: Problem },
      },
    },
    async (request) => declineFeedback(app.db, currentUser(request), request.params.feedbackId, request.body.note),
  );
};

export default feedbackRoutes;
