/**
 * The local review workflow (cms/review/workflow.ts) on a real Git repository made for each test:
 * the normal path, and every fault decap-server's git mode has on a working tree people also use.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Refusal, Workflow } from '../../cms/review/workflow.ts';
import { REPO } from '../support/cms-project.ts';

const git = (dir: string, ...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } }).trim();

/** A repository with two real practices on main, committed by "Ontwikkelaar". */
export function makeRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mao-review-'));
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.name', 'Ontwikkelaar');
  git(dir, 'config', 'user.email', 'dev@example.org');
  mkdirSync(join(dir, 'content', 'practices'), { recursive: true });
  for (const f of ['dokwerk-gorinchem.md', 'alles-in-een-school-enschede.md']) cpSync(join(REPO, 'content', 'practices', f), join(dir, 'content', 'practices', f));
  writeFileSync(join(dir, 'README.md'), 'test\n');
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'begin');
  return dir;
}

const practice = (title: string, extra = '') =>
  readFileSync(join(REPO, 'content', 'practices', 'dokwerk-gorinchem.md'), 'utf8').replace(/^title: .*$/m, `title: "${title}"`) + extra;

const entry = (slug: string, raw: string, extra: Record<string, unknown> = {}) => ({
  dataFiles: [{ path: `content/practices/${slug}.md`, raw, slug }],
  assets: [] as { path: string; content: string; encoding: string }[],
  options: { collectionName: 'practices', commitMessage: `Maak ${slug}`, useWorkflow: true, status: 'draft' },
  ...extra,
});

async function refusal(promise: Promise<unknown>): Promise<Refusal> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Refusal) return error;
    throw error;
  }
  throw new Error('geen weigering');
}

describe('the local review workflow', () => {
  let dir = '';
  let wf: Workflow;
  beforeEach(() => {
    dir = makeRepo();
    wf = new Workflow({ repo: dir, branch: 'main' });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('concept → ter beoordeling → klaar → gepubliceerd, without touching the developer\'s own changes', async () => {
    // The developer's own work: a changed tracked file, an untracked file, a staged file.
    writeFileSync(join(dir, 'README.md'), 'mijn eigen wijziging\n');
    writeFileSync(join(dir, 'notities.txt'), 'niet vastgelegd\n');
    writeFileSync(join(dir, 'staged.txt'), 'klaargezet\n');
    git(dir, 'add', 'staged.txt');
    const before = git(dir, 'rev-parse', 'main');

    await wf.persistEntry(entry('nieuw-voorbeeld', practice('Nieuw voorbeeld')));
    expect(await wf.unpublishedEntries()).toEqual(['practices/nieuw-voorbeeld']);
    const un = await wf.unpublishedEntry('practices', 'nieuw-voorbeeld');
    expect(un).toMatchObject({ status: 'draft', diffs: [{ path: 'content/practices/nieuw-voorbeeld.md', newFile: true, binary: false }] });
    expect((await wf.unpublishedEntryDataFile('practices', 'nieuw-voorbeeld', 'content/practices/nieuw-voorbeeld.md')).data).toContain('title: "Nieuw voorbeeld"');
    // Nothing reached main or the working tree; nothing of the developer's was committed.
    expect(git(dir, 'rev-parse', 'main')).toBe(before);
    expect(existsSync(join(dir, 'content', 'practices', 'nieuw-voorbeeld.md'))).toBe(false);
    expect(git(dir, 'show', '--name-only', '--format=', 'cms/practices/nieuw-voorbeeld')).toBe('content/practices/nieuw-voorbeeld.md');
    expect(git(dir, 'log', '-1', '--format=%an', 'cms/practices/nieuw-voorbeeld')).toBe('Beheer (lokaal)');
    expect((await wf.entriesByFolder('content/practices', 'md', 1)).map((e) => e.file.path)).not.toContain('content/practices/nieuw-voorbeeld.md');

    const notReady = await refusal(wf.publishUnpublishedEntry('practices', 'nieuw-voorbeeld'));
    expect(notReady.message).toContain('Klaar');
    await wf.updateUnpublishedEntryStatus('practices', 'nieuw-voorbeeld', 'pending_review');
    await wf.updateUnpublishedEntryStatus('practices', 'nieuw-voorbeeld', 'draft'); // sent back
    await wf.updateUnpublishedEntryStatus('practices', 'nieuw-voorbeeld', 'pending_publish');
    expect((await wf.unpublishedEntry('practices', 'nieuw-voorbeeld')).status).toBe('pending_publish');
    await wf.publishUnpublishedEntry('practices', 'nieuw-voorbeeld');

    // Published into main, and into the working tree that has main checked out; the rest untouched.
    expect(git(dir, 'rev-parse', 'main^')).toBe(before);
    expect(git(dir, 'log', '-1', '--format=%s', 'main')).toBe('Publiceer practices "Nieuw voorbeeld"');
    expect(readFileSync(join(dir, 'content', 'practices', 'nieuw-voorbeeld.md'), 'utf8')).toContain('Nieuw voorbeeld');
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe('mijn eigen wijziging\n');
    expect(readFileSync(join(dir, 'notities.txt'), 'utf8')).toBe('niet vastgelegd\n');
    expect(git(dir, 'status', '--porcelain').split('\n').map((l) => l.trim()).sort()).toEqual(['?? notities.txt', 'A  staged.txt', 'M README.md']);
    expect(await wf.unpublishedEntries()).toEqual([]);
    expect(git(dir, 'branch', '--list', 'cms/*')).toBe('');
  });

  it('refuses an invalid entry for review and for publishing, naming file and field', async () => {
    await wf.persistEntry(entry('kapot', practice('Kapot').replace(/^province: .*$/m, 'province: atlantis')));
    const r = await refusal(wf.updateUnpublishedEntryStatus('practices', 'kapot', 'pending_review'));
    expect(r.status).toBe(422);
    expect(r.message).toMatch(/content\/practices\/kapot\.md: Provincie.*atlantis/);
    expect((await wf.unpublishedEntry('practices', 'kapot')).status).toBe('draft');
  });

  it('reviews the begrippenlijst like an entry: on the board, checked, and published into content/begrippen.yml', async () => {
    cpSync(join(REPO, 'content', 'begrippen.yml'), join(dir, 'content', 'begrippen.yml'));
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'begrippen');
    const original = readFileSync(join(dir, 'content', 'begrippen.yml'), 'utf8');
    const glossary = (raw: string) => ({
      dataFiles: [{ path: 'content/begrippen.yml', raw, slug: 'begrippen' }],
      assets: [] as { path: string; content: string; encoding: string }[],
      options: { collectionName: 'begrippen', commitMessage: 'Werk de begrippenlijst bij', useWorkflow: true, status: 'draft' },
    });
    // A term twice: refused for review, naming the file and the term.
    const twice = original.replace('terms:\n', 'terms:\n  - term: "MDO"\n    explanation: "Nog een keer."\n');
    await wf.persistEntry(glossary(twice));
    expect(await wf.unpublishedEntries()).toEqual(['begrippen/begrippen']);
    const r = await refusal(wf.updateUnpublishedEntryStatus('begrippen', 'begrippen', 'pending_review'));
    expect(r.status).toBe(422);
    expect(r.message).toMatch(/content\/begrippen\.yml: Begrip.*MDO/);
    // A new term: through review into main.
    const added = original.replace('terms:\n', 'terms:\n  - term: "IKC"\n    full: "integraal kindcentrum"\n    explanation: "Een plek waar onderwijs en kinderopvang samen zijn."\n');
    await wf.persistEntry({ ...glossary(added), expected: git(dir, 'rev-parse', 'cms/begrippen/begrippen') });
    await wf.updateUnpublishedEntryStatus('begrippen', 'begrippen', 'pending_review');
    await wf.updateUnpublishedEntryStatus('begrippen', 'begrippen', 'pending_publish');
    await wf.publishUnpublishedEntry('begrippen', 'begrippen');
    expect(git(dir, 'show', 'main:content/begrippen.yml')).toBe(added.trimEnd());
    expect(git(dir, 'log', '-1', '--format=%s', 'main')).toBe('Publiceer begrippen "Begrippenlijst"');
  });

  it('tells the second of two editors, and keeps the first one\'s save', async () => {
    const opened = null; // both opened the new entry before anyone saved
    await wf.persistEntry({ ...entry('samen', practice('Eerste')), expected: opened });
    const r = await refusal(wf.persistEntry({ ...entry('samen', practice('Tweede')), expected: opened }));
    expect(r.message).toMatch(/Iemand anders heeft dit item intussen opgeslagen/);
    expect((await wf.unpublishedEntryDataFile('practices', 'samen', 'content/practices/samen.md')).data).toContain('Eerste');
    // With the version it opened, a save goes through.
    const { version } = await wf.unpublishedEntry('practices', 'samen');
    await wf.persistEntry({ ...entry('samen', practice('Derde')), expected: version });
    const stale = await refusal(wf.persistEntry({ ...entry('samen', practice('Vierde')), expected: version }));
    expect(stale.message).toMatch(/nadat jij het opende/);
  });

  it('keeps a concept correct after main moves on, and refuses a conflict with nothing half-merged', async () => {
    const path = 'content/practices/dokwerk-gorinchem.md';
    const original = readFileSync(join(dir, path), 'utf8');
    await wf.persistEntry(entry('nieuw', practice('Nieuw')));
    await wf.persistEntry(entry('dokwerk-gorinchem', original.replace(/^title: .*$/m, 'title: "DOKwerk uit het beheer"')));
    // Main moves on: the developer commits a change to the same line of the same practice.
    writeFileSync(join(dir, path), original.replace(/^title: .*$/m, 'title: "DOKwerk van de ontwikkelaar"'));
    git(dir, 'commit', '-q', '-am', 'eigen titel');
    const main = git(dir, 'rev-parse', 'main');
    // The new concept is still only its own file; the edited one still shows its own title.
    expect((await wf.unpublishedEntry('practices', 'nieuw')).diffs.map((d) => d.path)).toEqual(['content/practices/nieuw.md']);
    expect((await wf.unpublishedEntryDataFile('practices', 'dokwerk-gorinchem', path)).data).toContain('DOKwerk uit het beheer');
    await wf.updateUnpublishedEntryStatus('practices', 'dokwerk-gorinchem', 'pending_publish');
    const r = await refusal(wf.publishUnpublishedEntry('practices', 'dokwerk-gorinchem'));
    expect(r.message).toMatch(/^content\/practices\/dokwerk-gorinchem\.md is op de site veranderd/);
    expect(git(dir, 'rev-parse', 'main')).toBe(main);
    expect(git(dir, 'status', '--porcelain')).toBe('');
    expect(readFileSync(join(dir, path), 'utf8')).toContain('DOKwerk van de ontwikkelaar');
    // The other concept publishes on top of the moved main.
    await wf.updateUnpublishedEntryStatus('practices', 'nieuw', 'pending_publish');
    await wf.publishUnpublishedEntry('practices', 'nieuw');
    expect(git(dir, 'rev-parse', 'main^')).toBe(main);
  });

  it('publishes into the configured branch only, whatever is checked out', async () => {
    git(dir, 'checkout', '-q', '-b', 'eigen-werk');
    await wf.persistEntry(entry('elders', practice('Elders')));
    await wf.updateUnpublishedEntryStatus('practices', 'elders', 'pending_publish');
    await wf.publishUnpublishedEntry('practices', 'elders');
    expect(git(dir, 'show', 'main:content/practices/elders.md')).toContain('Elders');
    expect(git(dir, 'rev-parse', '--abbrev-ref', 'HEAD')).toBe('eigen-werk');
    expect(existsSync(join(dir, 'content', 'practices', 'elders.md'))).toBe(false);
  });

  it('refuses to publish over the developer\'s uncommitted change to the same file, changing nothing', async () => {
    const path = 'content/practices/dokwerk-gorinchem.md';
    const original = readFileSync(join(dir, path), 'utf8');
    await wf.persistEntry(entry('dokwerk-gorinchem', original.replace(/^title: .*$/m, 'title: "Uit het beheer"')));
    await wf.updateUnpublishedEntryStatus('practices', 'dokwerk-gorinchem', 'pending_publish');
    writeFileSync(join(dir, path), original + '\nMijn eigen regel.\n');
    const main = git(dir, 'rev-parse', 'main');
    const r = await refusal(wf.publishUnpublishedEntry('practices', 'dokwerk-gorinchem'));
    expect(r.message).toContain(`${path} eigen wijzigingen`);
    expect(git(dir, 'rev-parse', 'main')).toBe(main);
    expect(readFileSync(join(dir, path), 'utf8')).toBe(original + '\nMijn eigen regel.\n');
    expect(await wf.unpublishedEntries()).toEqual(['practices/dokwerk-gorinchem']);
  });

  it('leaves branches merged, emptied or deleted outside the CMS off the board', async () => {
    await wf.persistEntry(entry('blijft', practice('Blijft')));
    await wf.persistEntry(entry('samengevoegd', practice('Samengevoegd')));
    git(dir, 'merge', '-q', '--ff-only', 'cms/practices/samengevoegd');
    git(dir, 'branch', 'cms/practices/leeg', 'main');
    git(dir, 'branch', 'cms/iets-anders', 'main');
    await wf.persistEntry(entry('weg', practice('Weg')));
    git(dir, 'branch', '-D', 'cms/practices/weg');
    expect(await wf.unpublishedEntries()).toEqual(['practices/blijft']);
    expect((await refusal(wf.unpublishedEntry('practices', 'weg'))).status).toBe(404);
  });

  it('deletes a concept with its upload, and never a file of the working tree', async () => {
    writeFileSync(join(dir, 'los.txt'), 'niet vastgelegd\n');
    const png = Buffer.from('89504e470d0a1a0a', 'hex').toString('base64');
    await wf.persistEntry({ ...entry('met-foto', practice('Met foto')), assets: [{ path: 'public/uploads/foto.png', content: png, encoding: 'base64' }] });
    const un = await wf.unpublishedEntry('practices', 'met-foto');
    expect(un.diffs.find((d) => d.path === 'public/uploads/foto.png')).toMatchObject({ binary: true });
    expect((await wf.unpublishedEntryMediaFile('practices', 'met-foto', 'public/uploads/foto.png')).content).toBe(png);
    await wf.deleteUnpublishedEntry('practices', 'met-foto');
    expect(await wf.unpublishedEntries()).toEqual([]);
    expect(readFileSync(join(dir, 'los.txt'), 'utf8')).toBe('niet vastgelegd\n');
    expect(readFileSync(join(dir, '.git', 'config'), 'utf8')).not.toContain('cms/practices/met-foto');
  });

  it('refuses uploads and deletions that would bypass review, in Dutch', async () => {
    expect(() => wf.persistMedia()).toThrow(/Upload haar in het item zelf/);
    expect(() => wf.deleteFiles(['content/practices/dokwerk-gorinchem.md'])).toThrow(/Een gepubliceerd item verwijderen kan hier niet.*Verborgen op de site/);
    expect(() => wf.deleteFiles(['content/events/netwerkdag.md'])).toThrow(/Vraag het programmabureau om het van de site te halen/);
    expect(() => wf.deleteFiles(['public/uploads/a.png'])).toThrow(/Een afbeelding van de site verwijderen/);
    const r = await refusal(wf.persistEntry({ ...entry('direct', practice('Direct')), options: { collectionName: 'practices', commitMessage: 'x', useWorkflow: false, status: 'draft' } }));
    expect(r.message).toMatch(/alleen na beoordeling/);
    expect(git(dir, 'log', '--oneline', 'main').split('\n')).toHaveLength(1);
  });

  it('refuses paths outside the repository', async () => {
    const r = await refusal(wf.persistEntry({ ...entry('x', practice('X')), dataFiles: [{ path: '../buiten.md', raw: 'x', slug: 'x' }] }));
    expect(r.message).toMatch(/Ongeldig bestandspad/);
  });
});

describe('notes on an entry (the bureau sends back with a note)', () => {
  it('keeps notes per entry outside every branch, and drops them when the entry is published', async () => {
    const dir = makeRepo();
    try {
      const wf = new Workflow({ repo: dir, branch: 'main' });
      await wf.persistEntry(entry('met-opmerking', practice('Met opmerking')));
      const note = await wf.addNote('practices', 'met-opmerking', { content: '  Graag een bron bij het cijfer.  ', author: 'Anonymous' });
      expect(note).toMatchObject({ content: 'Graag een bron bij het cijfer.', author: 'Beheer (lokaal)', resolved: false });
      expect((await wf.toggleNoteResolution('practices', 'met-opmerking', note.id)).resolved).toBe(true);
      expect(await wf.getNotes('practices', 'met-opmerking')).toHaveLength(1);
      expect(git(dir, 'status', '--porcelain')).toBe('');
      await expect(wf.addNote('practices', 'met-opmerking', { content: ' ' })).rejects.toThrow(/lege opmerking/);
      await wf.updateUnpublishedEntryStatus('practices', 'met-opmerking', 'pending_publish');
      await wf.publishUnpublishedEntry('practices', 'met-opmerking');
      expect(await wf.getNotes('practices', 'met-opmerking')).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
