// The chart entry is imported here, not left to the autoloader: it cannot see the charts inside
// the report's shadow root.
import './chart.js';
import { IprReport } from '../components/report/report.js';
// The report renders stat cards: their module defines the tag.
import '../components/stat-card/stat-card.js';

export { IprReport };
export { REPORT_SECTIONS, type ReportSection } from '../models/report.js';
