/**
 * Astro integration: check the whole content root before Astro loads it, so that a build with bad
 * content stops with one readable line per problem (file, field, found, allowed) instead of a
 * stack trace, and nothing is half-published. In `astro dev` the problems are logged but the
 * server keeps running, so an editor can fix the file and see the page again.
 */
import type { AstroIntegration } from 'astro';
import { loadContent } from '../model/load.ts';
import { formatProblem } from '../model/problems.ts';
import { readGlossary } from '../model/glossary-file.ts';
import { checkPlainLanguage, formatWarning } from '../model/plain-language.ts';

export class ContentError extends Error {
  constructor(readonly lines: string[]) {
    super(`De content heeft ${lines.length} ${lines.length === 1 ? 'probleem' : 'problemen'}:\n  ${lines.join('\n  ')}`);
    this.name = 'ContentError';
  }
}

export function contentCheck(root: string): AstroIntegration {
  return {
    name: 'mao:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const { problems, entries } = loadContent(root, process.cwd(), { reuse: true });
        // Plain Dutch: warnings for the editor in `astro dev` (and in `npm run check:content`); the
        // build itself does not spend time on them.
        if (command === 'dev' && !problems.length) for (const w of checkPlainLanguage(entries, readGlossary(root).terms)) logger.warn(formatWarning(w));
        if (!problems.length) return;
        const lines = problems.map(formatProblem);
        if (command === 'dev') {
          for (const line of lines) logger.error(line);
          return;
        }
        // Drop the stack: the lines above say everything an editor needs.
        const error = new ContentError(lines);
        error.stack = error.message;
        throw error;
      },
    },
  };
}
