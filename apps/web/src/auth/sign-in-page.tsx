import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { useSession } from './session';

/** Đăng nhập: shown in place of any screen until someone signs in; the URL stays, so a shared link still lands. */
export function SignInPage() {
  const { t } = useI18n();
  const { signIn } = useSession();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setState({ busy: true, error: null });
    try {
      await signIn(name.trim(), password);
    } catch (error) {
      const code = error instanceof ApiError ? error.code : '';
      const message = code === 'AUTH.INVALID_CREDENTIALS' ? t('auth.invalid') : code === 'REQUEST.RATE_LIMITED' ? t('auth.tooMany') : t('app.error', { message: (error as Error).message });
      setState({ busy: false, error: message });
    }
  };

  return (
    <section aria-labelledby="sign-in-title" className="sign-in">
      <h1 id="sign-in-title">{t('auth.title')}</h1>
      <form onSubmit={submit}>
        <label htmlFor="sign-in-name">{t('auth.name')}</label>
        <input id="sign-in-name" autoComplete="username" required value={name} onChange={(e) => setName(e.target.value)} />
        <label htmlFor="sign-in-password">{t('auth.password')}</label>
        <input id="sign-in-password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        <button type="submit" className="primary" disabled={state.busy}>{t('auth.submit')}</button>
        {state.error && <p role="alert" className="error">{state.error}</p>}
      </form>
    </section>
  );
}
