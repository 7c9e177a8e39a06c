/** Why a link was refused: not an absolute http(s) address, or one with a user name or password. */
export type UrlProblem = 'invalid-url' | 'url-credentials';

/**
 * `value` as an absolute http(s) address, or why it is refused: no `javascript:`, `data:` or
 * relative links, and none with a user name or password before an `@`
 * (`https://www.court.gov.cn@evil.example/` names one host and goes to another).
 */
export function checkHttpUrl(value: string): { href: string } | { problem: UrlProblem } {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { problem: 'invalid-url' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { problem: 'invalid-url' };
  // An empty user part (`https://@host/`) is dropped by the parser: that link goes where it says.
  return url.username || url.password ? { problem: 'url-credentials' } : { href: url.href };
}
