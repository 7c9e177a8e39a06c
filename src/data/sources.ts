import { byId } from './by-id.js';
import type { Source, SourceId } from './types.js';

const list: readonly Source[] = [
  {
    id: 'lextalk-2025',
    date: '2025',
    url: 'https://www.lextalk.world/post/china-s-2025-work-report-strengthening-intellectual-property-protection',
  },
  {
    id: 'spp-2025',
    date: '2025-03-08',
    via: 'lextalk-2025',
  },
  {
    id: 'spc-2025',
    date: '2025-03-08',
    via: 'lextalk-2025',
  },
  {
    id: 'chinadaily-2024',
    date: '2024-03-08',
  },
  {
    id: 'mondaq-2024-06-21',
    date: '2024-06-21',
    url: 'https://www.mondaq.com/china/trademark/1481676/china-awarded-punitive-damages-totaling-116-billion-yuan-in-2023',
  },
  {
    id: 'xinhua-2025-04-21',
    date: '2025-04-21',
    url: 'http://en.people.cn/n3/2025/0422/c90000-20305353.html',
  },
  {
    id: 'xinhua-2025-04-23',
    date: '2025-04-23',
    url: 'http://en.people.cn/n3/2025/0423/c90000-20306048.html',
  },
];

/** Every publication the bundled figures come from, by id. */
export const SOURCES: Readonly<Record<SourceId, Source>> = byId(list);

/** The address a reader can follow for a source: its own, or that of the text it was read in. */
export function sourceLink(id: SourceId): string | undefined {
  const source = SOURCES[id];
  return source.url ?? (source.via ? SOURCES[source.via].url : undefined);
}
