import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from './App';
import { localeFor } from '../i18n';

Office.onReady(() => {
  const locale = localeFor(Office.context?.displayLanguage);
  const view = new URLSearchParams(window.location.search).get('view') === 'explanation' ? 'explanation' : 'findings';
  document.documentElement.lang = locale;
  createRoot(document.getElementById('root')!).render(
    <FluentProvider theme={webLightTheme}>
      <App locale={locale} initialView={view} />
    </FluentProvider>,
  );
});
