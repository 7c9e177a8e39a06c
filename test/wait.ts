import { waitUntil as waitUntilOpenWc } from '@open-wc/testing';

type Options = Parameters<typeof waitUntilOpenWc>[2];

/**
 * `waitUntil` with a 10 s default instead of one second. The tests wait for behaviour (a resize,
 * a message, a lazy chunk), not for a speed: three engines share a small, loaded machine, and
 * speed is measured by `npm run bench`. A call that gives its own timeout keeps it.
 */
export function waitUntil(
  predicate: Parameters<typeof waitUntilOpenWc>[0],
  message?: string,
  options: Options = {},
): Promise<void> {
  return waitUntilOpenWc(predicate, message, { timeout: 10_000, ...options });
}
