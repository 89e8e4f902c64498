import { cleanup, configure, render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { afterEach } from 'vitest';
import { PageProviders } from '../../../../src/ui/shared/mount-page.tsx';
import { pwnedPasswordsSource } from '../../../../src/core/index.ts';
import { demoDescriptor } from '../../../support/demo-source.ts';
import {
  createInMemoryBackground,
  type InMemoryBackground,
  type InMemoryBackgroundOptions,
} from '../../../support/in-memory-background.ts';
import { localeTranslator } from './locale-i18n.ts';

afterEach(() => cleanup());
// IndexedDB work in the in-memory background can take a while on a busy two-core machine.
configure({ asyncUtilTimeout: 5000 });

export interface RenderPageOptions extends InMemoryBackgroundOptions {
  lang?: string;
  /** A background prepared by the test (e.g. with a launch intent stored); else a fresh one. */
  background?: InMemoryBackground;
}

export function testBackground(options: InMemoryBackgroundOptions = {}): InMemoryBackground {
  return createInMemoryBackground({ builtInSources: TEST_SOURCES(), ...options });
}

/** Built in for UI tests: Pwned Passwords and the synthetic demo source (PESEL and email). */
export const TEST_SOURCES = () => [pwnedPasswordsSource(), demoDescriptor()];

/** Renders a page component against the real background over in-memory dependencies. */
export function renderPage(ui: ComponentChildren, options: RenderPageOptions = {}) {
  const background = options.background ?? testBackground(options);
  const t = localeTranslator(options.lang ?? 'en');
  const view = render(<PageProviders services={{ client: background.client, t }}>{ui}</PageProviders>);
  return { ...view, background, t };
}
