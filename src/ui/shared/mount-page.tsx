import { render, type ComponentChildren } from 'preact';
import { loadTranslator, type Translator } from '../../platform/i18n.ts';
import { createBackgroundClient, type BackgroundClient } from '../../platform/messaging/background-client.ts';
import { ClientContext } from './client-context.tsx';
import { TranslatorContext } from './i18n-context.tsx';

export interface PageServices {
  client: BackgroundClient;
  t: Translator;
}

/** Provides the translator and the background client to a page's components. */
export function PageProviders({
  services,
  children,
}: {
  services: PageServices;
  children: ComponentChildren;
}) {
  return (
    <TranslatorContext.Provider value={services.t}>
      <ClientContext.Provider value={services.client}>{children}</ClientContext.Provider>
    </TranslatorContext.Provider>
  );
}

/** Loads the translator, labels the document in its language and renders `app` into #app. */
export async function mountPage(app: (services: PageServices) => ComponentChildren): Promise<void> {
  const root = document.getElementById('app');
  if (root === null) return;
  const t = await loadTranslator();
  document.documentElement.lang = t.language;
  document.title = t('common_app_name');
  const services = { client: createBackgroundClient(), t };
  render(<PageProviders services={services}>{app(services)}</PageProviders>, root);
}
