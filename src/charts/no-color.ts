/**
 * Stands in for `@kurkle/color` in our builds (see rollup.config.mjs). Chart.js uses that library
 * only to tween one colour into another during an animation and to derive hover colours. Our
 * charts take no pointer events (no hover) and need no colour tween: a colour that says it is
 * not `valid` makes Chart.js set the new colour at once
 * (https://github.com/chartjs/Chart.js/blob/v4.6.1/src/core/core.animation.js, `interpolators.color`).
 * About 3 kB gzip less in the chart chunk and the classic-script build.
 */
export class Color {
  constructor(private readonly value: unknown) {}

  get valid(): boolean {
    return false;
  }

  saturate(): this {
    return this;
  }

  darken(): this {
    return this;
  }

  mix(): this {
    return this;
  }

  hexString(): unknown {
    return this.value;
  }

  rgbString(): unknown {
    return this.value;
  }
}
