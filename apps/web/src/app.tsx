import { BrowserRouter, Navigate, NavLink, Route, Routes } from 'react-router';
import { DocumentPage } from './documents/document-page';
import { DocumentsPage } from './documents/documents-page';
import { useI18n, type Locale } from './i18n/i18n';
import { IntakePage } from './intake/intake-page';
import { SearchPage } from './search/search-page';
import { TrackingPage } from './tracking/tracking-page';

const SCREENS = [
  { path: '/tiep-nhan', label: 'nav.intake' },
  { path: '/van-ban', label: 'nav.documents' },
  { path: '/tra-cuu', label: 'nav.search' },
  { path: '/theo-doi', label: 'nav.tracking' },
] as const;

export function App() {
  const { t, locale, setLocale } = useI18n();
  return (
    <BrowserRouter>
      <a className="skip-link" href="#main">{t('app.skip')}</a>
      <header className="app-header">
        <span className="app-name">{t('app.name')}</span>
        <nav aria-label={t('nav.label')}>
          <ul>
            {SCREENS.map(({ path, label }) => (
              <li key={path}>
                <NavLink to={path}>{t(label)}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <label className="locale">
          {t('app.language')}
          <select value={locale} onChange={(e) => setLocale(e.target.value as Locale)}>
            <option value="vi" lang="vi">Tiếng Việt</option>
            <option value="en" lang="en">English</option>
          </select>
        </label>
      </header>
      <main id="main" tabIndex={-1}>
        <Routes>
          <Route path="/" element={<Navigate to="/tiep-nhan" replace />} />
          <Route path="/tiep-nhan" element={<IntakePage />} />
          <Route path="/van-ban" element={<DocumentsPage />} />
          <Route path="/van-ban/:id" element={<DocumentPage />} />
          <Route path="/tra-cuu" element={<SearchPage />} />
          <Route path="/theo-doi" element={<TrackingPage />} />
          <Route path="*" element={<p>{t('app.notFound')}</p>} />
        </Routes>
      </main>
    </BrowserRouter>
  );
}
