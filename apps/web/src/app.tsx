import type { ReactElement } from 'react';
import { BrowserRouter, Navigate, NavLink, Route, Routes } from 'react-router';
import type { UserRole } from './api/responses';
import { useSession } from './auth/session';
import { SignInPage } from './auth/sign-in-page';
import type { MessageKey } from './i18n/catalogue';
import { DocumentPage } from './documents/document-page';
import { DocumentsPage } from './documents/documents-page';
import { useI18n, type Locale } from './i18n/i18n';
import { IntakePage } from './intake/intake-page';
import { SearchPage } from './search/search-page';
import { TrackingPage } from './tracking/tracking-page';

const READERS: UserRole[] = ['officer', 'archivist', 'analyst'];

/** The screens, in menu order, with the roles the API lets use them (apps/api: @Roles on each controller). */
const SCREENS: { path: string; label: MessageKey | null; roles: UserRole[]; element: ReactElement }[] = [
  { path: '/tiep-nhan', label: 'nav.intake', roles: ['archivist'], element: <IntakePage /> },
  { path: '/van-ban', label: 'nav.documents', roles: READERS, element: <DocumentsPage /> },
  { path: '/van-ban/:id', label: null, roles: READERS, element: <DocumentPage /> },
  { path: '/tra-cuu', label: 'nav.search', roles: READERS, element: <SearchPage /> },
  { path: '/theo-doi', label: 'nav.tracking', roles: ['analyst'], element: <TrackingPage /> },
];

export function App() {
  const { t, locale, setLocale } = useI18n();
  const { account, can, signOut } = useSession();
  const screens = SCREENS.filter((screen) => can(...screen.roles));
  return (
    <BrowserRouter>
      <a className="skip-link" href="#main">{t('app.skip')}</a>
      <header className="app-header">
        <span className="app-name">{t('app.name')}</span>
        {account && (
          <nav aria-label={t('nav.label')}>
            <ul>
              {screens.filter((s) => s.label).map(({ path, label }) => (
                <li key={path}>
                  <NavLink to={path}>{t(label!)}</NavLink>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <div className="header-tools">
          <label className="locale">
            {t('app.language')}
            <select value={locale} onChange={(e) => setLocale(e.target.value as Locale)}>
              <option value="vi" lang="vi">Tiếng Việt</option>
              <option value="en" lang="en">English</option>
            </select>
          </label>
          {account && (
            <>
              <span className="account" title={account.roles.map((r) => t(`role.${r}`)).join(', ')}>{t('auth.signedInAs', { name: account.name })}</span>
              <button type="button" className="on-accent" onClick={signOut}>{t('auth.signOut')}</button>
            </>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {account === undefined ? (
          <p role="status">{t('app.loading')}</p>
        ) : account === null ? (
          <SignInPage />
        ) : (
          <Routes>
            <Route path="/" element={screens.length ? <Navigate to={screens[0].path} replace /> : <p>{t('auth.noScreens')}</p>} />
            {screens.map(({ path, element }) => <Route key={path} path={path} element={element} />)}
            <Route path="*" element={<p>{t('app.notFound')}</p>} />
          </Routes>
        )}
      </main>
    </BrowserRouter>
  );
}
