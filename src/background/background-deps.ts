import type { HibpSearchMode, ResultOutcome } from '../contracts/index.ts';
import type { ParsedIdentifier, RangeKey, SourceDescriptor } from '../core/index.ts';
import type { Badge } from '../platform/badge.ts';
import type { DataCollectionConsent } from '../platform/data-collection.ts';
import type { ExposureDb } from '../platform/db/exposure-db.ts';
import type { HostPermissions } from '../platform/host-permissions.ts';
import type { IncidentChoiceStore } from '../platform/incident-choice-store.ts';
import type { LaunchIntentStore } from '../platform/launch-intent-store.ts';
import type { MonitorAlarm } from '../platform/monitor-alarm.ts';
import type { MonitorStateStore } from '../platform/monitor-state-store.ts';
import type { Notifier } from '../platform/notifier.ts';
import type { PortalDismissalStore } from '../platform/portal-dismissals.ts';
import type { SettingsStore } from '../platform/settings/settings-store.ts';
import type { SerialQueue } from './monitoring/serial-queue.ts';
import type { RangeClientPort } from './range-adapter.ts';

export interface BackgroundLog {
  warn(message: string, details: Record<string, string>): void;
  error(message: string, details: Record<string, string>): void;
}

/** Opens the check UI for the portal banner. */
export interface Launcher {
  /** False when the browser refuses to open the popup from here. */
  openPopup(): Promise<boolean>;
  openOptionsCheckView(): Promise<void>;
  /** The settings page previewing a source to add (`#add-source=<url>`), for a breach's private check. */
  openOptionsAddSource(sourceUrl: string): Promise<void>;
}

/**
 * Everything a handler may touch, passed in so tests can hand over fakes. No handler reaches for a
 * global or a browser API directly.
 */
export interface BackgroundDeps {
  settings: SettingsStore;
  db: ExposureDb;
  rangeClient: RangeClientPort;
  /** The built-in sources (Pwned Passwords); injectable so tests and the demo use a local server. */
  builtInSources: readonly SourceDescriptor[];
  monitorState: MonitorStateStore;
  launchIntents: LaunchIntentStore;
  /** Which portal warnings the person dismissed, and when (written by the content script). */
  portalDismissals: PortalDismissalStore;
  incidentChoices: IncidentChoiceStore;
  hostPermissions: Pick<HostPermissions, 'has'>;
  /** The storable key for an xc-oprf-v1 source (one online evaluation); rejects with a CheckFailure. */
  oprfKey(parsed: ParsedIdentifier, source: SourceDescriptor): Promise<RangeKey>;
  /**
   * HIBP email search with the person's own key: the k-anonymity range search (6 hex of the address's
   * SHA-1), or the plaintext one only when the person chose it. Resolves with a typed outcome.
   */
  hibpSearch(email: string, apiKey: string, mode: HibpSearchMode): Promise<ResultOutcome>;
  /** Firefox 140+ data-collection consent the HIBP search waits for (always granted elsewhere). */
  dataCollection: Pick<DataCollectionConsent, 'applies' | 'has'>;
  /** GET a source.json; rejects with a readable Error on network, status or JSON problems. */
  fetchSourceJson(url: string): Promise<unknown>;
  alarm: MonitorAlarm;
  /** Orders monitoring runs and schedule fixes, which both rewrite the monitor state. */
  monitorLock: SerialQueue;
  notifier: Notifier;
  badge: Badge;
  launcher: Launcher;
  /** Localised text by _locales key (English fallback in tests). */
  t(key: string, substitutions?: string[]): string;
  now(): Date;
  newId(): string;
  log: BackgroundLog;
}
