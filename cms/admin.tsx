/**
 * The admin at /admin/: Decap CMS from npm (no CDN), in Dutch, configured entirely in code from the
 * content model (cms/config.ts), with
 * - a character count under every field with a length limit (cms/widgets/Counted.tsx);
 * - groups checked with the model's own cross-field rules and messages (cms/widgets/ModelObject.tsx);
 * - date-times in Dutch time (cms/widgets/AmsterdamDateTime.tsx);
 * - a heading before the fields of a step, such as a practice's "Zo kun je het overnemen" (cms/widgets/Step.tsx);
 * - before every save: what the widgets left behind made to fit the model (emptied optional fields
 *   left out, untouched lists written as []), then the model's schema and per-entry rules, with the
 *   build's own Dutch messages; a save with problems is refused and the problems are shown;
 * - previews of a practice, a region, an event and a newsletter that look like the site;
 * - files saved in the repository's own YAML layout (cms/yaml-layout.ts);
 * - review before publishing: the flow's words (cms/phrases.ts), and on the local backend the
 *   review server (cms/review/);
 * - relation widgets that read the target collection once and search it as words, offering the
 *   published entries known when the admin was built until that read has arrived
 *   (cms/widgets/FastRelation.tsx);
 * - on the local backend, collection lists page by page and one read of a folder for the list and the
 *   relation widgets (cms/local-backend.ts).
 * Bundled by esbuild (cms/bundle.ts); `__CMS_ENV__` is filled in at bundle time, the published titles
 * are read from /admin/index.html (knownEntriesOfPage).
 */
import CMS from 'decap-cms-app';
import { fromJS } from 'immutable';
import { collections, type CollectionName } from '../src/model/index.ts';
import { cmsConfig, folderCollections, GLOSSARY_COLLECTION, NOT_IN_CMS } from './config.ts';
import { checkGlossary } from '../src/model/glossary.ts';
import { checkEntry, describeProblem, normaliseEntry } from './validate.ts';
import { withCounter } from './widgets/Counted.tsx';
import { modelObject } from './widgets/ModelObject.tsx';
import { AmsterdamDateTimeControl, AmsterdamDateTimePreview } from './widgets/AmsterdamDateTime.tsx';
import { StepControl, StepPreview } from './widgets/Step.tsx';
import { PracticePreview } from './previews/PracticePreview.tsx';
import { RegionPreview } from './previews/RegionPreview.tsx';
import { EventPreview } from './previews/EventPreview.tsx';
import { NewsletterPreview } from './previews/NewsletterPreview.tsx';
import { PagedProxyBackend, readLocalFolder } from './local-backend.ts';
import { fastRelation, forgetRelationIndexes } from './widgets/FastRelation.tsx';
import { hitsFromKnown, knownEntriesOfPage } from './relation-search.ts';
import { dutchPhrases } from './phrases.ts';
import { FORMAT_NAME, GLOSSARY_FORMAT_NAME, glossaryFormat, layoutFormat } from './yaml-layout.ts';

declare const __CMS_ENV__: Record<string, string | undefined>;

// decap-cms-core's types describe only part of its registry; this is the part used here.
const cms = CMS as unknown as {
  init(options: { config: unknown }): void;
  getLocale(name: string): Record<string, unknown>;
  registerLocale(name: string, phrases: Record<string, unknown>): void;
  getWidget(name: string): { control: any; preview: any; schema?: unknown };
  getBackend(name: string): { init: (...args: any[]) => unknown } | undefined;
  registerWidget(name: string, control: any, preview?: any, schema?: unknown): void;
  registerPreviewTemplate(name: string, component: any): void;
  registerPreviewStyle(url: string): void;
  registerEventListener(listener: { name: string; handler: (data: { entry: any }) => unknown }): void;
  registerCustomFormat(name: string, extension: string, formatter: typeof layoutFormat): void;
};

// The local backend (decap-server) lists a folder page by page and reads it once (cms/local-backend.ts).
// Decap switches to the backend named "proxy" whenever decap-server answers, so that one is replaced.
const proxy = cms.getBackend('proxy');
if (proxy) proxy.init = (config: unknown, options?: unknown) => new PagedProxyBackend(config, options);

cms.registerLocale('nl', dutchPhrases(cms.getLocale('nl') ?? {}));

for (const name of ['string', 'text']) {
  const widget = cms.getWidget(name);
  cms.registerWidget(name, withCounter(widget.control), widget.preview, widget.schema);
}
const object = cms.getWidget('object');
cms.registerWidget('model-object', modelObject(object.control), object.preview, object.schema);
cms.registerWidget('amsterdam-datetime', AmsterdamDateTimeControl, AmsterdamDateTimePreview);
cms.registerWidget('step', StepControl, StepPreview);
const config = cmsConfig(__CMS_ENV__);
// Saved files keep the repository's YAML layout, so a review diff shows only what changed
// (cms/yaml-layout.ts; Decap's own format rewrites a hand-written file's layout on its first save).
for (const c of folderCollections(config) as { extension: string; format: string }[]) {
  cms.registerCustomFormat(FORMAT_NAME, c.extension, layoutFormat);
  c.format = FORMAT_NAME;
}
// The begrippenlijst keeps its header comment and unfolded lines the same way.
for (const c of config.collections.filter((c) => c.name === GLOSSARY_COLLECTION) as { extension: string; format: string }[]) {
  cms.registerCustomFormat(GLOSSARY_FORMAT_NAME, c.extension, glossaryFormat);
  c.format = GLOSSARY_FORMAT_NAME;
}
// Notes ("Opmerkingen"): how the bureau says why it sends an entry back. The local review server,
// GitHub and GitLab keep them (Decap has none for Gitea and Forgejo). Decap shows the pane only on
// an entry opened from the store, not on one just created in the same screen.
if (['proxy', 'github', 'gitlab'].includes(config.backend.name)) {
  for (const c of config.collections as { editor?: Record<string, unknown> }[]) c.editor = { ...c.editor, notes: true };
}
const relation = cms.getWidget('relation');
const sources = Object.fromEntries(folderCollections(config).map((c) => [c.name, { folder: c.folder, extension: c.extension }]));
// The published entries of each collection when the admin was built (cms/bundle.ts), by title.
const known = new Map<string, ReturnType<typeof hitsFromKnown> | undefined>();
const knownHits = (name: string) => {
  if (!known.has(name)) {
    const source = sources[name];
    const model = collections[name as CollectionName];
    known.set(name, source && model ? hitsFromKnown(name, source, model.titleField, knownEntriesOfPage()) : undefined);
  }
  return known.get(name);
};
cms.registerWidget('relation', fastRelation(relation.control, sources, readLocalFolder, knownHits), relation.preview, relation.schema);

/** An error whose text is only its message (Decap shows it in the toast). */
class SaveRefused extends Error {
  override toString() {
    return this.message;
  }
}

cms.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => {
    const collection = entry.get('collection') as CollectionName;
    const raw = entry.get('data');
    const data = (raw && typeof raw.toJS === 'function' ? raw.toJS() : raw ?? {}) as Record<string, unknown>;
    if ((collection as string) === GLOSSARY_COLLECTION) {
      // The begrippenlijst: the same checks as the build (schema, each term once).
      const { problems } = checkGlossary(data);
      if (problems.length) throw new SaveRefused(problems.map(describeProblem).join(' — '));
      return undefined;
    }
    if (!(collection in collections) || NOT_IN_CMS.includes(collection)) return undefined;
    const cleaned = normaliseEntry(collection, data);
    const slug = entry.get('slug') as string | undefined;
    const file = `content/${collection}/${slug || 'nieuw'}.${collections[collection].extension}`;
    const problems = checkEntry(collection, cleaned, slug ? file : undefined);
    if (problems.length) throw new SaveRefused(problems.map(describeProblem).join(' — '));
    return fromJS(cleaned);
  },
});

// A saved entry must be findable in the relation widgets at once.
cms.registerEventListener({ name: 'postSave', handler: () => forgetRelationIndexes() });

cms.registerPreviewStyle('/admin/preview.css');
cms.registerPreviewTemplate('practices', PracticePreview);
cms.registerPreviewTemplate('regions', RegionPreview);
cms.registerPreviewTemplate('events', EventPreview);
cms.registerPreviewTemplate('newsletters', NewsletterPreview);

cms.init({ config });
