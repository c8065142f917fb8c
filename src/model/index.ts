/**
 * The content model, written once. Each collection: its schema (front matter), its Dutch names,
 * its folder under the content root and its route. The Astro collections (src/content.config.ts),
 * the content checker (load.ts, rules.ts) and the CMS configuration (cms/) are all derived from this.
 */
import type { z } from 'astro/zod';
import type { CollectionName } from './fields.ts';
import { RESERVED_SEGMENTS, sectionBase } from '../routes.ts';
import { adviceSchema } from './collections/advice.ts';
import { themeSchema } from './collections/themes.ts';
import { organisationSchema } from './collections/organisations.ts';
import { regionSchema } from './collections/regions.ts';
import { practiceSchema, practiceSteps } from './collections/practices.ts';
import { communitySchema } from './collections/communities.ts';
import { eventSchema } from './collections/events.ts';
import { newsSchema } from './collections/news.ts';
import { newsletterSchema } from './collections/newsletters.ts';
import { pageSchema } from './collections/pages.ts';

export type { CollectionName } from './fields.ts';

export interface CollectionDef {
  name: CollectionName;
  /** Dutch plural, e.g. "Praktijkvoorbeelden". */
  label: string;
  /** Dutch singular, e.g. "Praktijkvoorbeeld". */
  labelSingular: string;
  /** File extension of its entries. */
  extension: 'md' | 'mdx';
  /** URL path of the list page, from src/routes.ts; a detail page is `${route}/${id}/`. */
  route: string;
  /** The front-matter field that names an entry in lists and pickers. */
  titleField: string;
  /** Whether the entry has a Markdown body. */
  body: boolean;
  /** The body as editors see it: its Dutch label and hint, and whether it may be left empty. */
  bodyLabel?: string;
  bodyHint?: string;
  bodyRequired?: boolean;
  schema: z.ZodObject;
  /**
   * Fields editors fill in together, as one step under its own heading in the CMS (in the schema
   * they stay top-level fields, so files, open data and tests name them plainly).
   */
  steps?: readonly CollectionStep[];
}

export interface CollectionStep {
  /** Part of the CMS's heading field name (`step-<id>`); never written to a file. */
  id: string;
  label: string;
  hint: string;
  /** The fields of the step, adjacent in the schema, in order. */
  fields: readonly string[];
}

export const collections = {
  advice: { name: 'advice', label: 'Adviezen', labelSingular: 'Advies', extension: 'md', route: sectionBase('advice'), titleField: 'title', body: true, bodyLabel: 'Wat het advies betekent', bodyHint: 'Leg in gewone woorden uit wat dit advies in de praktijk betekent.', bodyRequired: true, schema: adviceSchema },
  themes: { name: 'themes', label: "Thema's", labelSingular: 'Thema', extension: 'md', route: sectionBase('themes'), titleField: 'title', body: false, schema: themeSchema },
  organisations: { name: 'organisations', label: 'Organisaties', labelSingular: 'Organisatie', extension: 'md', route: sectionBase('organisations'), titleField: 'name', body: false, schema: organisationSchema },
  regions: { name: 'regions', label: "Inspiratieregio's", labelSingular: 'Inspiratieregio', extension: 'md', route: sectionBase('regions'), titleField: 'name', body: true, bodyLabel: 'Samenwerking en inzet', bodyHint: 'Hoe werkt de regio nu samen (vraag 3) en wat zet ze in (vraag 5)? Mag leeg blijven zolang het profiel nog geschreven wordt.', bodyRequired: false, schema: regionSchema },
  practices: { name: 'practices', label: 'Praktijkvoorbeelden', labelSingular: 'Praktijkvoorbeeld', extension: 'md', route: sectionBase('practices'), titleField: 'title', body: true, bodyLabel: 'Beschrijving', bodyHint: 'Vertel over de aanpak, wat werkt, wat jullie leerden en wat nog lastig is. Gebruik tussenkopjes.', bodyRequired: true, schema: practiceSchema, steps: practiceSteps },
  communities: { name: 'communities', label: 'Communities of Practice', labelSingular: 'Community of Practice', extension: 'md', route: sectionBase('communities'), titleField: 'title', body: true, bodyLabel: 'Over de community', bodyHint: 'Waar werkt de community aan, en wat heeft ze al opgeleverd?', bodyRequired: true, schema: communitySchema },
  events: { name: 'events', label: 'Agenda', labelSingular: 'Bijeenkomst', extension: 'md', route: sectionBase('events'), titleField: 'title', body: true, bodyLabel: 'Programma', bodyHint: 'Wat gebeurt er, voor wie is het en wat neem je mee naar huis?', bodyRequired: true, schema: eventSchema },
  news: { name: 'news', label: 'Nieuws', labelSingular: 'Nieuwsbericht', extension: 'md', route: sectionBase('news'), titleField: 'title', body: true, bodyLabel: 'Bericht', bodyHint: 'Het hele bericht. Begin met het belangrijkste.', bodyRequired: true, schema: newsSchema },
  newsletters: { name: 'newsletters', label: 'Nieuwsbrieven', labelSingular: 'Nieuwsbrief', extension: 'md', route: sectionBase('newsletters'), titleField: 'title', body: false, schema: newsletterSchema },
  pages: { name: 'pages', label: "Pagina's", labelSingular: 'Pagina', extension: 'mdx', route: sectionBase('pages'), titleField: 'title', body: true, schema: pageSchema },
} as const satisfies Record<CollectionName, CollectionDef>;

export const collectionNames = Object.keys(collections) as CollectionName[];

/**
 * Ids that are also route segments (e.g. /praktijkvoorbeelden/thema/…, /nieuwsbrieven/nieuw-sinds-vorige/)
 * and so may not be used as an entry id. They follow from the routes (src/routes.ts).
 */
export const RESERVED_IDS = RESERVED_SEGMENTS;

/**
 * Uploads (images an editor adds) live in MEDIA_FOLDER, relative to the project, and are linked as
 * PUBLIC_FOLDER/… . No file there may be larger than MAX_UPLOAD_BYTES: the CMS refuses a larger
 * upload (cms/config.ts), and the content check (rules.ts, checkUploads) refuses one committed by Git.
 */
export const MEDIA_FOLDER = 'public/uploads';
export const PUBLIC_FOLDER = '/uploads';
/** Largest upload in bytes (2 MB); Decap shows its own Dutch message (in kB) when a file is larger. */
export const MAX_UPLOAD_BYTES = 2_000_000;

/** The content root: CONTENT_DIR, or content/ in the project. Tests and benchmarks point it elsewhere. */
export function contentRoot(env: Record<string, string | undefined> = process.env, cwd: string = process.cwd()): string {
  const dir = env.CONTENT_DIR?.trim() || 'content';
  return dir.startsWith('/') ? dir : `${cwd.replace(/\/$/, '')}/${dir}`;
}
