// The names the saving layer stores under in localStorage. Plain string constants only: the
// bundler inlines them, so the site script (src/lib/prefs.ts) and the exercise runtime share them
// without sharing a chunk. An object here would not be inlined.
export const STORAGE_PREFIX = 'efficacy-lab:';
/** One item per kind of saved data: efficacy-lab:data:<kind>. */
export const DATA_PREFIX = 'efficacy-lab:data:';
/** Unreadable saved data kept aside: efficacy-lab:backup:<kind>:<time>. */
export const BACKUP_PREFIX = 'efficacy-lab:backup:';
/** When the workbook was last exported from this browser (ISO time). */
export const LAST_EXPORT_KEY = 'efficacy-lab:pref:last-export';
/** The draft being typed in an exercise, apart from its entries so a keystroke writes little: efficacy-lab:draft:<kind>. */
export const DRAFT_PREFIX = 'efficacy-lab:draft:';
/** A version that lost when two tabs changed the same thing, or an entry there was no room for: efficacy-lab:conflict:<kind>:<time>. */
export const CONFLICT_PREFIX = 'efficacy-lab:conflict:';
/** The record of the last "Delete everything" (a random id, no data): efficacy-lab:wiped. */
export const WIPED_KEY = 'efficacy-lab:wiped';
