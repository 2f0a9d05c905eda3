// The site's kinds of saved data with this catalog's exercises (src/lib/transfer/data-kinds.ts): the
// one place the saving layer meets the worksheets. Pages that export or import pass it to
// src/lib/transfer (backup-file.ts, import-plan.ts).
import { dataKindsOf } from '../lib/transfer/data-kinds';
import { EXERCISES } from './catalog';

export const DATA_KINDS = dataKindsOf(EXERCISES);
