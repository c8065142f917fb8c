/**
 * Decap's relation widget, searching a collection it has read once instead of once per search term,
 * and offering the published entries the admin already knows before the backend has answered.
 *
 * Decap's own widget asks Decap's `query` for every new term: the whole collection is listed, every
 * entry parsed, fuzzy-matched ("buurt" also matches "b…u…u…r…t" spread over a title) and every hit
 * stored in the editor's state, where the widget turns all of them into options again on every
 * render. With 10,000 practices that is seconds per keystroke pause. This wrapper keeps Decap's
 * control (its look, keyboard use, multiple values, sorting, validation) and answers its `query`:
 *
 * - the first time a collection is searched (already when the widget appears), its entries are read
 *   once: on the local backend straight from the folder read of cms/local-backend.ts, taking only
 *   the top-level plain values of each file's front matter (frontMatterScalars); on a Git backend
 *   through Decap's query, asked once for everything under a private name. Each entry is kept as its
 *   slug, path and top-level plain fields (title, number, …: what the value, the labels and the
 *   previews use), with its search fields as one lower-case, accent-free text;
 * - until that read has arrived (45 MB and about 2 s on the local backend at 10,000 practices; on
 *   GitHub or GitLab Decap reads every file through the host's API), a question is answered from the
 *   published entries the admin was built with (`known`: their titles, from /admin/index.html, see
 *   cms/bundle.ts), the same slugs and titles the read would give. Not in there: drafts and entries
 *   published after the admin was built; they are offered once the read has arrived. When a value
 *   chosen in a control of that collection is not among the known entries, the widget waits for
 *   the read, so it can show that value's title;
 * - Decap's control keeps every answer per collection and term (its RelationCache) and shares it
 *   between all its controls on the page; this widget takes its answers out of that cache right
 *   after giving them (they depend on what is chosen and on whether the read has arrived);
 * - a term is matched as words: every word must occur in the search fields; a title starting with
 *   the term comes first, then a word starting with it, then the rest, each in file-name order.
 *   At most MAX_HITS are returned (the widget shows OPTIONS_LENGTH of them);
 * - no term: the first MAX_HITS entries and the values chosen in the controls of that collection
 *   (so each control finds the titles of its values), not all 10,000: Decap's control turns every
 *   hit into an option before it keeps the first options_length (0.4 s at 10,000 practices on a
 *   busy machine);
 * - the control's first question (the options before anything is typed, asked as it appears) is put
 *   at once, not after the 500 ms the control waits after each key (lodash's `flush` on its debounced
 *   `loadOptions`); what is typed still waits as in Decap.
 *
 * What was read is forgotten after a save, and after INDEX_TTL_MS.
 */
import { Component, type ComponentType } from 'react';
import relationCache from 'decap-cms-widget-relation/dist/esm/RelationCache.js';
import { hitsFromFiles, indexHits, MAX_HITS, search, type Hit, type Indexed, type RawEntry, type Source } from '../relation-search.ts';

export const INDEX_TTL_MS = 5 * 60_000;

type Props = Record<string, any>;

const indexes = new Map<string, { at: number; entries: Promise<Indexed[]>; ready?: Indexed[] }>();

/** Forget every collection read so far (after a save, new and changed entries must be found). */
export function forgetRelationIndexes() {
  indexes.clear();
  // Decap's control keeps its answers per term, for every widget of the page: they are out of date too.
  relationCache.clear();
}

/** The published entries known when the admin was built, of one collection (see the top of this file). */
export type KnownHits = (collection: string) => Hit[] | undefined;

const knownIndexes = new Map<string, { index: Indexed[]; slugs: Set<string> }>();

/** Field names a relation field uses (search, display, value): `slug` or a field of the entry's data. */
function fieldNames(field: any): string[] {
  const names = ['search_fields', 'display_fields', 'value_field'].flatMap((key) => {
    const v = field?.get?.(key);
    return (v?.toJS ? v.toJS() : v === undefined ? [] : [v].flat()) as string[];
  });
  return names.map((n) => String(n).replace(/^\{\{\s*(.*?)\s*\}\}$/, '$1'));
}

/**
 * The known entries of a collection, indexed for these search fields; undefined when none are known
 * or when the field uses a value they do not hold (only the title, the number and the slug are known).
 */
function knownIndex(known: KnownHits, field: any, collection: string, searchFields: string[]) {
  const hits = known(collection);
  if (!hits?.length) return undefined;
  const has = hits[0]!.data;
  if (!fieldNames(field).every((n) => n === 'slug' || n in has)) return undefined;
  const key = `${collection}\n${searchFields.join(',')}`;
  let found = knownIndexes.get(key);
  if (!found) {
    const index = indexHits(hits, searchFields);
    knownIndexes.set(key, (found = { index, slugs: new Set(index.map((e) => e.hit.slug)) }));
  }
  return found;
}

/** The field stores the entry's slug (file name), as every relation field of cms/config.ts does. */
function valueIsSlug(field: any): boolean {
  return /^(\{\{\s*)?slug(\s*\}\})?$/.test(String(field?.get?.('value_field') ?? ''));
}

/** The values a control holds (one, or a list), as strings. */
function chosenValues(value: unknown): string[] {
  const v = value && typeof (value as { toJS?: unknown }).toJS === 'function' ? (value as { toJS(): unknown }).toJS() : value;
  return (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string' && x !== '');
}

/** The controls on the page, per collection they point at (see `chosenIn`). */
const live = new Map<string, Set<{ props: Props }>>();

/**
 * The values chosen in every control on the page that points at the collection. Decap's control
 * shares one answer per collection and term between all its controls (its RelationCache, also a
 * question still under way), so an answer without a term must hold the chosen values of all of them.
 */
function chosenIn(collection: string): string[] | undefined {
  const out: string[] = [];
  for (const control of live.get(collection) ?? []) {
    if (!valueIsSlug(control.props.field)) return undefined;
    out.push(...chosenValues(control.props.value));
  }
  return out;
}

type Query = (namespace: string, collection: string, searchFields: string[], term: string, file?: string, limit?: number) => Promise<any>;

/** Reads a folder's raw files on the local backend; undefined when another backend is in use. */
export type ReadFolder = (folder: string, extension: string) => Promise<RawEntry[]> | undefined;

function loadIndex(query: Query, namespace: string, collection: string, searchFields: string[], file: string | undefined, source: Source | undefined, readFolder: ReadFolder | undefined): Promise<Indexed[]> {
  const key = `${collection}\n${searchFields.join(',')}\n${file ?? ''}`;
  const cached = indexes.get(key);
  if (cached && Date.now() - cached.at < INDEX_TTL_MS) return cached.entries;
  const raw = !file && source ? readFolder?.(source.folder, source.extension) : undefined;
  const entries = raw
    ? raw.then((files) => indexHits(hitsFromFiles(collection, source!, files), searchFields))
    : Promise.resolve(query(`${namespace}--all`, collection, searchFields, '', file)).then((action) => {
        const hits = action?.payload?.hits;
        if (!Array.isArray(hits)) throw action?.payload?.error ?? new Error(`De lijst ${collection} kon niet gelezen worden.`);
        return indexHits(hits as Hit[], searchFields);
      });
  const cachedNow = { at: Date.now(), entries } as { at: number; entries: Promise<Indexed[]>; ready?: Indexed[] };
  entries.then(
    (ready) => (cachedNow.ready = ready),
    () => indexes.delete(key),
  );
  indexes.set(key, cachedNow);
  return entries;
}

/** The collection's read entries if they have arrived (and are not out of date), else undefined. */
function readyIndex(collection: string, searchFields: string[], file: string | undefined): Indexed[] | undefined {
  const cached = indexes.get(`${collection}\n${searchFields.join(',')}\n${file ?? ''}`);
  return cached && Date.now() - cached.at < INDEX_TTL_MS ? cached.ready : undefined;
}

/**
 * Decap's control, asking its first question (the options before anything is typed) at once: its
 * `loadOptions` waits 500 ms after each call, for typing, also before that first one.
 */
function withoutFirstWait(Control: ComponentType<any>): ComponentType<any> {
  const Base = Control as unknown as new (props: Props) => Component<Props> & { loadOptions: ((term: string, callback: unknown) => void) & { flush?: () => void } };
  return class extends Base {
    constructor(props: Props) {
      super(props);
      const debounced = this.loadOptions;
      const first = (term: string, callback: unknown) => {
        debounced(term, callback);
        if (!term) debounced.flush?.();
      };
      this.loadOptions = Object.assign(first, { flush: debounced.flush?.bind(debounced) });
    }
  } as unknown as ComponentType<any>;
}

/**
 * The relation control, reading its collection once. `sources` says where each collection's files
 * are, `readFolder` reads them on the local backend (cms/local-backend.ts), and `known` holds the
 * published entries the admin was built with, offered until the read has arrived.
 */
export function fastRelation(DecapRelationControl: ComponentType<any>, sources: Record<string, Source> = {}, readFolder?: ReadFolder, known: KnownHits = () => undefined) {
  const RelationControl = withoutFirstWait(DecapRelationControl);
  return class FastRelationControl extends Component<Props, { answered: number }> {
    inner: any = null;
    mounted = false;
    state = { answered: 0 };
    /** Always empty; a new one after every answer (see `query`). */
    noHits: Hit[] = [];

    setInner = (ref: any) => {
      this.inner = ref;
    };

    shouldComponentUpdate() {
      return true;
    }

    /** Decap's own checks of the control (at least / at most N for a list). */
    isValid = () => this.inner?.isValid?.() ?? { error: false };

    focus() {
      this.inner?.focus?.();
    }

    /** The control's `query`, answered from the collection read once; the result has the shape of Decap's. */
    query: Query = async (namespace, collection, searchFields, term, file) => {
      const reading = loadIndex(this.props.query, namespace, collection, searchFields, file, sources[collection], readFolder);
      const index = readyIndex(collection, searchFields, file) ?? this.knownAnswer(collection, searchFields, file) ?? (await reading);
      // Decap's control re-renders only when its props change (its new state alone does not count);
      // Decap's own query changes `queryHits`, so do the same once the control has taken the answer.
      setTimeout(() => {
        // Answers are not kept in Decap's cache: they depend on what is chosen and on whether the
        // read has arrived, and a new one is quick.
        relationCache.invalidateCollection(collection);
        if (!this.mounted) return;
        this.noHits = [];
        this.setState((s) => ({ answered: s.answered + 1 }));
      }, 0);
      const chosen = chosenIn(collection);
      return { payload: { namespace, hits: search(index, term, MAX_HITS, chosen) } };
    };

    /**
     * The known published entries while the read is under way, when they hold every value chosen in
     * the controls of this collection.
     */
    knownAnswer(collection: string, searchFields: string[], file: string | undefined): Indexed[] | undefined {
      const found = file ? undefined : knownIndex(known, this.props.field, collection, searchFields);
      if (!found || !(chosenIn(collection) ?? []).every((v) => found.slugs.has(v))) return undefined;
      return found.index;
    }

    /** The collection this control points at, registered in `live` from the start (see `chosenIn`). */
    collection: string | undefined;

    constructor(props: Props) {
      super(props);
      this.collection = props.field?.get?.('collection');
      if (this.collection) {
        if (!live.has(this.collection)) live.set(this.collection, new Set());
        live.get(this.collection)!.add(this);
      }
    }

    componentWillUnmount() {
      this.mounted = false;
      if (this.collection) live.get(this.collection)?.delete(this);
    }

    /** Start reading the collection at once (and index the known entries), before the control asks. */
    componentDidMount() {
      this.mounted = true;
      const field = this.props.field;
      const searchFields = field?.get?.('search_fields');
      const list: string[] = searchFields?.toJS ? searchFields.toJS() : searchFields ? [searchFields].flat() : [];
      const collection = field?.get?.('collection');
      if (collection && list.length) void this.query(this.props.forID, collection, list, '', field.get('file')).catch(() => undefined);
    }

    render() {
      const { ref: _ignored, ...props } = this.props;
      // Hits are never put in the editor's state for this field, so the control never re-reads them all.
      return <RelationControl {...props} query={this.query} queryHits={this.noHits} ref={this.setInner} />;
    }
  };
}
