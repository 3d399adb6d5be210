import { Me, Problem, SignInBody, SignUpBody } from '@echoboard/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentUser } from '../../plugins/auth.ts';
import { listMyTeams } from '../teams/teams.service.ts';
import { clearSessionCookie, setSessionCookie } from './cookie.ts';
import { endSession } from './sessions.ts';
import { signIn } from './sign-in.ts';
import { signUp } from './sign-up.ts';

const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const settings = app.authSettings;
  const rateLimit = { max: settings.rateLimit, timeWindow: '1 minute' };

  app.post(
    '/auth/signup',
    {
      config: { public: true, rateLimit },
      schema: {
        tags: ['auth'],
        summary: 'Create an account and sign in (sets the session cookie)',
        body: SignUpBody,
        response: { 201: Me, 400: Problem, 409: Problem, 429: Problem },
      },
    },
    async (request, reply) => {
      const { user, token } = await signUp(app.db, { input: request.body, settings });
      setSessionCookie(reply, token, settings);
      return reply.code(201).send({ user, teams: await listMyTeams(app.db, user.id) });
    },
  );

  app.post(
    '/auth/signin',
    {
      config: { public: true, rateLimit },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with email and password (sets the session cookie)',
        body: SignInBody,
        response: { 200: Me, 400: Problem, 401: Problem, 429: Problem },
      },
    },
    async (request, reply) => {
      const { user, token } = await signIn(app.db, {
        input: request.body,
        settings,
        previousSessionId: request.sessionId,
      });
      setSessionCookie(reply, token, settings);
      return { user, teams: await listMyTeams(app.db, user.id) };
    },
  );

  app.post(
    '/auth/signout',
    {
      schema: {
        tags: ['auth'],
        summary: 'End the session on the server and clear the cookie',
        response: { 204: z.null(), 401: Problem },
      },
    },
    async (request, reply) => {
      if (request.sessionId) await endSession(app.db, request.sessionId);
      clearSessionCookie(reply);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/auth/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'The signed-in person and their teams',
        response: { 200: Me, 401: Problem },
      },
    },
    async (request) => {
      const user = currentUser(request);
      return { user, teams: await listMyTeams(app.db, user.id) };
    },
  );
};

export default authRoutes;
