import { appendFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createEvaluateHandler } from './evaluate-endpoint.ts';
import { loadOprfEvaluator } from './load-evaluator.ts';
import type { RateLimitOptions } from './rate-limiter.ts';

export interface EvaluateRoute {
  matches(req: IncomingMessage): boolean;
  handle(req: IncomingMessage, res: ServerResponse): void;
}

/**
 * The evaluation endpoint as a route for `publisher serve`: the key must be the one `root` was built
 * with and live outside it. Log lines go to the same access log and hold no element, only method,
 * status and kind.
 */
export async function oprfEvaluateRoute(
  root: string,
  options: {
    oprfKeyFile?: string;
    oprfRateLimit?: Partial<RateLimitOptions>;
    /** Rate-limit key per request (the client address; see src/publisher/serve/client-address.ts). */
    clientKey?: (req: IncomingMessage) => string;
    log?: string | ((line: string) => void);
  },
): Promise<EvaluateRoute> {
  const { evaluator, evaluatePath } = await loadOprfEvaluator(root, options.oprfKeyFile ?? '');
  const target = options.log;
  const write =
    target === undefined
      ? () => undefined
      : typeof target === 'string'
        ? (line: string) => appendFileSync(target, line, 'utf8')
        : target;
  const handle = createEvaluateHandler({
    evaluator,
    ...(options.oprfRateLimit === undefined ? {} : { rateLimit: options.oprfRateLimit }),
    ...(options.clientKey === undefined ? {} : { clientKey: options.clientKey }),
    log: (line) => write(`${line}\n`),
  });
  return {
    matches: (req) => {
      try {
        return new URL(req.url ?? '/', 'http://localhost').pathname === evaluatePath;
      } catch {
        return false;
      }
    },
    handle,
  };
}
