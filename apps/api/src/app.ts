import Fastify, { type FastifyServerOptions, type RouteOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { type AuthSettings, DEFAULT_AUTH } from './config.ts';
import type { Database } from './db/database.ts';
import authRoutes from './modules/auth/auth.routes.ts';
import backlogRoutes from './modules/backlog/backlog.routes.ts';
import boardsRoutes from './modules/boards/boards.routes.ts';
import campaignsRoutes from './modules/campaigns/campaigns.routes.ts';
import archiveRoutes from './modules/cards/archive.routes.ts';
import cardsRoutes from './modules/cards/cards.routes.ts';
import checklistsRoutes from './modules/checklists/checklists.routes.ts';
import columnsRoutes from './modules/columns/columns.routes.ts';
import commentsRoutes from './modules/comments/comments.routes.ts';
import contributionsRoutes from './modules/contributions/contributions.routes.ts';
import eventsRoutes from './modules/events/events.routes.ts';
import exportsRoutes from './modules/exports/exports.routes.ts';
import feedbackRoutes from './modules/feedback/feedback.routes.ts';
import healthRoutes from './modules/health/health.routes.ts';
import importsRoutes from './modules/imports/imports.routes.ts';
import invitesRoutes from './modules/invites/invites.routes.ts';
import publicRoutes, { DEFAULT_PUBLIC_LIMITS, type PublicLimits } from './modules/public-routes.ts';
import reviewRoutes from './modules/review/review.routes.ts';
import scrumRoutes from './modules/scrum/scrum.routes.ts';
import sprintsRoutes from './modules/sprints/sprints.routes.ts';
import teamsRoutes from './modules/teams/teams.routes.ts';
import authPlugin from './plugins/auth.ts';
import dbPlugin from './plugins/db.ts';
import docsPlugin from './plugins/docs.ts';
import errorsPlugin, { frameworkError } from './plugins/errors.ts';
import nulGuardPlugin from './plugins/nul-guard.ts';
import realtimePlugin from './plugins/realtime.ts';
import securityPlugin from './plugins/security.ts';
import webPlugin from './plugins/web.ts';

export interface AppOptions {
  db: Database;
  logger?: FastifyServerOptions['logger'];
  /** Folder of the built SPA to serve; omit for an API-only app (tests). */
  webDist?: string;
  /** Session lifetimes, scrypt cost, sign-in rate limit; defaults are production's. */
  auth?: Partial<AuthSettings>;
  /** Trust X-Forwarded-* (client IP for rate limits, HTTPS for the Secure cookie flag). */
  trustProxy?: boolean;
  /** Called for every route as it is registered (tests enumerate routes with it). */
  onRoute?: (route: RouteOptions) => void;
  /** Requests per minute on the public routes (per client address and per link). */
  publicLimits?: Partial<PublicLimits>;
}

/** Builds the app without listening, so tests drive it with app.inject. */
export async function buildApp(options: AppOptions) {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 256 * 1024,
    // Clients retry on 503; a request must not wait forever on a stuck database.
    connectionTimeout: 30_000,
    return503OnClosing: true,
    frameworkErrors: frameworkError,
    trustProxy: options.trustProxy ?? false,
  }).withTypeProvider<ZodTypeProvider>();
  if (options.onRoute) app.addHook('onRoute', options.onRoute);

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // The API speaks JSON only; anything else is a 415, not a string body that fails validation.
  app.removeContentTypeParser('text/plain');

  await app.register(errorsPlugin);
  await app.register(nulGuardPlugin);
  await app.register(dbPlugin, { db: options.db });
  await app.register(realtimePlugin);
  await app.register(securityPlugin);
  await app.register(docsPlugin);
  await app.register(
    async (api) => {
      // Every route below needs a session unless it says `config: { public: true }`.
      await api.register(authPlugin, { ...DEFAULT_AUTH, ...options.auth });
      await api.register(healthRoutes);
      await api.register(authRoutes);
      await api.register(teamsRoutes);
      await api.register(invitesRoutes);
      await api.register(boardsRoutes);
      await api.register(columnsRoutes);
      await api.register(cardsRoutes);
      await api.register(archiveRoutes);
      await api.register(checklistsRoutes);
      await api.register(commentsRoutes);
      await api.register(sprintsRoutes);
      await api.register(backlogRoutes);
      await api.register(scrumRoutes);
      await api.register(eventsRoutes);
      await api.register(campaignsRoutes);
      await api.register(contributionsRoutes);
      await api.register(reviewRoutes);
      await api.register(exportsRoutes);
      await api.register(importsRoutes);
      await api.register(feedbackRoutes);
      await api.register(publicRoutes, { ...DEFAULT_PUBLIC_LIMITS, ...options.publicLimits });
    },
    { prefix: '/api' },
  );
  if (options.webDist) await app.register(webPlugin, { root: options.webDist });
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
