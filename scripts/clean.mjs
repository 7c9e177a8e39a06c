// Rollup leaves old hashed chunks behind; every build starts from an empty dist/.
import { rmSync } from 'node:fs';

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
