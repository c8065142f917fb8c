/**
 * The plain-text edition of a newsletter: the same content as the e-mail, readable in any mail
 * client or screen reader, with every URL written out on a line of its own. Lines are wrapped at
 * 72 characters; a URL is never broken.
 */
import { SITE_NAME } from '../config/site.ts';
import type { NewsletterView } from './model.ts';

export const TEXT_WIDTH = 72;

/** Wrap one paragraph at `width`, with `indent` before every line after the first (for list items). */
export function wrap(paragraph: string, width = TEXT_WIDTH, indent = ''): string {
  const words = paragraph.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const prefix = lines.length ? indent : '';
    if (line && prefix.length + line.length + 1 + word.length > width) {
      lines.push(prefix + line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push((lines.length ? indent : '') + line);
  return lines.join('\n');
}

/** Wrap text made of paragraphs (blank line between) and "- " list lines. */
export function wrapText(text: string, width = TEXT_WIDTH): string {
  return text
    .split('\n\n')
    .map((block) =>
      block
        .split('\n')
        .map((line) => (line.startsWith('- ') ? wrap(line, width, '  ') : wrap(line, width)))
        .join('\n'),
    )
    .join('\n\n');
}

function heading(text: string, underline: string): string {
  return `${text}\n${underline.repeat(Math.min(text.length, TEXT_WIDTH))}`;
}

export function renderNewsletterText(view: NewsletterView): string {
  const parts: string[] = [
    heading(view.title, '='),
    `${SITE_NAME} · nummer ${view.number} · ${view.dateText}`,
    `Lees deze nieuwsbrief op de website:\n${view.links.web}`,
    wrapText(view.introText),
  ];
  for (const section of view.sections) {
    parts.push(`\n${heading(section.heading.toUpperCase(), '-')}`);
    for (const item of section.items) {
      const lines = [wrap(item.title)];
      const meta = [item.kind, item.when].filter(Boolean).join(' · ');
      if (meta) lines.push(wrap(meta));
      if (item.text) lines.push(wrap(item.text));
      lines.push(item.external && item.host ? `Lees verder op ${item.host}:\n${item.url}` : item.url);
      parts.push(lines.join('\n'));
    }
  }
  const footer = [`Je krijgt deze e-mail omdat je je hebt aangemeld voor de nieuwsbrief van ${SITE_NAME}.`];
  if (view.links.signup) footer.push(`Doorgestuurd gekregen? Meld je aan voor de nieuwsbrief:\n${view.links.signup}`);
  footer.push(`Alle nieuwsbrieven:\n${view.links.archive}`);
  footer.push('De teksten mag je hergebruiken onder de licentie CC BY 4.0. Noem dan de bron.');
  parts.push(`\n-- \n${footer.map((p) => (p.includes('\n') ? p : wrap(p))).join('\n\n')}`);
  return `${parts.join('\n\n')}\n`;
}
