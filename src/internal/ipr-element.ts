import {
  LitElement,
  html,
  nothing,
  type CSSResultOrNative,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { property, state } from 'lit/decorators.js';
import { messageLang, resolveLocale, type MessageLang } from '../i18n/locale.js';
import en from '../i18n/en.js';
import type { Extras } from '../i18n/extras.js';
import { loadMessages, messages, type ErrorCode, type Messages } from '../i18n/messages.js';
import { followBackdrop, recheckBackdrop, setFollowing } from '../theme/backdrop.js';
import { unwatchEnvironment, watchEnvironment, type EnvironmentListener } from './environment.js';
import { quote } from './quote.js';
import { lazy } from './lazy.js';
import { warnOnce } from './warn.js';

/** Detail of the `ipr-error` event. */
export interface IprErrorDetail {
  /** A short, stable code such as `unknown-metric`. */
  readonly code: ErrorCode;
  /** What went wrong, in English. */
  readonly message: string;
}

/** A problem found in a widget's input: fatal ones replace the widget with its error state. */
export interface Problem {
  readonly code: ErrorCode;
  readonly detail: string;
  readonly fatal: boolean;
}

export type Theme = 'auto' | 'light' | 'dark';

let extrasTable: (typeof import('../i18n/extras.js'))['default'] | undefined;
/** Set when the extras chunk failed to load twice: problems are then told by their code alone. */
let extrasFailed = false;
const extrasChunk = lazy(() => import('../i18n/extras.js'));
const loadExtras = () =>
  extrasChunk().then(
    (module) => (extrasTable = module.default),
    () => (extrasFailed = true),
  );
const THEMES: readonly string[] = ['auto', 'light', 'dark'];

/** The widgets' style sheets made again in another window, which cannot use this window's. */
const sheetsOfWindow = new WeakMap<Window, Map<CSSResultOrNative, CSSStyleSheet>>();

function sheetIn(win: Window & typeof globalThis, style: CSSResultOrNative): CSSStyleSheet | undefined {
  const own = style instanceof CSSStyleSheet ? style : style.styleSheet;
  if (win === (globalThis as unknown)) return own;
  let sheets = sheetsOfWindow.get(win);
  if (!sheets) sheetsOfWindow.set(win, (sheets = new Map()));
  let sheet = sheets.get(style);
  if (!sheet) {
    const text =
      style instanceof CSSStyleSheet ? [...style.cssRules].map((r) => r.cssText).join('\n') : style.cssText;
    sheet = new win.CSSStyleSheet();
    sheet.replaceSync(text);
    sheets.set(style, sheet);
  }
  return sheet;
}

export { quote };

/**
 * What every widget shares: locale from `lang` (own or inherited), the `theme` attribute, the
 * error state, and the promise never to throw into the host page.
 *
 * @attr {string} lang - Any BCP 47 tag: `en` and `zh` have their own words, other locales get English words and their own number format. Without it, the nearest ancestor's `lang`, else `en`.
 *
 * @event {CustomEvent<IprErrorDetail>} ipr-error - Input was bad; `detail` is `{code, message}`.
 */
export abstract class IprElement extends LitElement implements EnvironmentListener {
  /**
   * Colour scheme: `auto` follows the `color-scheme` the page declares (and with `light dark`,
   * the reader's preference); on a page that declares none, dark when the background behind the
   * widget is dark, else light.
   */
  @property({ reflect: true }) theme: Theme = 'auto';

  /** The BCP 47 locale in force: own or inherited `lang`, else `en`. */
  @state() protected locale = 'en';

  /** Problems found in the current input; fatal ones show the error state. */
  @state() protected problems: readonly Problem[] = [];

  private reported = new Set<string>();
  private backdrop = followBackdrop(this, () => this.resolvedTheme === 'auto');
  private textLoad: Promise<unknown> | undefined;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.environmentChanged();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchEnvironment(this);
    setFollowing(this.backdrop, true);
    this.environmentChanged();
  }

  /**
   * Moved into another document (`adoptNode`, or `append` into an iframe's document): a shadow
   * root there ignores style sheets made in this window, so they are made again in that
   * document's window (and this window's put back on the way home). The language is re-read on
   * connect.
   */
  adoptedCallback(): void {
    const root = this.renderRoot as ShadowRoot;
    const win = this.ownerDocument.defaultView as (Window & typeof globalThis) | null;
    if (!win || !('adoptedStyleSheets' in root)) return;
    try {
      const styles = (this.constructor as typeof LitElement).elementStyles;
      root.adoptedStyleSheets = styles.map((s) => sheetIn(win, s)).filter((s) => s !== undefined);
    } catch (error) {
      warnOnce('styles-not-moved', `the widget's styles could not be used in its new document: ${error}`);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchEnvironment(this);
    setFollowing(this.backdrop, false);
  }

  /** Resolves once the widget has rendered in its language (which may load first). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.textLoad) {
      const load = this.textLoad;
      await load;
      if (this.textLoad === load) this.textLoad = undefined;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /**
   * Re-reads the inherited language; called by the page observer.
   * @internal
   */
  environmentChanged(): void {
    if (!this.isConnected) return;
    const locale = resolveLocale(this);
    if (locale !== this.locale) {
      this.locale = locale;
      const lang = messageLang(locale);
      if (!messages(lang)) {
        this.textLoad = loadMessages(lang).then(() => this.requestUpdate());
      }
    }
  }

  /** `theme`, checked: anything but auto, light or dark counts as auto. */
  protected get resolvedTheme(): Theme {
    const theme = String(this.theme ?? 'auto').toLowerCase();
    return THEMES.includes(theme) ? (theme as Theme) : 'auto';
  }

  protected get lang2(): MessageLang {
    return messageLang(this.locale);
  }

  /** The messages of the widget's language; English while another is still loading. */
  protected get t(): Messages {
    return messages(this.lang2) ?? en;
  }

  /** Error texts and figure notes in the widget's language, once loaded (see `needExtras`). */
  protected get extras(): Extras | undefined {
    return extrasTable?.[this.lang2];
  }

  /** Loads the extras chunk and renders again; `updateComplete` waits for it. */
  protected needExtras(): void {
    // Failed twice: asking again would render, validate and ask again without end.
    if (extrasFailed) return;
    this.textLoad = loadExtras().then(() => this.requestUpdate());
  }

  /** False while the widget's language is still loading: it renders nothing until then. */
  protected get textReady(): boolean {
    return messages(this.lang2) !== undefined;
  }

  /** Checks the input and builds what render shows; returns the problems found. */
  protected abstract validate(changed: PropertyValues<this>): Problem[];

  /** The widget itself, once its input passed validation. */
  protected abstract renderContent(): TemplateResult | typeof nothing;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.textReady) return;
    let problems: Problem[];
    try {
      problems = this.validate(changed);
    } catch (error) {
      problems = [{ code: 'chart-failed', detail: String(error), fatal: true }];
    }
    if (
      changed.has('theme') &&
      this.theme !== undefined &&
      this.resolvedTheme !== String(this.theme).toLowerCase()
    ) {
      problems.push({ code: 'invalid-theme', detail: quote(this.theme), fatal: false });
    }
    this.problems = problems;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('theme')) recheckBackdrop();
    if (this.problems.length && !extrasTable && !extrasFailed) {
      this.needExtras();
      return;
    }
    const current = new Set<string>();
    for (const problem of this.problems) {
      const key = `${problem.code}\u0000${problem.detail}`;
      current.add(key);
      if (this.reported.has(key)) continue;
      const message =
        extrasTable?.en.errors[problem.code](problem.detail) ?? `${problem.code} ${problem.detail}`;
      warnOnce(problem.code, `<${this.localName}> ${message}`);
      this.dispatchEvent(
        new CustomEvent<IprErrorDetail>('ipr-error', {
          detail: { code: problem.code, message },
          bubbles: true,
          composed: true,
        }),
      );
    }
    this.reported = current;
  }

  protected override render(): TemplateResult | typeof nothing {
    if (!this.textReady) return nothing;
    const fatal = this.problems.find((p) => p.fatal);
    if (fatal) return this.renderError(fatal);
    try {
      return this.renderContent();
    } catch (error) {
      return this.renderError({ code: 'chart-failed', detail: String(error), fatal: true });
    }
  }

  protected renderError(problem: Problem): TemplateResult {
    return html`<div class="error" part="error" data-code=${problem.code}>
      <strong>${this.t.errorTitle}</strong>
      <span
        >${this.extras?.errors[problem.code](problem.detail) ?? (extrasFailed ? `${problem.code} ${problem.detail}` : '')}</span
      >
    </div>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ipr-error': CustomEvent<IprErrorDetail>;
  }
}
