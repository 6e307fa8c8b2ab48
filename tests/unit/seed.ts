import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The bundled seed sheet's text. */
export const seedText = readFileSync(fileURLToPath(new URL('../../seeds/000_07fcc2ea9ae77a26.txt', import.meta.url)), 'utf8');
