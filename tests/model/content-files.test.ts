/**
 * Files the content check must refuse with a clear line naming the file (src/model/load.ts and the
 * upload rules in src/model/rules.ts), each against a throw-away copy of the valid fixture set:
 * - unreadable YAML front matter (with the line in the file), a file that is not UTF-8, an empty file;
 * - uploads: a file in the media folder (public/uploads/) over MAX_UPLOAD_BYTES, which a Git commit
 *   can add without the CMS's limit; and a link to an upload that is not there, from an image field,
 *   a body or a Markdown field.
 */
import { describe, expect, test } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentFixture } from '../support/content-fixture.ts';
import { formatProblem } from '../../src/model/problems.ts';
import { MAX_UPLOAD_BYTES, MEDIA_FOLDER, PUBLIC_FOLDER } from '../../src/model/index.ts';
import { MAX_UPLOAD_BYTES as CMS_MAX_UPLOAD_BYTES, MEDIA_FOLDER as CMS_MEDIA_FOLDER } from '../../cms/config.ts';

const PRACTICE = 'content/practices/voorbeeldpraktijk.md';
const NEWS = 'content/news/voorbeeldnieuws.md';
const NEWSLETTER = 'content/newsletters/nieuwsbrief-1.md';


function copy(): ContentFixture {
  const fixture = new ContentFixture();
  return fixture;
}

/** Put a file of `bytes` bytes into the copy's media folder (public/uploads/<rel>). */
function upload(c: ContentFixture, rel: string, bytes: number): void {
  const file = join(c.root, MEDIA_FOLDER, rel);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, Buffer.alloc(bytes, 0xff));
}

describe('unreadable files', () => {
  test('the valid copy has no problem (so each problem below comes from its one change)', () => {
    expect(copy().lines()).toEqual([]);
  });

  test('unreadable YAML: the file, and the line in the file where reading stopped', () => {
    const c = copy().write('themes/kapot.md', '---\ntitle: Kapot\ndescription: "niet afgesloten\nnog: iets\n---\nTekst.\n');
    const lines = c.lines();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^content\/themes\/kapot\.md: front matter: gevonden YAML die niet te lezen is \(regel \d+: .+\); toegestaan: geldige YAML tussen twee regels ---$/);
    // The quote opened on line 3 is never closed.
    expect(lines[0]).toMatch(/\(regel [345]: /);
  });

  test('unreadable YAML on a later line names that line', () => {
    const c = copy().write('themes/kapot.md', '---\ntitle: Kapot\ndescription: Goed\nslug: [open\nverder: x\n---\nTekst.\n');
    expect(c.lines()[0]).toMatch(/\(regel [4-6]: /);
  });

  test('a duplicated field names its line', () => {
    const c = copy().write('themes/dubbel.md', '---\ntitle: Een\ndescription: Twee\ntitle: Drie\n---\n');
    expect(c.lines()).toEqual([expect.stringMatching(/^content\/themes\/dubbel\.md: front matter: gevonden YAML die niet te lezen is \(regel 4: .+\)/)]);
  });

  test('a file that is not UTF-8', () => {
    const c = copy();
    // "Café" in Latin-1: the é is the single byte 0xE9.
    writeFileSync(c.path('themes/latin1.md'), Buffer.concat([Buffer.from('---\ntitle: Caf'), Buffer.from([0xe9]), Buffer.from('\ndescription: x\n---\n')]));
    expect(c.lines()).toEqual(['content/themes/latin1.md: bestand: gevonden tekst die geen UTF-8 is; toegestaan: een tekstbestand in UTF-8 (sla het op als UTF-8)']);
  });

  test.each([
    ['empty', ''],
    ['only white space', ' \n\n\t\n'],
  ])('an empty file (%s)', (_, text) => {
    const c = copy().write('themes/leeg.md', text);
    expect(c.lines()).toEqual(['content/themes/leeg.md: bestand: gevonden een leeg bestand; toegestaan: front matter tussen twee regels --- en daaronder de tekst']);
  });

  test('a byte order mark is fine', () => {
    const c = copy();
    const text = c.read('themes/thuiszitters.md');
    c.write('themes/thuiszitters.md', `\uFEFF---\n${Object.entries(text.data).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('\n')}\n---\n${text.body}`);
    expect(c.lines()).toEqual([]);
  });
});

describe('uploads', () => {
  test('one limit, shared by the CMS and the content check', () => {
    expect(CMS_MAX_UPLOAD_BYTES).toBe(MAX_UPLOAD_BYTES);
    expect(CMS_MEDIA_FOLDER).toBe(MEDIA_FOLDER);
    expect(MAX_UPLOAD_BYTES).toBe(2_000_000);
  });

  test('files within the limit, linked from an image field, a body and a Markdown field: no problem', () => {
    const c = copy();
    upload(c, 'foto.jpg', 1000);
    upload(c, 'precies-de-grens.png', MAX_UPLOAD_BYTES);
    upload(c, 'map/in een map.webp', 10);
    writeFileSync(join(c.root, MEDIA_FOLDER, '.gitkeep'), '');
    c.edit('practices/voorbeeldpraktijk.md', (d) => (d.image = { src: `${PUBLIC_FOLDER}/foto.jpg`, alt: 'Een foto' }), '## Aanpak\n\n![Grens](/uploads/precies-de-grens.png "titel")\n\n<img src="/uploads/map/in%20een%20map.webp" alt="x">\n');
    c.edit('newsletters/nieuwsbrief-1.md', (d) => (d.intro = 'Zie [de foto](/uploads/foto.jpg?v=2).'));
    expect(c.lines()).toEqual([]);
  });

  test('a file over the limit (committed by Git, past the CMS) is refused, naming it', () => {
    const c = copy();
    upload(c, 'te-groot.jpg', MAX_UPLOAD_BYTES + 1);
    upload(c, 'map/ook-te-groot.png', 2_500_000);
    upload(c, 'klein.jpg', 10);
    expect(c.lines()).toEqual([
      `${MEDIA_FOLDER}/map/ook-te-groot.png: bestand: gevonden een bestand van 2.500 kB (2.500.000 bytes); toegestaan: hoogstens 2.000 kB (2.000.000 bytes) per bestand in public/uploads/. Maak de afbeelding kleiner (bijvoorbeeld 1600 pixels breed) en zet hem er opnieuw in.`,
      `${MEDIA_FOLDER}/te-groot.jpg: bestand: gevonden een bestand van 2.001 kB (2.000.001 bytes); toegestaan: hoogstens 2.000 kB (2.000.000 bytes) per bestand in public/uploads/. Maak de afbeelding kleiner (bijvoorbeeld 1600 pixels breed) en zet hem er opnieuw in.`,
    ]);
  });

  test('a link to an upload that is not there: from an image field, a body and a Markdown field', () => {
    const c = copy();
    upload(c, 'foto.jpg', 10);
    c.edit('practices/voorbeeldpraktijk.md', (d) => (d.image = { src: '/uploads/Foto.jpg', alt: 'Een foto' }));
    c.edit('news/voorbeeldnieuws.md', () => {}, 'Het nieuws.\n\n![Een foto](/uploads/weg.png)\n\n[Het verslag][v]\n\n[v]: /uploads/verslag.pdf\n');
    c.edit('newsletters/nieuwsbrief-1.md', (d) => (d.intro = 'Welkom. <img src="/uploads/kop.jpg" alt="">'));
    const missing = (file: string, field: string, url: string) =>
      `${file}: ${field}: gevonden "${url}", maar dat bestand staat niet in public/uploads/; toegestaan: een bestand dat in public/uploads/ staat: upload het in het beheerscherm, of zet het met Git in die map (let op hoofdletters).`;
    expect(c.lines().sort()).toEqual(
      [
        missing(PRACTICE, 'image.src (Bestand)', '/uploads/Foto.jpg'),
        missing(NEWS, 'body (Bericht)', '/uploads/weg.png'),
        missing(NEWS, 'body (Bericht)', '/uploads/verslag.pdf'),
        missing(NEWSLETTER, 'intro (Inleiding)', '/uploads/kop.jpg'),
      ].sort(),
    );
  });

  test('every problem is one line', () => {
    const c = copy();
    upload(c, 'te-groot.jpg', MAX_UPLOAD_BYTES + 1);
    c.edit('practices/voorbeeldpraktijk.md', (d) => (d.image = { src: '/uploads/weg.jpg', alt: 'x' }));
    for (const p of c.check()) expect(formatProblem(p)).not.toContain('\n');
  });
});
