/** How many distinct messages of one code are written on a page before the rest are only counted. */
const WARNINGS_PER_CODE = 10;

// Shared by every copy of the library on the page, so a problem is told once however many load:
// the messages told, and how many of each code. Bounded: at most WARNINGS_PER_CODE messages of a
// code are kept, however many distinct bad values a page has.
const shared = globalThis as { [key: symbol]: unknown };
const said = (shared[Symbol.for('ip-report-widgets.warned')] ??= new Set<string>()) as Set<string>;
const perCode = (shared[Symbol.for('ip-report-widgets.warned-per-code')] ??= new Map<
  string,
  number
>()) as Map<string, number>;

/** Prefix of every console line the library writes. */
export const LOG_PREFIX = '[ip-report-widgets]';

/**
 * Writes one console warning per distinct code and detail, however often the problem recurs; past
 * WARNINGS_PER_CODE messages of one code, one last line says the rest are not written.
 */
export function warnOnce(code: string, message: string): void {
  const key = `${code}\u0000${message.slice(0, 500)}`;
  if (said.has(key)) return;
  const count = perCode.get(code) ?? 0;
  if (count > WARNINGS_PER_CODE) return;
  perCode.set(code, count + 1);
  if (count === WARNINGS_PER_CODE) {
    console.warn(
      `${LOG_PREFIX} ${code}: more of these on this page are not written here (each widget shows its own).`,
    );
    return;
  }
  said.add(key);
  console.warn(`${LOG_PREFIX} ${code}: ${message}`);
}
