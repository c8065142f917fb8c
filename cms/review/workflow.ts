/**
 * Decap's editorial workflow on the local Git repository, without ever checking anything out:
 * concept → ter beoordeling → klaar → gepubliceerd, as Decap's proxy backend asks for it
 * (the actions of decap-server's git mode), answered with Git plumbing (cms/review/git.ts).
 *
 * - An unpublished entry is a branch `cms/<collection>/<slug>` (as in decap-server, so Decap and
 *   people see the same names); its status is that branch's description in .git/config.
 * - A save writes a commit on that branch from its own previous commit (a new entry: from the
 *   published branch), built in a throwaway index: the working tree, the real index, and anything
 *   uncommitted or untracked in it are never read, committed, moved or lost.
 * - A save carries the version the editor opened (`expected`); when the branch has moved since
 *   (someone else saved), the save is refused in Dutch and the editor keeps their text.
 * - An entry is compared with where its branch left the published branch (the merge base), so it
 *   stays correct when the published branch moves on.
 * - Publishing merges the entry into the CONFIGURED branch only (a three-way merge of trees; a
 *   conflict is refused in Dutch, nothing half-merged) as one commit, then moves that branch from
 *   the value it had. When a working tree has it checked out (`npm start`), that tree is
 *   fast-forwarded with `git merge --ff-only`, which refuses, changing nothing, when one of the
 *   published files has uncommitted changes there; then nothing is published and the editor is told
 *   which file.
 * - Branches without changes (deleted, merged or emptied outside the CMS) are left off the board.
 * - Uploads and deletions outside an entry (the Media tab, deleting a published entry) would bypass
 *   review: they are refused with a Dutch explanation.
 * - Before an entry goes to review or is published, its files are checked with the content model.
 * - Notes (Decap's "Opmerkingen" pane: how the bureau says why it sends an entry back) are kept per
 *   entry in .git/mao-cms-notes/, outside every branch, and go when the entry is published or deleted.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { collections, collectionNames, MEDIA_FOLDER, type CollectionName } from '../../src/model/index.ts';
import { readFrontMatter } from '../../src/model/load.ts';
import { checkEntry, describeProblem } from '../validate.ts';
import { GLOSSARY_COLLECTION } from '../config.ts';
import { checkGlossary, GLOSSARY_FILE } from '../../src/model/glossary.ts';
import { readYamlFile } from '../yaml-layout.ts';
import { Git, GitError, ZERO } from './git.ts';

export type Status = 'draft' | 'pending_review' | 'pending_publish';
export const STATUSES: Status[] = ['draft', 'pending_review', 'pending_publish'];
export const BRANCH_PREFIX = 'cms/';
const LABEL_PREFIX = 'decap-cms/';

/** A refusal the editor reads: Dutch, with the HTTP status it is sent with. */
export class Refusal extends Error {
  readonly status: number;
  constructor(message: string, status = 409) {
    super(message);
    this.name = 'Refusal';
    this.status = status;
  }
}

/** A note on an entry, as Decap's notes pane reads it. */
export interface Note {
  id: string;
  author: string;
  content: string;
  timestamp: string;
  resolved: boolean;
  isOwn?: boolean;
  entrySlug?: string;
}

export interface Author {
  name: string;
  email: string;
}

/** Who commits when the local backend does not know the editor (decap-server has no login). */
export const LOCAL_AUTHOR: Author = { name: 'Beheer (lokaal)', email: 'beheer@localhost' };

interface DataFile {
  path: string;
  raw: string;
  slug?: string;
  newPath?: string;
}

interface Asset {
  path: string;
  content: string;
  encoding: 'base64' | string;
}

/** The begrippenlijst: one file, reviewed like an entry (branch cms/begrippen/begrippen). */
const GLOSSARY_PATH = `content/${GLOSSARY_FILE}`;
/** Collections whose branches the board shows: the model's, and the begrippenlijst. */
const REVIEWED = new Set<string>([...collectionNames, GLOSSARY_COLLECTION]);
const DATA_EXTENSIONS = new Set<string>([...Object.values(collections).map((c) => c.extension), 'yml']);
const isDataFile = (path: string) => path.startsWith('content/') && DATA_EXTENSIONS.has(path.slice(path.lastIndexOf('.') + 1));

export const entryBranch = (collection: string, slug: string) => `${BRANCH_PREFIX}${collection}/${slug}`;
const branchRef = (branch: string) => `refs/heads/${branch}`;

function checkName(kind: string, value: unknown): string {
  if (typeof value !== 'string' || !/^[a-z0-9][a-z0-9_-]*(?:\/[a-z0-9][a-z0-9_.-]*)*$/i.test(value) || value.includes('..')) {
    throw new Refusal(`Ongeldige ${kind}: ${JSON.stringify(value)}.`, 422);
  }
  return value;
}

function checkPath(path: unknown): string {
  if (typeof path !== 'string' || !path || path.startsWith('/') || path.split('/').some((s) => s === '..' || s === '.git' || s === '') || path.includes('\\')) {
    throw new Refusal(`Ongeldig bestandspad: ${JSON.stringify(path)}.`, 422);
  }
  return path;
}

export interface WorkflowOptions {
  repo: string;
  /** The published branch (CMS_BRANCH, default main). */
  branch: string;
  author?: Author;
}

export class Workflow {
  readonly git: Git;
  readonly branch: string;
  readonly author: Author;
  /** Writes one at a time, in order; reads go straight to Git's object store. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(options: WorkflowOptions) {
    this.git = new Git(options.repo);
    this.branch = options.branch;
    this.author = options.author ?? LOCAL_AUTHOR;
  }

  serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  async published(): Promise<string> {
    const head = await this.git.resolve(branchRef(this.branch));
    if (!head) throw new Refusal(`De branch "${this.branch}" bestaat niet in deze repository. Zet CMS_BRANCH op de branch die de site publiceert.`, 422);
    return head;
  }

  // --- Reading the published branch ----------------------------------------------------------------

  async entriesByFolder(folder: string, extension: string, depth: number) {
    const head = await this.published();
    const prefix = folder.replace(/\/+$/, '') + '/';
    const files = [...(await this.git.tree(head, prefix))].filter(([path]) => path.endsWith(`.${extension}`) && path.slice(prefix.length).split('/').length <= depth);
    const blobs = await this.git.blobs(files.map(([, id]) => id));
    return files.map(([path, id], i) => ({ data: blobs[i]!.toString('utf8'), file: { path, id } }));
  }

  async entriesByFiles(files: { path: string; label?: string }[]) {
    const head = await this.published();
    const blobs = await this.git.blobs(files.map((f) => `${head}:${checkPath(f.path)}`));
    const ids = await Promise.all(files.map((f, i) => (blobs[i] ? this.git.text(['rev-parse', `${head}:${f.path}`]) : Promise.resolve(null))));
    return files.map((f, i) => ({ data: blobs[i]?.toString('utf8') ?? null, file: { path: f.path, label: f.label, id: ids[i] } }));
  }

  async getMedia(mediaFolder: string) {
    const head = await this.published();
    const files = [...(await this.git.tree(head, mediaFolder))].filter(([path]) => !path.slice(mediaFolder.length + 1).includes('/'));
    const blobs = await this.git.blobs(files.map(([, id]) => id));
    return files.map(([path, id], i) => mediaFile(path, id, blobs[i]!));
  }

  async getMediaFile(path: string) {
    const head = await this.published();
    const spec = `${head}:${checkPath(path)}`;
    const blob = await this.git.blob(spec);
    if (!blob) throw new Refusal(`Bestand ${path} bestaat niet (meer) op de site.`, 404);
    return mediaFile(path, await this.git.text(['rev-parse', spec]), blob);
  }

  // --- The board -----------------------------------------------------------------------------------

  /** What an entry's branch changes, against where it left the published branch; undefined when nothing. */
  private async changes(branch: string) {
    const head = await this.git.resolve(branchRef(branch));
    if (!head) return undefined;
    const published = await this.published();
    const base = await this.git.mergeBase(published, head);
    if (!base || base === head) return undefined; // merged (or emptied) outside the CMS
    const diff = (await this.git.diff(base, head)).filter((d) => d.status !== 'D');
    if (diff.length === 0) return undefined;
    return { head, base, diff };
  }

  async unpublishedEntries(): Promise<string[]> {
    const keys: string[] = [];
    for (const { ref } of await this.git.refs(`refs/heads/${BRANCH_PREFIX}`)) {
      const branch = ref.slice('refs/heads/'.length);
      const key = branch.slice(BRANCH_PREFIX.length);
      const [collection, ...rest] = key.split('/');
      // Only entries of this site's collections, with a slug; anything else under cms/ is not ours.
      if (!REVIEWED.has(collection!) || rest.length !== 1) continue;
      if (await this.changes(branch)) keys.push(key);
    }
    return keys;
  }

  async unpublishedEntry(collection: string, slug: string) {
    const branch = entryBranch(checkName('collectie', collection), checkName('naam', slug));
    const changes = await this.changes(branch);
    if (!changes) throw new Refusal('Not Found', 404);
    const status = await this.status(branch);
    const updatedAt = await this.git.text(['log', '-1', '--format=%cI', changes.head]);
    const diffs = changes.diff.map((d) => ({
      oldPath: d.path,
      newPath: d.path,
      status: d.status === 'A' ? 'added' : 'modified',
      newFile: d.status === 'A',
      path: d.path,
      id: d.path,
      binary: !isDataFile(d.path),
    }));
    // `version`: the commit the editor opens; a save sends it back (see persistEntry).
    return { collection, slug, status, diffs, updatedAt, version: changes.head };
  }

  private async status(branch: string): Promise<Status> {
    const label = await this.git.config(`branch.${branch}.description`);
    const status = label?.startsWith(LABEL_PREFIX) ? label.slice(LABEL_PREFIX.length) : undefined;
    return STATUSES.includes(status as Status) ? (status as Status) : 'draft';
  }

  async unpublishedEntryDataFile(collection: string, slug: string, path: string) {
    const head = await this.branchHead(collection, slug);
    const blob = await this.git.blob(`${head}:${checkPath(path)}`);
    if (!blob) throw new Refusal(`Bestand ${path} staat niet in dit concept.`, 404);
    return { data: blob.toString('utf8') };
  }

  async unpublishedEntryMediaFile(collection: string, slug: string, path: string) {
    const head = await this.branchHead(collection, slug);
    const spec = `${head}:${checkPath(path)}`;
    const blob = await this.git.blob(spec);
    if (!blob) throw new Refusal(`Afbeelding ${path} staat niet in dit concept.`, 404);
    return mediaFile(path, await this.git.text(['rev-parse', spec]), blob);
  }

  private async branchHead(collection: string, slug: string): Promise<string> {
    const branch = entryBranch(checkName('collectie', collection), checkName('naam', slug));
    const head = await this.git.resolve(branchRef(branch));
    if (!head) throw new Refusal('Dit item staat niet (meer) in de workflow. Laad de pagina opnieuw.', 404);
    return head;
  }

  // --- Writing --------------------------------------------------------------------------------------

  persistEntry(params: { dataFiles: DataFile[]; assets: Asset[]; options: { collectionName?: string; commitMessage: string; useWorkflow?: boolean; status?: string }; expected?: string | null }) {
    return this.serial(async () => {
      const { dataFiles, assets, options } = params;
      if (!options.useWorkflow) {
        throw new Refusal('Dit beheer publiceert alleen na beoordeling. Laad de pagina opnieuw en sla het item op als concept.', 422);
      }
      const collection = checkName('collectie', options.collectionName);
      const slug = checkName('naam', dataFiles[0]?.slug);
      for (const f of dataFiles) {
        checkPath(f.path);
        if (f.newPath) throw new Refusal('Een item een andere naam geven kan hier niet. Maak een nieuw item en verwijder het oude concept.', 422);
      }
      for (const a of assets) checkPath(a.path);
      const branch = entryBranch(collection, slug);
      const ref = branchRef(branch);
      const current = await this.git.resolve(ref);
      if (params.expected !== undefined && (params.expected ?? undefined) !== current) {
        throw new Refusal(
          !current
            ? 'Dit concept is intussen gepubliceerd of verwijderd. Jouw tekst staat nog in het scherm: kopieer wat je wilt bewaren en laad de pagina opnieuw.'
            : params.expected
              ? 'Iemand anders heeft dit item opgeslagen nadat jij het opende. Jouw tekst staat nog in het scherm: kopieer wat je wilt bewaren, laad de pagina opnieuw en voeg het weer toe.'
              : 'Iemand anders heeft dit item intussen opgeslagen als concept. Jouw tekst staat nog in het scherm: kopieer wat je wilt bewaren, laad de pagina opnieuw en voeg het weer toe.',
        );
      }
      const parent = current ?? (await this.published());
      const write = new Map<string, string>();
      for (const f of dataFiles) write.set(f.path, await this.git.writeBlob(f.raw));
      for (const a of assets) write.set(a.path, await this.git.writeBlob(Buffer.from(a.content, a.encoding as BufferEncoding)));
      // Uploads the editor removed from the entry leave its branch too.
      const remove: string[] = [];
      if (current) {
        const base = await this.git.mergeBase(await this.published(), current);
        if (base) for (const d of await this.git.diff(base, current)) if (d.status === 'A' && !isDataFile(d.path) && !write.has(d.path)) remove.push(d.path);
      }
      const tree = await this.git.writeTree(parent, write, remove);
      const commit = await this.git.commitTree(tree, [parent], options.commitMessage, this.author);
      if (!(await this.git.moveRef(ref, commit, current ?? ZERO, 'beheer: opslaan'))) {
        throw new Refusal('Iemand anders sloeg dit item tegelijk op. Jouw tekst staat nog in het scherm: probeer het opnieuw.');
      }
      if (!current) await this.git.setConfig(`branch.${branch}.description`, `${LABEL_PREFIX}${STATUSES.includes(options.status as Status) ? options.status : 'draft'}`);
      return { message: 'entry persisted', version: commit };
    });
  }

  updateUnpublishedEntryStatus(collection: string, slug: string, newStatus: string) {
    return this.serial(async () => {
      if (!STATUSES.includes(newStatus as Status)) throw new Refusal(`Onbekende status "${newStatus}".`, 422);
      const branch = entryBranch(checkName('collectie', collection), checkName('naam', slug));
      if (!(await this.changes(branch))) throw new Refusal('Dit item staat niet (meer) in de workflow. Laad de pagina opnieuw.', 404);
      if (newStatus !== 'draft') await this.check(collection, branch);
      await this.git.setConfig(`branch.${branch}.description`, `${LABEL_PREFIX}${newStatus}`);
      return { message: `status ${newStatus}` };
    });
  }

  /** The content model's check of the entry's files on its branch; a Refusal naming file and field. */
  private async check(collection: string, branch: string) {
    const changes = await this.changes(branch);
    if (!changes) return;
    const problems: string[] = [];
    for (const d of changes.diff) {
      if (!isDataFile(d.path)) continue;
      const blob = await this.git.blob(`${changes.head}:${d.path}`);
      if (d.path === GLOSSARY_PATH) {
        problems.push(...this.glossaryProblems(blob));
        continue;
      }
      const front = readFrontMatter(blob ?? Buffer.alloc(0));
      if ('problem' in front) {
        problems.push(`${d.path}: ${front.problem.field}: gevonden ${front.problem.found}; toegestaan: ${front.problem.allowed}`);
        continue;
      }
      const name = d.path.split('/')[1] as CollectionName;
      if (name !== collection || !collectionNames.includes(name)) continue;
      for (const p of checkEntry(name, { ...front.raw, body: front.body }, d.path)) problems.push(`${d.path}: ${describeProblem(p)}`);
    }
    if (problems.length) throw new Refusal(`Dit item klopt nog niet en kan niet verder. ${problems.join(' — ')}`, 422);
  }

  /** The build's checks of the begrippenlijst (schema, each term once), worded as in the admin. */
  private glossaryProblems(blob: Buffer | undefined): string[] {
    let raw: unknown;
    try {
      raw = readYamlFile((blob ?? Buffer.alloc(0)).toString('utf8'));
    } catch (e) {
      return [`${GLOSSARY_PATH}: ${(e as Error).message}`];
    }
    return checkGlossary(raw, GLOSSARY_PATH).problems.map((p) => `${GLOSSARY_PATH}: ${describeProblem(p)}`);
  }

  publishUnpublishedEntry(collection: string, slug: string) {
    return this.serial(async () => {
      const branch = entryBranch(checkName('collectie', collection), checkName('naam', slug));
      const changes = await this.changes(branch);
      if (!changes) throw new Refusal('Dit item staat niet (meer) in de workflow. Laad de pagina opnieuw.', 404);
      if ((await this.status(branch)) !== 'pending_publish') throw new Refusal('Alleen een item in de kolom "Klaar" kan gepubliceerd worden.', 422);
      await this.check(collection, branch);
      const published = await this.published();
      const merged = await this.git.mergeTrees(published, changes.head);
      if ('conflicts' in merged) {
        throw new Refusal(
          `${merged.conflicts.join(', ')} is op de site veranderd nadat dit concept begon, op dezelfde plek. Er is niets samengevoegd. Open het gepubliceerde item, neem de wijzigingen uit dit concept over en verwijder dit concept.`,
        );
      }
      const title = await this.titleOf(changes.head, changes.diff.map((d) => d.path));
      const commit = await this.git.commitTree(merged.tree, [published], `Publiceer ${collection} "${title ?? slug}"`, this.author);
      await this.advancePublished(published, commit);
      await this.git.deleteRef(branchRef(branch), changes.head);
      await this.git.unsetSection(`branch.${branch}`);
      await this.dropNotes(collection, slug);
      return { message: `${branch} gepubliceerd in ${this.branch}` };
    });
  }

  private async titleOf(head: string, paths: string[]): Promise<string | undefined> {
    const path = paths.find(isDataFile);
    if (!path) return undefined;
    if (path === GLOSSARY_PATH) return 'Begrippenlijst';
    const front = readFrontMatter((await this.git.blob(`${head}:${path}`)) ?? Buffer.alloc(0));
    const collection = path.split('/')[1] as CollectionName;
    const field = collections[collection]?.titleField;
    const title = 'raw' in front && field ? front.raw[field] : undefined;
    return typeof title === 'string' ? title : undefined;
  }

  /**
   * Move the published branch from `from` to `to` (a child of `from`). Where a working tree has it
   * checked out, through `git merge --ff-only` there, so that tree's files follow and its own
   * uncommitted changes stay as they are; git refuses (and nothing changes) when they are in the way.
   */
  private async advancePublished(from: string, to: string) {
    const ref = branchRef(this.branch);
    const checkedOut = (await this.git.worktrees()).filter((w) => w.branch === ref && !w.bare);
    if (checkedOut.length === 0) {
      if (!(await this.git.moveRef(ref, to, from, 'beheer: publiceren'))) throw new Refusal(`"${this.branch}" veranderde tegelijk. Probeer het opnieuw.`);
      return;
    }
    const tree = checkedOut[0]!.path;
    try {
      await this.git.run(['merge', '--ff-only', '--no-edit', '--quiet', to], { cwd: tree });
    } catch (error) {
      if (!(error instanceof GitError)) throw error;
      const files = [...error.stderr.matchAll(/^\t(.+)$/gm)].map((m) => m[1]!.trim());
      if (/would be overwritten|untracked working tree files/.test(error.stderr)) {
        throw new Refusal(
          `In ${tree} ${files.length === 1 ? 'heeft' : 'hebben'} ${files.join(', ') || 'bestanden van dit item'} eigen wijzigingen die nog niet zijn vastgelegd. Het beheer raakt die niet aan. Leg ze vast (git commit) of zet ze opzij (git stash) en publiceer opnieuw.`,
        );
      }
      if (/Not possible to fast-forward|not something we can merge/i.test(error.stderr)) {
        throw new Refusal(`"${this.branch}" veranderde tegelijk. Probeer het opnieuw.`);
      }
      throw error;
    }
  }

  deleteUnpublishedEntry(collection: string, slug: string) {
    return this.serial(async () => {
      const branch = entryBranch(checkName('collectie', collection), checkName('naam', slug));
      const head = await this.git.resolve(branchRef(branch));
      if (head) await this.git.deleteRef(branchRef(branch), head);
      await this.git.unsetSection(`branch.${branch}`);
      await this.dropNotes(collection, slug);
      return { message: `${branch} verwijderd` };
    });
  }

  // --- Notes -----------------------------------------------------------------------------------------

  private notesDir: string | undefined;

  private async notesFile(collection: string, slug: string): Promise<string> {
    this.notesDir ??= join(resolve(this.git.repo, await this.git.text(['rev-parse', '--git-common-dir'])), 'mao-cms-notes');
    return join(this.notesDir, checkName('collectie', collection), `${checkName('naam', slug)}.json`);
  }

  async getNotes(collection: string, slug: string): Promise<Note[]> {
    try {
      return JSON.parse(readFileSync(await this.notesFile(collection, slug), 'utf8')) as Note[];
    } catch {
      return [];
    }
  }

  private async writeNotes(collection: string, slug: string, notes: Note[]) {
    const file = await this.notesFile(collection, slug);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(notes, null, 2));
  }

  addNote(collection: string, slug: string, note: Partial<Note>) {
    return this.serial(async () => {
      const content = typeof note.content === 'string' ? note.content.trim() : '';
      if (!content) throw new Refusal('Een lege opmerking wordt niet bewaard.', 422);
      const author = !note.author || note.author === 'Anonymous' ? this.author.name : String(note.author);
      const saved: Note = { id: randomUUID(), author, content, timestamp: new Date().toISOString(), resolved: false, isOwn: true, entrySlug: slug };
      await this.writeNotes(collection, slug, [...(await this.getNotes(collection, slug)), saved]);
      return saved;
    });
  }

  updateNote(collection: string, slug: string, id: string, updates: Partial<Note>) {
    return this.serial(async () => {
      const notes = await this.getNotes(collection, slug);
      const note = notes.find((n) => n.id === id);
      if (!note) throw new Refusal('Deze opmerking bestaat niet meer. Laad de pagina opnieuw.', 404);
      if (typeof updates.content === 'string') note.content = updates.content.trim();
      if (typeof updates.resolved === 'boolean') note.resolved = updates.resolved;
      await this.writeNotes(collection, slug, notes);
      return note;
    });
  }

  toggleNoteResolution(collection: string, slug: string, id: string) {
    return this.getNotes(collection, slug).then((notes) => this.updateNote(collection, slug, id, { resolved: !notes.find((n) => n.id === id)?.resolved }));
  }

  deleteNote(collection: string, slug: string, id: string) {
    return this.serial(async () => {
      await this.writeNotes(collection, slug, (await this.getNotes(collection, slug)).filter((n) => n.id !== id));
      return {};
    });
  }

  private async dropNotes(collection: string, slug: string) {
    rmSync(await this.notesFile(collection, slug), { force: true });
  }

  // --- Refused: what would bypass review ---------------------------------------------------------------

  persistMedia(): never {
    throw new Refusal(
      'Een afbeelding los uploaden zou haar zonder beoordeling op de site zetten. Upload haar in het item zelf (veld Afbeelding): dan gaat ze mee in de beoordeling.',
      422,
    );
  }

  deleteFiles(paths: string[]): never {
    const media = paths.every((p) => p.startsWith(`${MEDIA_FOLDER}/`));
    const practice = paths.some((p) => p.startsWith('content/practices/'));
    throw new Refusal(
      media
        ? 'Een afbeelding van de site verwijderen kan hier niet: dat zou zonder beoordeling gebeuren. Vraag het programmabureau om haar te verwijderen.'
        : `Een gepubliceerd item verwijderen kan hier niet: dat zou zonder beoordeling gebeuren. ${
            practice ? 'Wil je het van de site halen? Zet "Verborgen op de site" aan en stuur het ter beoordeling.' : 'Vraag het programmabureau om het van de site te halen.'
          }`,
      422,
    );
  }
}

function mediaFile(path: string, id: string, content: Buffer) {
  return { id, content: content.toString('base64'), encoding: 'base64', path, name: basename(path) };
}
