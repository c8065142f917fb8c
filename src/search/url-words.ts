/**
 * The words of a page address that did not exist, for the 404 page's search ("/praktijkvoorbeelden/
 * dokwerk-gorinchm/" → "dokwerk gorinchm"): the site's own route words (sections, "thema", "pagina")
 * and numbers say nothing about what the visitor looked for, so they are left out.
 */
import { RESERVED_SEGMENTS, SECTION_NAMES } from '../routes.ts';

const ROUTE_WORDS = new Set<string>([...RESERVED_SEGMENTS, ...SECTION_NAMES]);
/** More words than this make a search that finds nothing. */
export const MAX_URL_WORDS = 5;

export function wordsFromPath(pathname: string, max = MAX_URL_WORDS): string {
  let path = pathname;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    // A malformed escape: use the address as it is.
  }
  const words = path
    .toLowerCase()
    .split('/')
    .filter((segment) => segment && !ROUTE_WORDS.has(segment))
    .flatMap((segment) => segment.replace(/\.(?:html?|php|aspx?)$/, '').split(/[^\p{L}\p{N}]+/u))
    .filter((word) => word.length >= 2 && !/^\d+$/.test(word) && !ROUTE_WORDS.has(word));
  return [...new Set(words)].slice(0, max).join(' ');
}
