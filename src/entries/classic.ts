/**
 * The classic-script build (`ip-report-widgets.iife.js`): the entry's elements in one file, which
 * holds every chunk, so nothing needs fetching beside anything else.
 */
// First, before Lit is evaluated: a page whose CSP refuses Lit's policy gets a warning, not an error.
import '../internal/policy-guard.js';
import { IprStatCard } from '../components/stat-card/stat-card.js';
import { autoloadElements } from '../internal/autoload-elements.js';

autoloadElements();

export { IprStatCard };
