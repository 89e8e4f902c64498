import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { isLocalHttpHost } from '../../core/index.ts';
import { EXIT, UsageError, type CliIo } from '../cli-errors.ts';
import { parseTrustedProxies } from '../serve/client-address.ts';
import { startServer, type RunningServer } from '../serve/start-server.ts';

export const SERVE_HELP = `Usage: npm run publisher -- serve <dir> [--port N] [--host 127.0.0.1] [--log <file>]

Serves a built source over HTTP (local use, demos, tests), with the content types, CORS and
caching headers a CDN should send too. Add the printed source.json URL to Exposure Check.

  --port <n>     default 8080 (0 picks a free port)
  --host <addr>  default 127.0.0.1; clients accept plain http only on loopback addresses
  --log <file>   append an access log: method, prefix path and status only
  --key-file <f> xc-oprf-v1: the source's key file; also answers POST <evaluate path>
  --trusted-proxy <ip[,ip]>
                 behind a reverse proxy: connections from these addresses have their client
                 address read from X-Forwarded-For (for the evaluation rate limit). Off by
                 default: anyone can send that header, so it is believed only from a proxy you name.
`;

/** Starts the server; resolves once it is listening (the process then stays up until stopped). */
export async function serveCommand(
  args: string[],
  io: CliIo,
  cwd: string,
): Promise<{ code: number; server?: RunningServer }> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      log: { type: 'string' },
      'key-file': { type: 'string' },
      'trusted-proxy': { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help === true) {
    io.out(SERVE_HELP);
    return { code: EXIT.ok };
  }
  if (positionals.length !== 1) throw new UsageError('Give exactly one directory to serve: serve <dir>.');
  const port = Number(values.port ?? '8080');
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new UsageError('--port takes 0–65535.');
  const host = values.host ?? '127.0.0.1';
  const trustedProxies = parseTrustedProxies(values['trusted-proxy'] ?? []);
  if (typeof trustedProxies === 'string') {
    throw new UsageError(`--trusted-proxy takes IP addresses: ${trustedProxies}.`);
  }
  const server = await startServer(resolve(cwd, positionals[0] as string), {
    port,
    host,
    ...(values.log === undefined ? {} : { log: resolve(cwd, values.log) }),
    ...(values['key-file'] === undefined ? {} : { oprfKeyFile: resolve(cwd, values['key-file']) }),
    trustedProxies,
  });
  if (!isLocalHttpHost(host)) {
    io.err(
      'Note: clients accept plain http only from localhost and 127.0.0.1; put HTTPS (a CDN or proxy) in front.\n',
    );
  }
  if (trustedProxies.length > 0) {
    io.out(
      `Rate limits use the client address from X-Forwarded-For on connections from ${trustedProxies.join(', ')}.\n`,
    );
  }
  io.out(
    `Serving ${positionals[0]} at ${server.url}\nSource to add: ${server.sourceUrl}\nPress Ctrl+C to stop.\n`,
  );
  return { code: EXIT.ok, server };
}
