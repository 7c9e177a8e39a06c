/**
 * `theme="auto"` on a page that declares no `color-scheme`: many dark themes (WordPress's
 * Twenty Twenty-Three "Pitch", Twenty Twenty-One's dark mode) only paint a dark background. A
 * widget there reads the colour behind it and, when that is dark, takes the `dark` custom state,
 * which the tokens turn into `color-scheme: dark`. Pages that declare a scheme are left to it.
 */

/** A widget that can follow its backdrop: `auto` says whether its theme is auto. */
export interface BackdropFollower {
  readonly element: HTMLElement;
  readonly auto: () => boolean;
  readonly states?: CustomStateSet;
}

const followers = new Set<BackdropFollower>();
let observer: MutationObserver | undefined;
let scheduled = false;

/** The parent in the flat tree: a shadow root's host stands in for the root. */
const parentOf = (node: Element): Element | undefined =>
  node.parentElement ?? (node.getRootNode() as Partial<ShadowRoot>).host;

/** The first background behind `from` that is at least half opaque is dark (white if none). */
function darkBehind(from: Element): boolean {
  for (let node = parentOf(from); node; node = parentOf(node)) {
    const [r, g, b, a = 1] = (getComputedStyle(node).backgroundColor.match(/[\d.]+/g) ?? []).map(Number);
    // Luminance in sRGB terms: below about 46% dark text would contrast less than light text.
    if (a >= 0.5) return 0.2126 * r! + 0.7152 * g! + 0.0722 * b! < 118;
  }
  return false;
}

function checkAll(): void {
  scheduled = false;
  if (document.body) observer?.observe(document.body, { attributes: true });
  for (const { element, auto, states } of followers) {
    const parent = parentOf(element);
    const dark =
      auto() && !!parent && getComputedStyle(parent).colorScheme === 'normal' && darkBehind(element);
    try {
      if (dark) states?.add('dark');
      else states?.delete('dark');
    } catch {
      // Chromium before 125 took only dashed state names; such a browser keeps the light theme.
    }
  }
}

/** Checks again before the next paint: one pass serves every widget that changed meanwhile. */
export function recheckBackdrop(): void {
  if (scheduled) return;
  scheduled = true;
  requestAnimationFrame(checkAll);
}

/** Starts following; the widget's custom states come from its own internals. */
export function followBackdrop(element: HTMLElement, auto: () => boolean): BackdropFollower {
  let states: CustomStateSet | undefined;
  try {
    states = element.attachInternals().states;
  } catch {
    // No ElementInternals: the widget keeps the page's scheme.
  }
  const follower = { element, auto, states };
  if (!observer) {
    // Theme toggles set a class, an attribute or a style on <html> or <body>; a background that
    // fades to its new colour has it only once the transition ends.
    observer = new MutationObserver(recheckBackdrop);
    observer.observe(document.documentElement, { attributes: true });
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', recheckBackdrop);
    document.addEventListener('transitionend', (e) => {
      if (e.target === document.body || e.target === document.documentElement) recheckBackdrop();
    });
  }
  return follower;
}

/** Follows again after a reconnect, or stops following. */
export function setFollowing(follower: BackdropFollower, on: boolean): void {
  if (on) followers.add(follower);
  else followers.delete(follower);
  recheckBackdrop();
}
