import { IprStatCard } from '../components/stat-card/stat-card.js';
import { defineElement } from '../internal/define.js';

defineElement('ipr-stat-card', IprStatCard);

export { IprStatCard };
