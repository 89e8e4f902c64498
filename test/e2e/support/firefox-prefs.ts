/**
 * Preferences for the test profile, on top of puppeteer-core's own (which already turn off updates,
 * telemetry, safe browsing and first-run pages).
 */
export function firefoxPrefs(options: {
  addonId: string;
  uuid: string;
  proxyPort: number;
}): Record<string, string | number | boolean> {
  return {
    // A fixed moz-extension:// UUID, so the harness knows the extension's origin before it starts.
    'extensions.webextensions.uuids': JSON.stringify({ [options.addonId]: options.uuid }),
    // ESR honours this (release builds do not): a permanent install of the unsigned test build.
    'xpinstall.signatures.required': false,
    // Every request goes through the host-map proxy, which answers mapped hosts and refuses the rest.
    // Firefox never proxies localhost and 127.0.0.1, so local range servers are reached directly.
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': options.proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': options.proxyPort,
    'network.proxy.share_proxy_settings': false,
    'network.proxy.no_proxies_on': '',
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    // Remote Settings would retry a refused host for the whole run; nothing here needs it.
    'services.settings.server': 'data:,#remote-settings-disabled-in-e2e',
    // A test machine has no desktop notification service: through it, headless Firefox closes every
    // notification at once (onClosed fires, getAll() is empty). Firefox's own alert window shows it.
    'alerts.useSystemBackend': false,
    // puppeteer turns crash recovery off; a person's Firefox has it on, and then writes the open tabs'
    // state, form data included, to sessionstore-backups/recovery.jsonlz4 every 15 s. The privacy sweep
    // must see that file, so it is back on, written every second so that short tests produce it.
    'browser.sessionstore.resume_from_crash': true,
    'browser.sessionstore.interval': 1000,
  };
}
