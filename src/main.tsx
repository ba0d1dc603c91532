import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { applyTheme } from './app/lib/theme';
import { auditSearch } from './app/lib/url-state';
import { Providers } from './app/providers';
import './index.css';

applyTheme();

// Clean the link before anything reads it: unknown keys and invalid values are dropped, and the app says so.
const audit = auditSearch(window.location.search);
if (audit.notices.length) window.history.replaceState(window.history.state, '', `${window.location.pathname}${audit.search}${window.location.hash}`);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Providers>
      <App startupNotices={audit.notices} />
    </Providers>
  </StrictMode>,
);
