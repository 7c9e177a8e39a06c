// Shared by every copy of the library on the page, so a problem is told once however many load.
const said = ((globalThis as { [key: symbol]: Set<string> })[Symbol.for('ip-report-widgets.warned')] ??=
  new Set<string>());

/** Prefix of every console line the library writes. */
export const LOG_PREFIX = '[ip-report-widgets]';

/** Writes one console warning per distinct code and detail, however often the problem recurs. */
export function warnOnce(code: string, message: string): void {
  const key = `${code}\u0000${message}`;
  if (said.has(key)) return;
  said.add(key);
  console.warn(`${LOG_PREFIX} ${code}: ${message}`);
}
