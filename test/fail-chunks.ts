/**
 * Blocks lazy chunks for one test file: the test runner's failChunks middleware answers the next
 * `times` requests of `/dist/chunks/<name>-*.js` with an uncached 503. Cookies are per browser
 * context, so files running side by side are not affected; `unblock()` clears it for the next file.
 */
export function blockChunks(rules: Record<string, number>): {
  count(): Promise<number>;
  unblock(): void;
} {
  const token = `t${Math.random().toString(36).slice(2)}`;
  document.cookie = `ipr-fail=${Object.entries(rules)
    .map(([name, times]) => `${name}.${times}.${token}`)
    .join('~')}; path=/`;
  return {
    /** How many requests of the blocked chunks came (all rules share the token). */
    count: async () => Number(await (await fetch(`/__fail-count?token=${token}`)).text()),
    unblock: () => (document.cookie = 'ipr-fail=; path=/; max-age=0'),
  };
}
