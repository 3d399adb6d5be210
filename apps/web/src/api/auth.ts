import type { Me, SignInBody, SignUpBody } from '@echoboard/contracts';
import { request } from './client.ts';

export const me = (signal?: AbortSignal) => request<Me>('/auth/me', { signal });
export const signIn = (body: SignInBody) => request<Me>('/auth/signin', { method: 'POST', body });
export const signUp = (body: SignUpBody) => request<Me>('/auth/signup', { method: 'POST', body });
export const signOut = () => request<void>('/auth/signout', { method: 'POST' });
