import { warnOnce } from './warn.js';

/**
 * Lit creates its Trusted Types policy, `lit-html`, while its module is evaluated. Where a page's
 * CSP does not allow that name (no `trusted-types lit-html`, or a second `lit-html` policy without
 * `'allow-duplicates'`), that evaluation throws, the library's script stops before any element is
 * defined, and each tag keeps the fallback markup inside it. No code of the same script can catch
 * that throw, so this module, evaluated before Lit (the entry imports it first), listens for the
 * script's own error event: it is cancelled, so the browser does not print it as uncaught, and one
 * warning names the CSP change instead. Error listeners a page registered before the library still
 * receive the event. The listener is removed in the next task, when the script has either run or
 * stopped. A tag with no fallback of its own would be an empty box: it gets one line saying the
 * figure was blocked, in English or Chinese after its `lang`.
 */
function explainEmpty(): void {
  for (const tag of document.querySelectorAll(':is(ipr-stat-card,ipr-chart,ipr-report):not(:defined)')) {
    if (!tag.textContent?.trim())
      tag.textContent = /^zh\b/i.test(tag.closest('[lang]')?.getAttribute('lang') ?? '')
        ? '图表被本页的安全策略拦截。'
        : "Figure blocked by this page's security policy.";
  }
}

function onError(event: ErrorEvent): void {
  const error: unknown = event.error;
  const text = `${event.message} ${error instanceof Error ? error.message : ''}`;
  if (!(error instanceof TypeError) || !text.includes('lit-html')) return;
  event.preventDefault();
  // A copy of the library that ran before this one has the elements defined already.
  const shown = !!customElements.get('ipr-stat-card');
  if (!shown && document.readyState === 'loading') addEventListener('DOMContentLoaded', explainEmpty);
  else if (!shown) explainEmpty();
  warnOnce(
    'trusted-types-refused',
    `the page's CSP refused Lit's Trusted Types policy (${shown ? 'another copy shows the widgets' : 'widgets keep their fallback'}): allow trusted-types lit-html 'allow-duplicates'`,
  );
}

if (typeof addEventListener === 'function' && 'trustedTypes' in globalThis) {
  addEventListener('error', onError);
  setTimeout(() => removeEventListener('error', onError));
}
