/**
 * Hosts where plain http is acceptable, because the traffic never leaves the machine, and the only ones a
 * source may use over it: exactly the `http://` entries of the manifest's
 * optional_host_permissions (a test keeps the two equal). Other loopback forms (127.0.0.2, [::1]) would
 * pass a loopback test but could never be granted, so they are refused when the source is added, not
 * when every check fails. Any port is accepted: browsers grant a host for all its ports (Firefox's match
 * patterns cannot name one), so the port is shown to the person with the host instead.
 */
export const LOCAL_HTTP_HOSTS = ['localhost', '127.0.0.1'] as const;

export function isLocalHttpHost(hostname: string): boolean {
  return (LOCAL_HTTP_HOSTS as readonly string[]).includes(hostname);
}

/** True for https, and for http on one of LOCAL_HTTP_HOSTS. */
export function isAllowedSourceProtocol(url: URL): boolean {
  return url.protocol === 'https:' || (url.protocol === 'http:' && isLocalHttpHost(url.hostname));
}

/** What the rule above says, for messages. */
export const LOCAL_HTTP_RULE = 'plain http is allowed only for localhost and 127.0.0.1';
