/**
 * What an id looks like, without the model's schema library, so a browser script can check an id
 * too (the compare page reads ids from its address). src/model/fields.ts re-exports it.
 */

/** Ids are file names: lowercase ASCII letters, digits and single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
