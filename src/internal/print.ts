import type { ReactiveController, ReactiveControllerHost } from 'lit';

const hosts = new Set<ReactiveControllerHost>();
let printing = false;
let watching = false;

function printingNow(value: boolean): void {
  if (value === printing) return;
  printing = value;
  for (const host of hosts) host.requestUpdate();
}

/**
 * Tells its element when the page is printed, so that what paper needs (a chart's table) is
 * rendered only then. `beforeprint` comes before the print layout and Lit updates in a microtask,
 * so the update is in place when the page is laid out for paper; the media query also catches
 * print emulation, which fires no `beforeprint`.
 */
export class PrintController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** True while the page is being printed. */
  get printing(): boolean {
    return printing;
  }

  hostConnected(): void {
    hosts.add(this.host);
    if (watching || typeof window === 'undefined') return;
    watching = true;
    addEventListener('beforeprint', () => printingNow(true));
    addEventListener('afterprint', () => printingNow(false));
    const query = matchMedia('print');
    query.addEventListener('change', () => printingNow(query.matches));
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
  }
}
