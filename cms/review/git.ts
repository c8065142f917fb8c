/**
 * Git for the local review server (cms/review/server.ts): only plumbing on the object store and refs
 * (read blobs and trees, write blobs, trees and commits, move a ref only from the value it had), so
 * no working tree is ever checked out, cleaned or committed from. The one exception is publishing
 * into a working tree that has the published branch checked out: `git merge --ff-only`, which git
 * itself refuses (changing nothing) when it would touch a file with uncommitted changes.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export class GitError extends Error {
  readonly args: string[];
  readonly code: number | null;
  readonly stderr: string;
  constructor(args: string[], code: number | null, stderr: string) {
    super(`git ${args.join(' ')} (code ${code}): ${stderr.trim()}`);
    this.name = 'GitError';
    this.args = args;
    this.code = code;
    this.stderr = stderr;
  }
}

export interface GitRunOptions {
  input?: string | Buffer;
  env?: Record<string, string>;
  cwd?: string;
  /** Exit codes that are an answer, not a failure (e.g. 1 of merge-tree for a conflict). */
  okCodes?: number[];
}

export const ZERO = '0000000000000000000000000000000000000000';

export class Git {
  readonly repo: string;
  constructor(repo: string) {
    this.repo = repo;
  }

  run(args: string[], options: GitRunOptions = {}): Promise<{ stdout: Buffer; code: number }> {
    return new Promise((resolve, reject) => {
      const child = execFile(
        'git',
        args,
        {
          cwd: options.cwd ?? this.repo,
          encoding: 'buffer',
          maxBuffer: 1024 * 1024 * 1024,
          // Never ask anyone anything, never open an editor, the same words whatever the locale.
          env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_EDITOR: 'true', LC_ALL: 'C', ...options.env },
        },
        (error, stdout, stderr) => {
          const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
          if (error && !(options.okCodes ?? []).includes(code)) reject(new GitError(args, code, String(stderr)));
          else resolve({ stdout, code });
        },
      );
      if (options.input !== undefined) child.stdin!.end(options.input);
    });
  }

  async text(args: string[], options: GitRunOptions = {}): Promise<string> {
    return (await this.run(args, options)).stdout.toString('utf8').trim();
  }

  /** The commit a ref points at, or undefined when it does not exist. */
  async resolve(ref: string): Promise<string | undefined> {
    const { stdout, code } = await this.run(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { okCodes: [1] });
    return code === 0 ? stdout.toString().trim() : undefined;
  }

  async refs(prefix: string): Promise<{ ref: string; commit: string }[]> {
    const out = await this.text(['for-each-ref', '--format=%(refname) %(objectname)', prefix]);
    return out ? out.split('\n').map((line) => ({ ref: line.slice(0, line.indexOf(' ')), commit: line.slice(line.indexOf(' ') + 1) })) : [];
  }

  /** Files under `path` (a folder, or '' for everything) in a commit: path → blob id. */
  async tree(commit: string, path = ''): Promise<Map<string, string>> {
    const args = ['ls-tree', '-r', '-z', '--full-tree', commit];
    if (path) args.push('--', path.endsWith('/') ? path : `${path}/`);
    const out = (await this.run(args)).stdout.toString('utf8');
    const files = new Map<string, string>();
    for (const line of out.split('\0')) {
      if (!line) continue;
      const tab = line.indexOf('\t');
      const [, type, id] = line.slice(0, tab).split(' ');
      if (type === 'blob') files.set(line.slice(tab + 1), id!);
    }
    return files;
  }

  /** The contents of blobs (by id or `commit:path`), in order; undefined for one that is missing. */
  async blobs(specs: string[]): Promise<(Buffer | undefined)[]> {
    if (specs.length === 0) return [];
    const { stdout } = await this.run(['cat-file', '--batch'], { input: specs.join('\n') + '\n' });
    const out: (Buffer | undefined)[] = [];
    let at = 0;
    for (let i = 0; i < specs.length; i++) {
      const eol = stdout.indexOf(10, at);
      const header = stdout.subarray(at, eol).toString('utf8');
      at = eol + 1;
      if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
        out.push(undefined);
        continue;
      }
      const size = Number(header.slice(header.lastIndexOf(' ') + 1));
      const type = header.split(' ')[1];
      out.push(type === 'blob' ? stdout.subarray(at, at + size) : undefined);
      at += size + 1;
    }
    return out;
  }

  async blob(spec: string): Promise<Buffer | undefined> {
    return (await this.blobs([spec]))[0];
  }

  async writeBlob(content: Buffer | string): Promise<string> {
    return this.text(['hash-object', '-w', '--stdin'], { input: content });
  }

  /**
   * A new tree: `base`'s tree with these files written (path → blob id) and these removed, built in
   * a throwaway index so neither the working tree nor the real index is touched.
   */
  async writeTree(base: string, write: Map<string, string>, remove: string[]): Promise<string> {
    const dir = mkdtempSync(join(tmpdir(), 'mao-review-index-'));
    const env = { GIT_INDEX_FILE: join(dir, 'index') };
    try {
      await this.run(['read-tree', base], { env });
      const lines = [...remove.map((p) => `0 ${ZERO}\t${p}`), ...[...write].map(([p, id]) => `100644 ${id}\t${p}`)];
      if (lines.length) await this.run(['update-index', '-z', '--index-info'], { env, input: lines.join('\0') + '\0' });
      return await this.text(['write-tree'], { env });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  async commitTree(tree: string, parents: string[], message: string, author: { name: string; email: string }): Promise<string> {
    const env = { GIT_AUTHOR_NAME: author.name, GIT_AUTHOR_EMAIL: author.email, GIT_COMMITTER_NAME: author.name, GIT_COMMITTER_EMAIL: author.email };
    return this.text(['commit-tree', '--no-gpg-sign', tree, ...parents.flatMap((p) => ['-p', p])], { env, input: message });
  }

  /** Move `ref` to `to` only if it still points at `from` (ZERO: only if it does not exist yet). */
  async moveRef(ref: string, to: string, from: string, reason: string): Promise<boolean> {
    const { code } = await this.run(['update-ref', '-m', reason, ref, to, from], { okCodes: [1, 128] });
    return code === 0;
  }

  async deleteRef(ref: string, from: string): Promise<boolean> {
    const { code } = await this.run(['update-ref', '-d', ref, from], { okCodes: [1, 128] });
    return code === 0;
  }

  async mergeBase(a: string, b: string): Promise<string | undefined> {
    const { stdout, code } = await this.run(['merge-base', a, b], { okCodes: [1] });
    return code === 0 ? stdout.toString().trim() : undefined;
  }

  /** Files that differ between two commits: status letter (A, M, D) and path; renames as D + A. */
  async diff(from: string, to: string): Promise<{ status: string; path: string }[]> {
    const out = (await this.run(['diff-tree', '-r', '-z', '--no-renames', '--name-status', from, to])).stdout.toString('utf8');
    const parts = out.split('\0').filter(Boolean);
    const files: { status: string; path: string }[] = [];
    for (let i = 0; i + 1 < parts.length; i += 2) files.push({ status: parts[i]!, path: parts[i + 1]! });
    return files;
  }

  /** A three-way merge without a working tree: the merged tree, or the paths that conflict. */
  async mergeTrees(ours: string, theirs: string): Promise<{ tree: string } | { conflicts: string[] }> {
    const { stdout, code } = await this.run(['merge-tree', '--write-tree', '--name-only', '-z', '--no-messages', ours, theirs], { okCodes: [1] });
    const parts = stdout.toString('utf8').split('\0').filter(Boolean);
    if (code === 0) return { tree: parts[0]! };
    return { conflicts: [...new Set(parts.slice(1))] };
  }

  /** The working trees of this repository and the branch each has checked out. */
  async worktrees(): Promise<{ path: string; branch?: string; bare: boolean }[]> {
    const out = await this.text(['worktree', 'list', '--porcelain']);
    return out.split('\n\n').map((block) => {
      const lines = block.split('\n');
      const path = lines.find((l) => l.startsWith('worktree '))?.slice('worktree '.length) ?? '';
      const branch = lines.find((l) => l.startsWith('branch '))?.slice('branch '.length);
      return { path, branch, bare: lines.includes('bare') };
    });
  }

  async config(key: string): Promise<string | undefined> {
    const { stdout, code } = await this.run(['config', '--get', key], { okCodes: [1] });
    return code === 0 ? stdout.toString().trim() : undefined;
  }

  async setConfig(key: string, value: string): Promise<void> {
    await this.run(['config', key, value]);
  }

  async unsetSection(section: string): Promise<void> {
    await this.run(['config', '--remove-section', section], { okCodes: [1, 128] });
  }
}
