import { PASSWORD_POLICY } from '@echoboard/domain';
import { type FormEvent, useState } from 'react';
import { describeError, isApiError } from '../../api/client.ts';
import { navigate, nextPath, withNext } from '../../app/routes.ts';
import { useAppStore } from '../../store/index.ts';
import { Field } from '../common/Field.tsx';

type Mode = 'signin' | 'signup';
type Errors = Partial<Record<'email' | 'name' | 'password' | 'form', string>>;

const COPY: Record<Mode, { title: string; submit: string; busy: string }> = {
  signin: { title: 'Sign in to Echoboard', submit: 'Sign in', busy: 'Signing in…' },
  signup: { title: 'Create your Echoboard account', submit: 'Create account', busy: 'Creating account…' },
};

function validate(mode: Mode, email: string, name: string, password: string): Errors {
  const errors: Errors = {};
  if (!/^\S+@\S+\.\S+$/.test(email.trim())) errors.email = 'Enter your email address, like name@company.com.';
  if (mode === 'signup' && name.trim() === '') errors.name = 'Enter your name as your team should see it.';
  if (password === '') errors.password = 'Enter your password.';
  else if (mode === 'signup' && password.length < PASSWORD_POLICY.min)
    errors.password = `Use at least ${PASSWORD_POLICY.min} characters.`;
  return errors;
}

/** Sign in and sign up share one form; after either, the person goes where they were headed. */
export function AuthPage({ mode }: { mode: Mode }) {
  const signIn = useAppStore((s) => s.signIn);
  const signUp = useAppStore((s) => s.signUp);
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const next = nextPath();
  const copy = COPY[mode];

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const found = validate(mode, email, name, password);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      if (mode === 'signin') await signIn({ email: email.trim(), password });
      else await signUp({ email: email.trim(), name: name.trim(), password });
      navigate(next, { replace: true });
    } catch (err) {
      setBusy(false);
      const fields = isApiError(err) ? err.fieldErrors() : {};
      setErrors({
        email: fields.email,
        name: fields.name,
        password: fields.password,
        form: Object.keys(fields).length === 0 ? describeError(err) : undefined,
      });
    }
  };

  return (
    <section className="auth" aria-labelledby="auth-title">
      <h1 id="auth-title">{copy.title}</h1>
      <form className="form" onSubmit={onSubmit} noValidate>
        {errors.form ? (
          <p className="form__error" role="alert">
            {errors.form}
          </p>
        ) : null}
        <Field label="Email" error={errors.email}>
          {(props) => (
            <input
              {...props}
              className="input"
              type="email"
              autoComplete="email"
              data-autofocus
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          )}
        </Field>
        {mode === 'signup' ? (
          <Field label="Name" error={errors.name}>
            {(props) => (
              <input
                {...props}
                className="input"
                autoComplete="name"
                value={name}
                onChange={(e) => setName(e.target.value)}
              />
            )}
          </Field>
        ) : null}
        <Field
          label="Password"
          error={errors.password}
          hint={mode === 'signup' ? `At least ${PASSWORD_POLICY.min} characters.` : undefined}
        >
          {(props) => (
            <input
              {...props}
              className="input"
              type="password"
              autoComplete={mode === 'signup' ? 'new-password' : 'current-password'}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          )}
        </Field>
        <div className="form__buttons">
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? copy.busy : copy.submit}
          </button>
        </div>
      </form>
      <p className="auth__switch">
        {mode === 'signin' ? 'New to Echoboard? ' : 'Already have an account? '}
        <a
          href={withNext(mode === 'signin' ? '/signup' : '/signin', next)}
          onClick={(e) => {
            e.preventDefault();
            navigate(withNext(mode === 'signin' ? '/signup' : '/signin', next));
          }}
        >
          {mode === 'signin' ? 'Create an account' : 'Sign in'}
        </a>
      </p>
    </section>
  );
}
