import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & Element;

/** What a host hears about its distance from the viewport. */
export interface ViewportCallbacks {
  /** The host came within 200 px of the viewport, for the first time. */
  near(): void;
  /**
   * Once tracking: `true` when the host goes more than two viewport heights away, `false` when it
   * comes back within that (and once, at the start of tracking, with where it is then).
   */
  far(far: boolean): void;
}

const controllers = new WeakMap<Element, ViewportController>();
let nearby: IntersectionObserver | undefined;
let faraway: IntersectionObserver | undefined;

/** One observer per distance for the whole page, however many hosts it watches. */
function observer(far: boolean): IntersectionObserver {
  if (far) {
    return (faraway ??= new IntersectionObserver(
      (entries) => {
        for (const entry of entries) controllers.get(entry.target)?.heard(!entry.isIntersecting);
      },
      { rootMargin: '200% 0px' },
    ));
  }
  return (nearby ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) if (entry.isIntersecting) controllers.get(entry.target)?.arrived();
    },
    { rootMargin: '200px' },
  ));
}

/**
 * Tells its element when it first comes near the viewport, so that costly work (fetching
 * Chart.js, drawing) waits until a reader may see it; then, once the element calls `track()`,
 * whether it is far from the viewport, so that a page of many charts keeps only those near it
 * drawn. Observers are shared by every host; a disconnected host is not observed. Where there is
 * no IntersectionObserver, the host is near at once and never far.
 */
export class ViewportController implements ReactiveController {
  private tracking = false;
  private arrivedOnce = false;

  constructor(
    private readonly host: Host,
    private readonly callbacks: ViewportCallbacks,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof IntersectionObserver === 'undefined') {
      if (!this.arrivedOnce) this.arrived();
      return;
    }
    controllers.set(this.host, this);
    if (this.tracking) observer(true).observe(this.host);
    else if (!this.arrivedOnce) observer(false).observe(this.host);
  }

  hostDisconnected(): void {
    nearby?.unobserve(this.host);
    faraway?.unobserve(this.host);
    controllers.delete(this.host);
  }

  /** From now on, report whether the host is far from the viewport (the first report comes at once). */
  track(): void {
    if (this.tracking) return;
    this.tracking = true;
    nearby?.unobserve(this.host);
    if (this.host.isConnected && typeof IntersectionObserver !== 'undefined') {
      controllers.set(this.host, this);
      observer(true).observe(this.host);
    }
  }

  /** @internal The near observer saw the host within its margin. */
  arrived(): void {
    nearby?.unobserve(this.host);
    if (this.arrivedOnce) return;
    this.arrivedOnce = true;
    this.callbacks.near();
  }

  /** @internal The far observer (which watches only tracking hosts) saw the host leave or re-enter its margin. */
  heard(far: boolean): void {
    this.callbacks.far(far);
  }
}
