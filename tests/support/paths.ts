/** Where the tests find the project and keep their scratch files (tests/.tmp/ is git-ignored). */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url)).replace(/\/$/, '');
export const TMP = join(PROJECT_ROOT, 'tests/.tmp');
export const VALID_FIXTURES = join(PROJECT_ROOT, 'tests/fixtures/valid');
