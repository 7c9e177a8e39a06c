/**
 * The first script of `embed.html`, a small classic one, so it runs in any frame. It loads the
 * page's script: the module `embed.js` (with its lazy chunks) where the frame has an origin, and
 * `embed.iife.js` (the same script, all its code in one classic file) where the frame's origin
 * is opaque: a frame sandboxed without `allow-same-origin`, as WordPress sandboxes the embeds it
 * discovers from a pasted URL (`sandbox="allow-scripts"`). There a module script is a CORS
 * request, which a server that sends no `Access-Control-Allow-Origin` refuses, while a classic
 * script loads from any server.
 */
interface ScriptUrlPolicy {
  createScriptURL(url: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL: (url: string) => string }): ScriptUrlPolicy;
}

const opaque = self.origin === 'null';
const own = document.currentScript instanceof HTMLScriptElement ? document.currentScript.src : location.href;
const url = new URL(opaque ? 'embed.iife.js' : 'embed.js', own).href;
// The page requires Trusted Types for script addresses: this policy makes exactly this one.
const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
const policy = factory?.createPolicy('ipr-embed', {
  createScriptURL: (given) => {
    if (given !== url) throw new TypeError(`ip-report-widgets: embed.html loads only ${url}`);
    return given;
  },
});
const script = document.createElement('script');
if (!opaque) script.type = 'module';
(script as unknown as { src: unknown }).src = policy ? policy.createScriptURL(url) : url;
document.head.append(script);
