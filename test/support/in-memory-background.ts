import { runMonitor } from '../../src/background/monitoring/run-monitor.ts';
import { createRangeAdapter } from '../../src/background/range-adapter.ts';
import { startBackground } from '../../src/background/start-background.ts';
import type { BackgroundDeps } from '../../src/background/background-deps.ts';
import type { HibpSearchMode, ResultOutcome } from '../../src/contracts/index.ts';
import { pwnedPasswordsSource, type SourceDescriptor } from '../../src/core/index.ts';
import { createExposureDb } from '../../src/platform/db/exposure-db.ts';
import { openExposureDb } from '../../src/platform/db/open-database.ts';
import { createIncidentChoiceStore } from '../../src/platform/incident-choice-store.ts';
import {
  createPrivateSettingsArea,
  INCIDENT_CHOICES_RECORD,
} from '../../src/platform/settings/private-settings-area.ts';
import { privateStorageArea } from '../../src/platform/settings/private-storage-area.ts';
import { createSettingsStore } from '../../src/platform/settings/settings-store.ts';
import {
  createBackgroundClient,
  type BackgroundClient,
} from '../../src/platform/messaging/background-client.ts';
import { createFakeBrowser, POPUP_SENDER, type FakeBrowserOptions } from './fake-browser.ts';
import { createScriptedRangeClient } from './scripted-range-client.ts';

export interface InMemoryBackgroundOptions extends FakeBrowserOptions {
  /** Start time of the fake clock (default 2026-01-15T09:00:00Z). */
  now?: Date;
  /** Built-in sources (default: Pwned Passwords). */
  builtInSources?: SourceDescriptor[];
  /** source.json documents by URL, answered by the fake fetch of `ui/sources.preview` / `add`. */
  sourceFiles?: Record<string, unknown>;
  /**
   * Use the real range client (over real `fetch`, e.g. against a local HTTP server) instead of the
   * scripted one; its cache follows the fake clock.
   */
  realRangeClient?: boolean;
  /** Log refusals and failures to the console like the real worker (default: silent). */
  logToConsole?: boolean;
  /** Replace any dependency. */
  overrides?: Partial<BackgroundDeps>;
}

let instance = 0;

/**
 * The real background (router, preflight, validation, handlers) over in-memory dependencies: a fake
 * browser, fake-indexeddb, a scripted range client and a controllable clock. UI tests talk to `client`
 * exactly as the popup would talk to the service worker.
 */
export function createInMemoryBackground(options: InMemoryBackgroundOptions = {}) {
  const browser = createFakeBrowser(options);
  const range = createScriptedRangeClient();
  const clock = { current: new Date(options.now ?? '2026-01-15T09:00:00Z') };
  const sourceFiles = new Map(Object.entries(options.sourceFiles ?? {}));
  const dbName = `exposure-check-memory-${++instance}-${Date.now()}`;
  let ids = 0;
  // The HIBP email search, scripted: tests set `hibp.outcome`; `hibp.searches` counts calls.
  const hibp: { outcome: ResultOutcome; searches: number; modes: HibpSearchMode[] } = {
    outcome: { status: 'not-found' },
    searches: 0,
    modes: [],
  };
  const { deps } = startBackground(browser.api, {
    settings: createSettingsStore(browser.api.storage.local, createPrivateSettingsArea(`${dbName}-private`)),
    incidentChoices: createIncidentChoiceStore(
      privateStorageArea(createPrivateSettingsArea(`${dbName}-private`, INCIDENT_CHOICES_RECORD)),
    ),
    db: createExposureDb(() => openExposureDb(dbName)),
    rangeClient:
      options.realRangeClient === true
        ? createRangeAdapter({ timeoutMs: 5000, now: () => clock.current.getTime() })
        : range.client,
    builtInSources: options.builtInSources ?? [pwnedPasswordsSource()],
    fetchSourceJson: async (url) => {
      if (!sourceFiles.has(url)) throw new Error('The source answered with HTTP 404.');
      return structuredClone(sourceFiles.get(url));
    },
    hibpSearch: async (_email, _key, mode) => {
      hibp.searches++;
      hibp.modes.push(mode);
      return structuredClone(hibp.outcome);
    },
    now: () => new Date(clock.current),
    newId: () => `id-${String(++ids).padStart(4, '0')}`,
    ...(options.logToConsole === true ? {} : { log: { warn: () => undefined, error: () => undefined } }),
    ...options.overrides,
  });
  const client: BackgroundClient = createBackgroundClient((envelope) =>
    browser.sendFrom(POPUP_SENDER, envelope),
  );
  return {
    client,
    range,
    hibp,
    browser,
    deps,
    sourceFiles,
    /** One monitoring run, as the alarm would start it; resolves when it is done. */
    runMonitor: () => runMonitor(deps),
    clock: {
      hibpSearch: async () => {
        hibp.searches++;
        return structuredClone(hibp.outcome);
      },
      now: () => new Date(clock.current),
      set: (when: Date | string) => void (clock.current = new Date(when)),
      advance: (ms: number) => void (clock.current = new Date(clock.current.getTime() + ms)),
    },
  };
}

export type InMemoryBackground = ReturnType<typeof createInMemoryBackground>;
