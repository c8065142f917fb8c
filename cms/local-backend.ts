/**
 * The local backend (decap-server, `npm start`) with a paged collection list and one read of a
 * folder for everything that needs it.
 *
 * Decap's own proxy backend answers `entriesByFolder` with every file of the folder, and Decap then
 * parses and renders every one of them as a card; the relation widget asks for the whole folder
 * again for every new search term. With 10,000 practices that is ~45 MB read, sent and parsed per
 * list and per keystroke pause. decap-server cannot list a folder in parts, so this backend:
 *
 * - reads a folder once (one `entriesByFolder` request) and keeps the answer until this admin writes
 *   or deletes something, or FOLDER_TTL_MS has passed (a reload of the page always reads afresh);
 * - gives the collection list the first LIST_PAGE_SIZE entries with a cursor, as the Git backends
 *   do: Decap parses and shows one page, and adds the next when the editor scrolls to the end;
 * - answers Decap's "all entries" (the relation widget's search, the list's search, sorting) from
 *   the same read (`allEntriesByFolder`).
 *
 * One file per entry stays as it is; nothing about the files changes.
 *
 * With the review server (cms/review/server.ts), it also:
 * - remembers which version of an entry the editor opened and sends it with the save, so a second
 *   editor who saves the same entry is told (in Dutch) instead of overwriting the first; their text
 *   stays in the editor;
 * - shows the server's Dutch refusals as they are (not "API_ERROR: …"), and a request without an
 *   answer as a Dutch message that says nothing was lost and it can be tried again.
 */
import { ProxyBackend } from 'decap-cms-backend-proxy';
import { Cursor, CURSOR_COMPATIBILITY_SYMBOL } from 'decap-cms-lib-util';
import { LIST_PAGE_SIZE, pageOf, type FolderKey, type ImplementationEntry } from './local-pages.ts';

export { LIST_PAGE_SIZE };

/** How long a read folder is reused when nothing was saved through the admin. */
export const FOLDER_TTL_MS = 5 * 60_000;

type Listed = ImplementationEntry[] & { [CURSOR_COMPATIBILITY_SYMBOL]?: unknown };

interface CursorLike {
  data?: { get(key: string): unknown };
  meta?: { get(key: string): unknown };
}

/** One page, with the cursor Decap keeps for the next (see cms/local-pages.ts). */
function page(all: ImplementationEntry[], index: number, folderKey: FolderKey) {
  const { entries, cursor } = pageOf(all, index, folderKey);
  return { entries, cursor: Cursor.create(cursor) };
}

/** The backend in use, when it is this one (the relation widgets read folders through it). */
let active: PagedProxyBackend | undefined;

/** A folder's raw files from the local backend, read once; undefined when another backend is in use. */
export function readLocalFolder(folder: string, extension: string, depth = 1): Promise<ImplementationEntry[]> | undefined {
  return active?.readFolder(folder, extension, depth);
}

/** A refusal or failure as the editor reads it: its message only, with the HTTP status kept for Decap. */
export class BackendMessage extends Error {
  status?: number;
  constructor(message: string, status?: number) {
    super(message);
    this.name = 'BackendMessage';
    this.status = status;
  }
  override toString() {
    return this.message;
  }
}

export const TIMEOUT_MESSAGE =
  'Het beheer op deze computer gaf geen antwoord op tijd. Er is niets half opgeslagen: probeer het opnieuw. Blijft dit gebeuren, kijk dan of npm start nog draait.';

type Payload = { action: string; params: Record<string, unknown> };

export class PagedProxyBackend extends ProxyBackend {
  /** The version (commit) of each unpublished entry as the editor opened it; null: it had none. */
  private opened = new Map<string, string | null>();

  override async request(payload: Payload) {
    const p = payload.params;
    if (payload.action === 'persistEntry') {
      const options = p.options as { collectionName?: string; newEntry?: boolean };
      const slug = (p.dataFiles as { slug?: string }[] | undefined)?.[0]?.slug;
      const key = `${options.collectionName}/${slug}`;
      const expected = options.newEntry ? null : this.opened.get(key);
      if (expected !== undefined) payload = { ...payload, params: { ...p, expected } };
      const result = await this.send(payload);
      if (result && typeof result.version === 'string') this.opened.set(key, result.version);
      return result;
    }
    if (payload.action === 'unpublishedEntry') {
      const key = typeof p.id === 'string' ? p.id : `${p.collection}/${p.slug}`;
      try {
        const entry = await this.send(payload);
        this.opened.set(key, typeof entry?.version === 'string' ? entry.version : null);
        return entry;
      } catch (error) {
        if ((error as BackendMessage).status === 404) this.opened.set(key, null);
        throw error;
      }
    }
    return this.send(payload);
  }

  private async send(payload: Payload) {
    try {
      return await super.request(payload);
    } catch (error) {
      const e = error as { message?: string; status?: number };
      if (/timed out/i.test(e.message ?? '') || (error as Error).name === 'AbortError') throw new BackendMessage(TIMEOUT_MESSAGE);
      if (/Failed to fetch|NetworkError/i.test(e.message ?? '')) {
        throw new BackendMessage('Het beheer op deze computer is niet bereikbaar. Draait npm start nog? Er is niets half opgeslagen: probeer het opnieuw.');
      }
      throw new BackendMessage(e.message ?? String(error), e.status);
    }
  }

  constructor(config: unknown, options?: unknown) {
    super(config, options);
    active = this;
  }

  readFolder(folder: string, extension: string, depth: number) {
    return this.folder(folder, extension, depth);
  }

  private folders = new Map<string, { at: number; entries: Promise<ImplementationEntry[]> }>();

  /** Every file of a folder, read once (one request) and shared by the list and the widgets. */
  private folder(folder: string, extension: string, depth: number): Promise<ImplementationEntry[]> {
    const key = `${folder}\n${extension}\n${depth}`;
    const cached = this.folders.get(key);
    if (cached && Date.now() - cached.at < FOLDER_TTL_MS) return cached.entries;
    const entries = (super.entriesByFolder(folder, extension, depth) as Promise<ImplementationEntry[]>).catch((error: unknown) => {
      this.folders.delete(key);
      throw error;
    });
    this.folders.set(key, { at: Date.now(), entries });
    return entries;
  }

  private forget() {
    this.folders.clear();
  }

  override async entriesByFolder(folder: string, extension: string, depth: number) {
    const all = await this.folder(folder, extension, depth);
    const { entries, cursor } = page(all, 1, { folder, extension, depth });
    const listed: Listed = entries;
    listed[CURSOR_COMPATIBILITY_SYMBOL] = cursor;
    return listed;
  }

  async allEntriesByFolder(folder: string, extension: string, depth: number, pathRegex?: RegExp) {
    const all = await this.folder(folder, extension, depth);
    return pathRegex ? all.filter((e) => pathRegex.test(e.file.path)) : all;
  }

  async traverseCursor(cursor: CursorLike, action: string) {
    const get = (key: string) => cursor.data?.get(key) ?? cursor.meta?.get(key);
    const folder = String(get('folder'));
    const extension = String(get('extension'));
    const depth = Number(get('depth'));
    const current = Number(get('page') ?? 1);
    const all = await this.folder(folder, extension, depth);
    const pageCount = Math.max(1, Math.ceil(all.length / LIST_PAGE_SIZE));
    const next = action === 'next' ? current + 1 : action === 'prev' ? current - 1 : action === 'first' ? 1 : action === 'last' ? pageCount : current;
    return page(all, next, { folder, extension, depth });
  }

  /** A write through the admin: what was read may be out of date, before and after it. */
  private async writing<T>(write: () => Promise<T>): Promise<T> {
    this.forget();
    try {
      return await write();
    } finally {
      this.forget();
    }
  }

  override persistEntry(...args: Parameters<ProxyBackend['persistEntry']>) {
    return this.writing(() => super.persistEntry(...args));
  }

  override deleteFiles(...args: Parameters<ProxyBackend['deleteFiles']>) {
    return this.writing(() => super.deleteFiles(...args));
  }

  override publishUnpublishedEntry(...args: Parameters<ProxyBackend['publishUnpublishedEntry']>) {
    return this.writing(() => super.publishUnpublishedEntry(...args));
  }
}
