/** A contribution's content problems show on its pull request, at the file, named by field (cms/content-annotations.ts). */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { annotation } from '../../cms/content-annotations.ts';
import { REPO } from '../support/cms-project.ts';

describe('content problems as pull-request annotations', () => {
  it('names file and field, escaped as GitHub reads it', () => {
    expect(annotation({ file: 'content/practices/a,b.md', field: 'province', label: 'Provincie', found: '"atlantis"', allowed: 'een van: Drenthe, …' })).toBe(
      '::error file=content/practices/a%2Cb.md,title=Inhoud%3A Provincie (province)::content/practices/a,b.md: province (Provincie): gevonden "atlantis"; toegestaan: een van: Drenthe, …',
    );
    expect(annotation({ file: 'content/events/x.md', field: '', found: 'een leeg bestand', allowed: 'front matter\nen tekst' })).toContain('title=Inhoud%3A bestand::content/events/x.md: bestand: gevonden een leeg bestand; toegestaan: front matter%0Aen tekst');
  });

  it('prints one annotation per problem of a broken content folder, and exits 0', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mao-annotations-'));
    try {
      cpSync(join(REPO, 'content'), join(dir, 'content'), { recursive: true });
      const file = join(dir, 'content', 'practices', 'dokwerk-gorinchem.md');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^province: .*$/m, 'province: atlantis'));
      const out = execFileSync(process.execPath, [join(REPO, 'cms', 'content-annotations.ts')], { cwd: REPO, env: { ...process.env, CONTENT_DIR: join(dir, 'content') }, encoding: 'utf8' });
      const lines = out.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^::error file=[^,]*dokwerk-gorinchem\.md,title=Inhoud%3A Provincie \(province\)::.*gevonden "atlantis"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('runs on every pull request before the content check, and only main is deployed', () => {
    const workflow = parse(readFileSync(join(REPO, '.github', 'workflows', 'site.yml'), 'utf8')) as { jobs: Record<string, { if?: string; steps: { run?: string }[] }> };
    const runs = workflow.jobs.test!.steps.map((s) => s.run?.trim());
    expect(runs.indexOf('node cms/content-annotations.ts')).toBeGreaterThan(-1);
    expect(runs.indexOf('node cms/content-annotations.ts')).toBeLessThan(runs.indexOf('npm run check:content'));
    expect(workflow.jobs.deploy!.if).toContain("github.ref == 'refs/heads/main'");
  });
});
