import { IprStatCard } from '../components/stat-card/stat-card.js';

export { IprStatCard };
