// Kept for the scripts that drive Chromium alone; the finder for every engine is find-browsers.mjs.
export { chromeArgs, findChrome } from './find-browsers.mjs';
import { findChrome } from './find-browsers.mjs';

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(findChrome());
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
