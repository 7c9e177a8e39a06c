// The chart entry is imported here, not left to the autoloader: it cannot see the charts inside
// the report's shadow root.
import './chart.js';
import { IprReport } from '../components/report/report.js';
import { IprStatCard } from '../components/stat-card/stat-card.js';
import { defineElement } from '../internal/define.js';

defineElement('ipr-stat-card', IprStatCard);
defineElement('ipr-report', IprReport);

export { IprReport };
export { REPORT_SECTIONS, type ReportSection } from '../components/report/sections.js';
