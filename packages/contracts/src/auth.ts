import { PASSWORD_POLICY, TEAM_LIMITS } from '@echoboard/domain';
import { z } from 'zod';
import { Id } from './common.ts';
import { TeamSummary } from './team.ts';

/** Every POST/PUT/PATCH/DELETE under /api must carry this header with value "1" (a cross-site form cannot). */
export const CSRF_HEADER = 'x-echoboard-csrf';
/** The session cookie: HttpOnly, SameSite=Lax, Secure when the request came over HTTPS. */
export const SESSION_COOKIE = 'eb_session';

export const Email = z
  .email({ message: 'must be an email address' })
  .max(TEAM_LIMITS.emailMax, `must be at most ${TEAM_LIMITS.emailMax} characters`);

export const PersonName = z
  .string()
  .trim()
  .min(1, 'Name must not be empty')
  .max(TEAM_LIMITS.personNameMax, `Name must be at most ${TEAM_LIMITS.personNameMax} characters`);

// Length only: the policy lives in the domain (checkPassword) and is repeated here for the 400.
const NewPassword = z
  .string()
  .min(PASSWORD_POLICY.min, `Password must be at least ${PASSWORD_POLICY.min} characters`)
  .max(PASSWORD_POLICY.max, `Password must be at most ${PASSWORD_POLICY.max} characters`);

export const SignUpBody = z.strictObject({
  email: z.string().trim().pipe(Email),
  name: PersonName,
  password: NewPassword,
});
export type SignUpBody = z.infer<typeof SignUpBody>;

export const SignInBody = z.strictObject({
  email: z.string().trim().max(TEAM_LIMITS.emailMax, 'is too long'),
  password: z.string().min(1, 'Password must not be empty').max(PASSWORD_POLICY.max, 'is too long'),
});
export type SignInBody = z.infer<typeof SignInBody>;

export const User = z.object({ id: Id, email: z.string(), name: z.string() }).meta({ id: 'User' });
export type User = z.infer<typeof User>;

export const Me = z
  .object({ user: User, teams: z.array(TeamSummary) })
  .meta({ id: 'Me', description: 'The signed-in person and the teams they belong to' });
export type Me = z.infer<typeof Me>;
