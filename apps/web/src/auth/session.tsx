import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { currentAccount, signIn as postSignIn, signOut as postSignOut, SIGNED_OUT_EVENT } from '../api/client';
import type { Account, UserRole } from '../api/responses';

interface Session {
  /** undefined while the app asks who is signed in; null when no one is. */
  account: Account | null | undefined;
  signIn(name: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  can(...roles: UserRole[]): boolean;
}

const SessionContext = createContext<Session | null>(null);

/** Who is signed in (an HttpOnly cookie the app cannot read, so it asks the API), kept in step with the API's 401s. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [account, setAccount] = useState<Account | null | undefined>(undefined);
  useEffect(() => {
    currentAccount().then(setAccount, () => setAccount(null));
    const signedOut = () => setAccount(null);
    window.addEventListener(SIGNED_OUT_EVENT, signedOut);
    return () => window.removeEventListener(SIGNED_OUT_EVENT, signedOut);
  }, []);
  const signIn = useCallback(async (name: string, password: string) => setAccount(await postSignIn({ name, password })), []);
  const signOut = useCallback(async () => {
    await postSignOut().catch(() => null);
    setAccount(null);
  }, []);
  const value = useMemo<Session>(
    () => ({ account, signIn, signOut, can: (...roles) => !!account && roles.some((role) => account.roles.includes(role)) }),
    [account, signIn, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
