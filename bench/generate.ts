/**
 * Generate a synthetic but realistic content root for the benchmark (deterministic: same seed and
 * size, same files). Written to `<out>/` with one folder per collection, as CONTENT_DIR expects:
 *
 * - advice, themes, organisations and pages: copied as-is from the real content/;
 * - regions: 40 — the 11 real profiles plus 29 generated ones (full, partial and empty profiles);
 * - practices: N (default 10,000), each valid per src/model/, with 400–600 words of Dutch-like body
 *   text from a word-level Markov chain over the real content's texts, plus a long tail of Dutch
 *   compounds (some frequent, many rare) so the search index has a realistic vocabulary;
 * - a few events (past and upcoming around SITE_NOW), news items, communities and one sent
 *   newsletter, so every page type exists.
 *
 * Three marker words are planted for the search benchmark and their page counts recorded in
 * `<out>/../bench-meta.json` (or returned): a rare word (on 3 practices), a medium word (on every
 * tenth practice) and a common word (on every practice, and on many other pages).
 *
 *   node bench/generate.ts --practices 1000 --out /tmp/mao-content [--seed 20261123] [--no-validate]
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { createRng, type Rng } from './lib/rng.ts';

const HERE = fileURLToPath(new URL('.', import.meta.url));
export const PROJECT_ROOT = resolve(HERE, '..');

export const MARKERS = {
  rare: 'kwikstaartroute',
  medium: 'buurtmentor',
  common: 'samenwerking',
} as const;

/** "Now" for the generated set: events before it are past, after it upcoming. */
export const DEFAULT_SITE_NOW = '2026-11-23T12:00:00+01:00';
export const DEFAULT_SEED = 20261123;

export interface GenerateOptions {
  practices: number;
  out: string;
  seed?: number;
  /** The real content root to copy and learn words from (default: the project's content/). */
  source?: string;
  log?: (line: string) => void;
}

export interface GenerateResult {
  out: string;
  seed: number;
  practices: number;
  counts: Record<string, number>;
  markers: { rare: MarkerInfo; medium: MarkerInfo; common: MarkerInfo };
  /** The practice the incremental build changes. */
  incrementalPractice: string;
  bodyWords: { min: number; max: number; mean: number };
  vocabulary: number;
  bytes: number;
  generateMs: number;
}

export interface MarkerInfo {
  word: string;
  /** Practices whose body contains the word (planted). */
  practices: number;
  /** Practice ids that contain it (only for the rare word). */
  ids?: string[];
}

// ---------------------------------------------------------------------------------------------
// Word material

const STOPWORDS = new Set(
  'de het een en van in op te dat die voor met is zijn aan er niet ook als bij om door naar maar of uit dan nog wel kan worden wordt werd hun ze zij je we wij hij zo al dit deze meer veel heeft hebben had was waren tot over tussen onder geen moet moeten kunnen zich elk elke alle andere zoals omdat want waar wat wie hoe'.split(' '),
);

/** First parts of Dutch compounds (with their linking -s where Dutch has one). */
const PREFIXES = [
  'jeugd', 'school', 'zorg', 'ouder', 'wijk', 'buurt', 'leer', 'team', 'regio', 'gemeente', 'kind', 'gezins', 'onderwijs',
  'hulp', 'thuis', 'taal', 'lees', 'reken', 'sport', 'speel', 'werk', 'stage', 'overgangs', 'instroom', 'uitstroom', 'verzuim',
  'begeleidings', 'ondersteunings', 'preventie', 'signalerings', 'kennis', 'netwerk', 'praktijk', 'beleids', 'inkoop',
  'subsidie', 'data', 'dossier', 'casus', 'leerplicht', 'peuter', 'kleuter', 'basis', 'brugklas', 'opvoed', 'gezondheids',
  'welzijns', 'ontwikkel', 'aanwezigheids', 'veiligheids', 'participatie', 'talent', 'toekomst', 'vakantie', 'zomer',
  'huiswerk', 'voorschool', 'vroeg', 'lokaal', 'dorps', 'stads', 'keten', 'ervarings', 'loopbaan', 'studie', 'beroeps',
  'arbeids', 'schuld', 'armoede', 'woon', 'vrijetijds', 'cultuur', 'muziek', 'natuur', 'beweeg', 'voedings', 'slaap',
  'pest', 'rouw', 'scheidings', 'mantelzorg', 'brussen', 'mediawijsheid', 'gamen', 'digi', 'schrijf', 'klas', 'groeps',
];
/** Last parts. ("mentor" and "route" are left out: the marker words must not arise by chance.) */
const SUFFIXES = [
  'aanpak', 'overleg', 'plan', 'traject', 'coach', 'tafel', 'netwerk', 'team', 'loket', 'punt', 'gesprek', 'programma',
  'project', 'budget', 'arrangement', 'klas', 'groep', 'werker', 'begeleider', 'consulent', 'functionaris', 'kaart',
  'monitor', 'register', 'agenda', 'afspraak', 'overeenkomst', 'pilot', 'werkplaats', 'academie', 'huis', 'centrum',
  'lijn', 'model', 'methode', 'ladder', 'plein', 'week', 'dag', 'spreekuur', 'zorg', 'hulp', 'steun', 'signaal', 'check',
  'scan', 'cirkel', 'brug', 'kompas', 'wijzer', 'gids', 'lab', 'fonds', 'regeling', 'protocol', 'beleid', 'visie',
  'training', 'cursus', 'module', 'les', 'bijeenkomst', 'ontmoeting', 'kring', 'raad', 'panel', 'enquête', 'meting',
  'rapportage', 'dashboard', 'portaal', 'app', 'box', 'koffer', 'tas', 'boek', 'krant', 'podcast', 'festival', 'markt',
];

const FIRST_NAMES = ['Anouk', 'Bram', 'Carlijn', 'Daan', 'Esra', 'Fenna', 'Gijs', 'Hanneke', 'Imane', 'Jeroen', 'Kim', 'Lotte', 'Mohamed', 'Nadia', 'Olaf', 'Petra', 'Quinten', 'Roos', 'Sven', 'Tessa', 'Umut', 'Vera', 'Willem', 'Yara', 'Zeynep', 'Marieke', 'Joost', 'Sanne', 'Koen', 'Ilse'];
const LAST_NAMES = ['de Vries', 'Jansen', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra', 'Smits', 'de Graaf', 'van der Meer', 'Kok', 'Jacobs', 'Yilmaz', 'El Amrani', 'Kaya', 'Postma', 'Hoekstra', 'Willems'];
const INTERVENTIONS = ['Incredible Years', 'Triple P', 'Alles Kidzzz', 'Video-hometraining', 'Samen Starten', 'PAD', 'Rots en Water', 'Kanjertraining', 'Taakspel', 'Stevig Ouderschap', 'Multisysteemtherapie', 'Functional Family Therapy', 'Nu Niet Zwanger', 'Boemerang', 'Schoolmaatschappelijk werk'];
const RESULT_INDICATORS = [
  'leerlingen die weer naar school gaan', 'thuiszitters in de regio', 'ouders die tevreden zijn over de hulp', 'leerlingen die doorstromen naar het vmbo',
  'kinderen die binnen een week hulp krijgen', 'verwijzingen naar specialistische jeugdhulp', 'scholen die meedoen', 'jongeren met een startkwalificatie',
  'gesprekken met ouders per jaar', 'professionals die de training volgden', 'gezinnen met één plan', 'leraren die zich gesteund voelen',
];

/** Places for practices outside a region, with their province. */
const PLACES: [string, string][] = [
  ['Amsterdam', 'noord-holland'], ['Rotterdam', 'zuid-holland'], ['Den Haag', 'zuid-holland'], ['Eindhoven', 'noord-brabant'], ['Groningen', 'groningen'],
  ['Tilburg', 'noord-brabant'], ['Breda', 'noord-brabant'], ['Nijmegen', 'gelderland'], ['Apeldoorn', 'gelderland'], ['Arnhem', 'gelderland'],
  ['Haarlemmermeer', 'noord-holland'], ['Amersfoort', 'utrecht'], ['Zaanstad', 'noord-holland'], ['Zwolle', 'overijssel'], ['Leiden', 'zuid-holland'],
  ['Maastricht', 'limburg'], ['Dordrecht', 'zuid-holland'], ['Ede', 'gelderland'], ['Alphen aan den Rijn', 'zuid-holland'], ['Westland', 'zuid-holland'],
  ['Emmen', 'drenthe'], ['Assen', 'drenthe'], ['Venlo', 'limburg'], ['Delft', 'zuid-holland'], ['Deventer', 'overijssel'], ['Sittard-Geleen', 'limburg'],
  ['Helmond', 'noord-brabant'], ['Oss', 'noord-brabant'], ['Hilversum', 'noord-holland'], ['Heerlen', 'limburg'], ['Lelystad', 'flevoland'],
  ['Middelburg', 'zeeland'], ['Vlissingen', 'zeeland'], ['Terneuzen', 'zeeland'], ['Goes', 'zeeland'], ['Heerenveen', 'friesland'], ['Sneek', 'friesland'],
  ['Drachten', 'friesland'], ['Hoogeveen', 'drenthe'], ['Meppel', 'drenthe'], ['Veendam', 'groningen'], ['Delfzijl', 'groningen'], ['Roermond', 'limburg'],
  ['Weert', 'limburg'], ['Zeist', 'utrecht'], ['Nieuwegein', 'utrecht'], ['Veenendaal', 'utrecht'], ['Doetinchem', 'gelderland'], ['Tiel', 'gelderland'],
  ['Harderwijk', 'gelderland'], ['Kampen', 'overijssel'], ['Almelo', 'overijssel'], ['Dronten', 'flevoland'], ['Emmeloord', 'flevoland'], ['Den Helder', 'noord-holland'],
  ['Hoorn', 'noord-holland'], ['Purmerend', 'noord-holland'], ['Gouda', 'zuid-holland'], ['Schiedam', 'zuid-holland'], ['Bergen op Zoom', 'noord-brabant'],
];

/** The 29 regions generated next to the 11 real ones: name, kind, provinces, lat, lon, municipalities. */
const EXTRA_REGIONS: [string, 'regio' | 'gemeente', string[], number, number, string[]][] = [
  ['Regio Achterhoek', 'regio', ['gelderland'], 51.97, 6.5, ['Aalten', 'Berkelland', 'Bronckhorst', 'Doetinchem', 'Montferland', 'Oost Gelre', 'Oude IJsselstreek', 'Winterswijk']],
  ['Drechtsteden', 'regio', ['zuid-holland'], 51.81, 4.67, ['Alblasserdam', 'Dordrecht', 'Hendrik-Ido-Ambacht', 'Papendrecht', 'Sliedrecht', 'Zwijndrecht']],
  ['Regio Rivierenland', 'regio', ['gelderland'], 51.89, 5.43, ['Buren', 'Culemborg', 'Tiel', 'West Betuwe', 'West Maas en Waal', 'Zaltbommel']],
  ['Gooi en Vechtstreek', 'regio', ['noord-holland'], 52.22, 5.17, ['Blaricum', 'Gooise Meren', 'Hilversum', 'Huizen', 'Laren', 'Wijdemeren']],
  ['Haaglanden', 'regio', ['zuid-holland'], 52.07, 4.3, ['Delft', 'Den Haag', 'Leidschendam-Voorburg', 'Midden-Delfland', 'Pijnacker-Nootdorp', 'Rijswijk', 'Wassenaar', 'Westland', 'Zoetermeer']],
  ['Rijnmond', 'regio', ['zuid-holland'], 51.92, 4.48, ['Rotterdam', 'Schiedam', 'Vlaardingen', 'Maassluis', 'Capelle aan den IJssel', 'Barendrecht', 'Ridderkerk']],
  ['Midden-Holland', 'regio', ['zuid-holland'], 52.01, 4.71, ['Gouda', 'Bodegraven-Reeuwijk', 'Krimpenerwaard', 'Waddinxveen', 'Zuidplas']],
  ['Regio Zwolle', 'regio', ['overijssel'], 52.51, 6.09, ['Zwolle', 'Kampen', 'Dalfsen', 'Hattem', 'Zwartewaterland', 'Staphorst']],
  ['Noord-Veluwe', 'regio', ['gelderland'], 52.34, 5.62, ['Ermelo', 'Harderwijk', 'Nunspeet', 'Oldebroek', 'Elburg', 'Putten']],
  ['Regio Arnhem', 'regio', ['gelderland'], 51.98, 5.91, ['Arnhem', 'Renkum', 'Rheden', 'Rozendaal', 'Overbetuwe', 'Lingewaard', 'Zevenaar']],
  ['Rijk van Nijmegen', 'regio', ['gelderland'], 51.84, 5.86, ['Nijmegen', 'Berg en Dal', 'Beuningen', 'Druten', 'Heumen', 'Wijchen']],
  ['Regio Amersfoort', 'regio', ['utrecht'], 52.16, 5.39, ['Amersfoort', 'Baarn', 'Bunschoten', 'Leusden', 'Soest', 'Woudenberg']],
  ['Zuidoost-Brabant', 'regio', ['noord-brabant'], 51.44, 5.48, ['Eindhoven', 'Helmond', 'Veldhoven', 'Best', 'Geldrop-Mierlo', 'Nuenen', 'Son en Breugel']],
  ['Hart van Brabant', 'regio', ['noord-brabant'], 51.56, 5.09, ['Tilburg', 'Dongen', 'Gilze en Rijen', 'Goirle', 'Hilvarenbeek', 'Loon op Zand', 'Oisterwijk', 'Waalwijk']],
  ['West-Brabant', 'regio', ['noord-brabant'], 51.59, 4.78, ['Breda', 'Roosendaal', 'Bergen op Zoom', 'Etten-Leur', 'Moerdijk', 'Oosterhout']],
  ['Noord-Limburg', 'regio', ['limburg'], 51.37, 6.17, ['Venlo', 'Venray', 'Horst aan de Maas', 'Peel en Maas', 'Beesel', 'Bergen']],
  ['Midden-Limburg', 'regio', ['limburg'], 51.19, 5.99, ['Roermond', 'Weert', 'Leudal', 'Maasgouw', 'Roerdalen', 'Echt-Susteren']],
  ['Zeeland', 'regio', ['zeeland'], 51.5, 3.61, ['Middelburg', 'Vlissingen', 'Goes', 'Terneuzen', 'Hulst', 'Schouwen-Duiveland', 'Veere']],
  ['Regio Groningen', 'regio', ['groningen'], 53.22, 6.57, ['Groningen', 'Het Hogeland', 'Midden-Groningen', 'Westerkwartier', 'Eemsdelta']],
  ['Zuidoost-Drenthe', 'regio', ['drenthe'], 52.78, 6.9, ['Emmen', 'Coevorden', 'Borger-Odoorn']],
  ['Gemeente Lelystad', 'gemeente', ['flevoland'], 52.52, 5.47, ['Lelystad']],
  ['IJssel-Vecht', 'regio', ['overijssel'], 52.35, 6.28, ['Olst-Wijhe', 'Raalte', 'Deventer', 'Ommen', 'Hardenberg']],
  ['Zaanstreek-Waterland', 'regio', ['noord-holland'], 52.47, 4.82, ['Zaanstad', 'Purmerend', 'Edam-Volendam', 'Waterland', 'Oostzaan', 'Wormerland', 'Landsmeer']],
  ['West-Friesland', 'regio', ['noord-holland'], 52.64, 5.06, ['Hoorn', 'Enkhuizen', 'Drechterland', 'Koggenland', 'Medemblik', 'Opmeer', 'Stede Broec']],
  ['Gemeente Amsterdam', 'gemeente', ['noord-holland'], 52.37, 4.9, ['Amsterdam']],
  ['Gemeente Den Haag', 'gemeente', ['zuid-holland'], 52.08, 4.31, ['Den Haag']],
  ['Zuid-Holland Zuid', 'regio', ['zuid-holland'], 51.75, 4.45, ['Goeree-Overflakkee', 'Hoeksche Waard', 'Gorinchem', 'Molenlanden']],
  ['Regio Friesland-Zuid', 'regio', ['friesland'], 52.96, 5.92, ['Heerenveen', 'De Fryske Marren', 'Weststellingwerf', 'Ooststellingwerf', 'Opsterland']],
  ['Noord- en Midden-Drenthe', 'regio', ['drenthe'], 53.0, 6.56, ['Assen', 'Aa en Hunze', 'Tynaarlo', 'Midden-Drenthe', 'Noordenveld']],
];

// ---------------------------------------------------------------------------------------------
// Helpers

export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const cap = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/** Front matter as YAML 1.1 (so dates and numbers in strings stay strings), as the tests write it. */
function fileText(data: Record<string, unknown>, body: string): string {
  return `---\n${YAML.stringify(data, { version: '1.1', lineWidth: 0 })}---\n${body}`;
}

function dateText(day: number): string {
  return new Date(Date.UTC(2019, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
}
const dayOf = (text: string) => Math.round((Date.parse(`${text}T00:00:00Z`) - Date.UTC(2019, 0, 1)) / 86_400_000);

function listFiles(dir: string, ext: RegExp): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const abs = join(dir, name);
    if (statSync(abs).isDirectory()) out.push(...listFiles(abs, ext));
    else if (ext.test(name)) out.push(abs);
  }
  return out;
}

function splitFile(text: string): { data: Record<string, unknown>; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!m) return { data: {}, body: text };
  return { data: (YAML.parse(m[1]!) ?? {}) as Record<string, unknown>, body: m[2]! };
}

// ---------------------------------------------------------------------------------------------
// Text: a word-level Markov chain over the real content's texts, with a long tail of compounds

class TextModel {
  private next = new Map<string, string[]>();
  private starts: string[] = [];
  private doubles: string[];
  readonly vocabulary = new Set<string>();

  private rng: Rng;

  constructor(texts: string[], rng: Rng) {
    this.rng = rng;
    for (const text of texts) {
      const clean = text
        .replace(/^#+\s.*$/gm, ' ')
        .replace(/^\s*[-*]\s+/gm, '')
        .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
        .replace(/[*_`>|]/g, ' ')
        .replace(/https?:\/\/\S+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
      for (const sentence of clean.split(/(?<=[.!?])\s+(?=[A-Z"'(])/)) {
        const words = sentence.split(' ').filter(Boolean);
        if (words.length < 4) continue;
        if (words[0] !== 'Bron:') this.starts.push(words[0]!);
        for (let i = 0; i < words.length - 1; i++) {
          const w = words[i]!;
          let list = this.next.get(w);
          if (!list) this.next.set(w, (list = []));
          list.push(words[i + 1]!);
        }
      }
    }
    // Double compounds in a fixed shuffled order: the Zipf draw makes a few frequent and most rare.
    const doubles: string[] = [];
    for (const p of PREFIXES) for (const s of SUFFIXES) if (!p.endsWith(s) && p !== s) doubles.push(p + s);
    this.doubles = rng.shuffle(doubles);
  }

  get chainSize(): number {
    return this.next.size;
  }

  compound(): string {
    if (this.rng.chance(0.15)) {
      // A triple compound: almost always a word that occurs on one page only.
      return this.rng.pick(PREFIXES) + this.rng.pick(PREFIXES) + this.rng.pick(SUFFIXES);
    }
    return this.doubles[this.rng.zipf(this.doubles.length, 1.05)]!;
  }

  sentence(): string[] {
    for (let attempt = 0; attempt < 20; attempt++) {
      const words = [this.rng.pick(this.starts)];
      while (words.length < 32) {
        const last = words[words.length - 1]!;
        if (/[.!?]["')]?$/.test(last)) break;
        const options = this.next.get(last);
        if (!options) break;
        words.push(this.rng.pick(options));
      }
      if (words.length < 5) continue;
      const last = words[words.length - 1]!;
      if (!/[.!?]["')]?$/.test(last)) words[words.length - 1] = `${last.replace(/[,;:]$/, '')}.`;
      // Long tail: some content words become compounds.
      for (let i = 1; i < words.length; i++) {
        const m = /^([a-zà-ÿ]{6,})([.,;:!?]*)$/.exec(words[i]!);
        if (m && !STOPWORDS.has(m[1]!) && this.rng.chance(0.14)) words[i] = this.compound() + m[2]!;
      }
      for (const w of words) this.vocabulary.add(w.toLowerCase().replace(/[^\p{L}\p{N}-]/gu, ''));
      return words;
    }
    return ['Dit', 'voorbeeld', 'laat', 'zien', 'wat', 'werkt.'];
  }

  /** A phrase of a few words without final punctuation, e.g. for a title. */
  phrase(min: number, max: number): string {
    const words = this.sentence().slice(0, this.rng.int(min, max));
    return words.join(' ').replace(/[.,;:!?"'()]+$/g, '').replace(/["()]/g, '');
  }

  /** Whole sentences up to a number of characters (at least one, shortened if it must be). */
  sentences(maxChars: number, count: number): string {
    let out = '';
    for (let i = 0; i < count; i++) {
      const s = this.sentence().join(' ');
      if (!out && s.length > maxChars) return `${s.slice(0, maxChars - 1).replace(/\s+\S*$/, '')}.`;
      if (out && out.length + 1 + s.length > maxChars) break;
      out = out ? `${out} ${s}` : s;
    }
    return out;
  }
}

const RARE_SENTENCES = [
  'De kwikstaartroute bleek voor deze leerlingen een goede tussenstap.',
  'Met de kwikstaartroute komen school en jeugdhulp samen bij het gezin.',
];
const MEDIUM_SENTENCES = [
  'Een buurtmentor houdt contact met het gezin en met de school.',
  'De buurtmentor kent de wijk en weet wie er kan helpen.',
  'Ouders kunnen altijd bij de buurtmentor terecht.',
];
const COMMON_SENTENCES = [
  'De samenwerking tussen school, gemeente en jeugdhulp staat centraal.',
  'Goede samenwerking begint bij elkaar kennen.',
  'De samenwerking met ouders is daarbij het belangrijkste.',
];

function practiceBody(model: TextModel, rng: Rng, markers: { rare: boolean; medium: boolean }): { body: string; words: number } {
  const target = rng.int(400, 600);
  const planted: string[] = [rng.pick(COMMON_SENTENCES)];
  if (markers.rare) planted.push(rng.pick(RARE_SENTENCES));
  if (markers.medium) planted.push(rng.pick(MEDIUM_SENTENCES));
  let words = planted.reduce((n, s) => n + s.split(' ').length, 0);
  const sentences: string[] = [];
  while (words < target) {
    const s = model.sentence();
    if (words + s.length > target + 8 && words >= 400) break;
    sentences.push(s.join(' '));
    words += s.length;
  }
  // Plant the marker sentences at varying places.
  for (const s of planted) sentences.splice(rng.int(0, sentences.length), 0, s);

  const n = sentences.length;
  const cut = (f: number) => Math.round(n * f);
  const parts = {
    approach: sentences.slice(0, cut(0.4)),
    works: sentences.slice(cut(0.4), cut(0.6)),
    lessons: sentences.slice(cut(0.6), cut(0.85)),
    hard: sentences.slice(cut(0.85)),
  };
  const paragraphs = (list: string[]) => {
    const out: string[] = [];
    for (let i = 0; i < list.length; ) {
      const k = rng.int(2, 4);
      out.push(list.slice(i, i + k).join(' '));
      i += k;
    }
    return out.join('\n\n');
  };
  const bullets = (list: string[]) => list.map((s) => `- ${s}`).join('\n');
  let approach = paragraphs(parts.approach);
  if (rng.chance(0.3)) approach += `\n\nLees meer op [de website van het project](https://www.example.nl/projecten/${rng.int(1000, 99999)}).`;
  if (rng.chance(0.25)) approach = approach.replace(/(\S+ \S+ \S+)\./, '**$1**.');
  const body = [
    '## Aanpak', '', approach, '',
    '## Wat werkt', '', bullets(parts.works), '',
    '## Lessen', '', paragraphs(parts.lessons), '',
    '## Wat nog lastig is', '', bullets(parts.hard), '',
  ].join('\n');
  return { body, words };
}

// ---------------------------------------------------------------------------------------------

export function generate(options: GenerateOptions): GenerateResult {
  const started = Date.now();
  const log = options.log ?? (() => {});
  const seed = options.seed ?? DEFAULT_SEED;
  const rng = createRng(seed);
  const source = options.source ?? join(PROJECT_ROOT, 'content');
  const out = resolve(options.out);
  const N = options.practices;
  if (!Number.isInteger(N) || N < 10) throw new Error('--practices must be a whole number >= 10');

  rmSync(out, { recursive: true, force: true });
  for (const c of ['advice', 'themes', 'organisations', 'regions', 'practices', 'communities', 'events', 'news', 'newsletters', 'pages']) {
    mkdirSync(join(out, c), { recursive: true });
  }
  // Reused as-is.
  for (const c of ['advice', 'themes', 'organisations', 'pages']) cpSync(join(source, c), join(out, c), { recursive: true });

  // Every text of the real content teaches the Markov chain.
  const texts: string[] = [];
  for (const file of listFiles(source, /\.mdx?$/)) {
    const { data, body } = splitFile(readFileSync(file, 'utf8'));
    texts.push(body.replace(/^import .*$/gm, '').replace(/<[^>]+>/g, ' '));
    const walk = (v: unknown) => {
      if (typeof v === 'string' && v.length > 60 && !/^https?:/.test(v)) texts.push(v);
      else if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk(data);
  }
  const model = new TextModel(texts, rng);

  const idsIn = (c: string) => readdirSync(join(source, c)).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3)).sort();
  const themes = idsIn('themes');
  const advice = idsIn('advice');
  const organisations = idsIn('organisations');
  const orgNames = new Map(organisations.map((id) => [id, String(splitFile(readFileSync(join(source, 'organisations', `${id}.md`), 'utf8')).data.name ?? id)]));
  const sectors = ['kinderopvang', 'po', 'vo', 'mbo', 'so-vso', 'sbo', 'pro', 'jeugdhulp', 'jgz', 'gemeente'];
  const ageGroups = ['0-4', '4-12', '12-18', '18-27'];
  const phases = ['idee', 'pilot', 'uitvoering', 'structureel', 'geevalueerd'];
  const evidence = ['praktijkervaring', 'goed-onderbouwd', 'eerste-aanwijzingen', 'goede-aanwijzingen', 'sterke-aanwijzingen'];
  const person = () => `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
  const email = (name: string, domain = 'example.nl') => `${slug(name).replace(/-/g, '.')}@${domain}`;
  let bytes = 0;
  const write = (file: string, text: string) => {
    writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
  };

  // --- Regions: the 11 real ones, plus 29 generated.
  interface RegionInfo { id: string; name: string; provinces: string[]; municipalities: string[] }
  const regions: RegionInfo[] = [];
  for (const file of listFiles(join(source, 'regions'), /\.md$/)) {
    const text = readFileSync(file, 'utf8');
    const { data } = splitFile(text);
    const id = file.slice(file.lastIndexOf('/') + 1, -3);
    write(join(out, 'regions', `${id}.md`), text);
    regions.push({ id, name: String(data.name), provinces: data.provinces as string[], municipalities: (data.municipalities as string[] | undefined) ?? [String(data.name).replace(/^(Regio|Gemeente) /, '')] });
  }
  EXTRA_REGIONS.forEach(([name, kind, provinces, lat, lon, municipalities], i) => {
    const id = slug(name);
    const level = i % 3; // 0: full profile, 1: partial, 2: only the required fields
    const data: Record<string, unknown> = {
      name, kind, provinces, tranche: 2 + (i % 2), joined: dateText(dayOf('2021-03-01') + i * 23),
      location: { lat, lon }, municipalities,
    };
    if (level < 2) data.developmentQuestion = model.sentences(280, 2).replace(/\.$/, '?');
    data.partners = level < 2 ? rng.sample(organisations, rng.int(3, 12)) : [];
    if (level === 0) data.parentInvolvement = model.sentences(400, 3);
    data.goals = level < 2 ? Array.from({ length: rng.int(2, 5) }, () => ({ text: model.sentences(200, 1), ...(rng.chance(0.6) ? { measure: model.phrase(5, 10) } : {}) })) : [];
    data.risks = level === 0 ? Array.from({ length: rng.int(2, 6) }, () => model.sentences(220, 1)) : [];
    if (level === 0) data.supportNeeded = model.sentences(300, 2);
    data.advice = level < 2 ? rng.sample(advice, rng.int(1, 5)).map((a) => ({ advice: a, status: rng.pick(['verkennen', 'in-uitvoering', 'geborgd']), ...(rng.chance(0.7) ? { note: model.sentences(200, 1) } : {}) })) : [];
    data.keyFigures = level === 0
      ? [
          { label: 'Leerlingen van 5 tot en met 17 jaar', value: rng.int(8, 120) * 1000, year: 2024, source: 'Monitor Onderwijs-Jeugdhulp' },
          { label: 'Jongeren met jeugdhulp', value: rng.int(6, 14), unit: '%', year: 2024, source: 'CBS Jeugdmonitor' },
        ]
      : [];
    data.connectors = level < 2 ? Array.from({ length: rng.int(1, 2) }, () => { const n = person(); return { name: n, role: 'Verbinder', email: email(n) }; }) : [];
    if (level === 0) data.coalitionConnector = { name: person(), organisation: orgNames.get(rng.pick(organisations))! };
    if (level < 2) data.updated = dateText(dayOf('2024-01-01') + i * 31);
    data.sources = [{ title: `Eigen beschrijving door ${name}`, publisher: name, date: String(data.joined) }];
    const body = level === 2
      ? `${name} doet mee met het lerend netwerk. Het profiel wordt nog geschreven.\n`
      : Array.from({ length: rng.int(3, 6) }, () => model.sentences(700, rng.int(3, 5))).join('\n\n') + '\n';
    write(join(out, 'regions', `${id}.md`), fileText(data, body));
    regions.push({ id, name, provinces, municipalities });
  });

  // --- Practices.
  const rareAt = new Set([Math.min(17, N - 1), Math.floor(N / 2), N - 5]);
  const practiceIds: string[] = [];
  const usedIds = new Set<string>();
  const rareIds: string[] = [];
  let mediumCount = 0;
  let minWords = Infinity;
  let maxWords = 0;
  let sumWords = 0;
  const regionOrder = rng.shuffle(regions);
  for (let i = 0; i < N; i++) {
    const region = rng.chance(0.75) ? regionOrder[rng.zipf(regionOrder.length, 0.8)]! : undefined;
    let place: string;
    let province: string;
    if (region) {
      place = rng.pick(region.municipalities);
      province = rng.pick(region.provinces);
    } else {
      [place, province] = rng.pick(PLACES);
    }
    const word = model.compound();
    const title = (() => {
      const t = rng.int(0, 2);
      const text = t === 0 ? `${cap(word)} in ${place}` : t === 1 ? `${cap(word)}: ${model.phrase(4, 9)}` : `${cap(model.phrase(4, 9))} (${place})`;
      return text.length > 120 ? `${text.slice(0, 117).replace(/\s+\S*$/, '')}...` : text;
    })();
    let id = `${slug(word)}-${slug(place)}`.slice(0, 60).replace(/-+$/, '');
    if (usedIds.has(id)) id = `${id}-${i + 1}`;
    usedIds.add(id);
    practiceIds.push(id);
    const rare = rareAt.has(i);
    const medium = i % 10 === 3;
    if (rare) rareIds.push(id);
    if (medium) mediumCount++;
    const published = dayOf('2019-06-01') + rng.int(0, dayOf('2026-10-31') - dayOf('2019-06-01'));
    const orgs = rng.sample(organisations, rng.zipf(5, 1.2));
    const contactName = rng.chance(0.8) ? person() : `Team ${cap(word)}`;
    const data: Record<string, unknown> = {
      title,
      summary: model.sentences(300, rng.int(1, 3)),
      ...(region ? { region: region.id } : {}),
      place,
      province,
      organisations: orgs,
      themes: rng.sample(themes, rng.int(1, 3)),
      advice: rng.sample(advice, rng.int(1, 3)).map((a) => ({ advice: a, ...(rng.chance(0.5) ? { note: model.sentences(240, 1) } : {}) })),
      sectors: rng.sample(sectors, rng.int(1, 3)),
      ageGroups: rng.sample(ageGroups, rng.int(1, 2)),
      phase: rng.pick(phases),
      ...(rng.chance(0.7) ? { started: rng.int(2010, 2025) } : {}),
      evidence: evidence[Math.min(4, rng.zipf(5, 1.3))],
      recognisedInterventions: rng.chance(0.2) ? [((n) => ({ name: n, url: `https://www.nji.nl/interventies/${slug(n)}` }))(rng.pick(INTERVENTIONS))] : [],
      results: Array.from({ length: rng.zipf(4, 1) }, () => ({
        indicator: rng.pick(RESULT_INDICATORS),
        value: `${rng.int(5, 95)}%`,
        ...(rng.chance(0.5) ? { source: `Evaluatie ${rng.int(2019, 2026)}` } : {}),
      })),
      contact: {
        name: contactName,
        ...(orgs[0] ? { organisation: orgNames.get(orgs[0])! } : {}),
        ...(rng.chance(0.7) ? { email: email(contactName) } : {}),
        ...(rng.chance(0.3) ? { phone: `06-${rng.int(10000000, 99999999)}` } : {}),
      },
      links: Array.from({ length: rng.zipf(4, 1) }, (_, k) => ({ label: `Meer over ${cap(word)}${k ? ` (${k + 1})` : ''}`, url: `https://www.example.nl/${slug(place)}/${id}/${k + 1}` })),
      sources: [{ title: `Verslag ${title}`, publisher: orgs[0] ? orgNames.get(orgs[0])! : place, date: dateText(published).slice(0, 7) }],
      published: dateText(published),
      ...(rng.chance(0.3) ? { updated: dateText(Math.min(published + rng.int(0, 600), dayOf('2026-11-20'))) } : {}),
      draft: false,
    };
    const { body, words } = practiceBody(model, rng, { rare, medium });
    minWords = Math.min(minWords, words);
    maxWords = Math.max(maxWords, words);
    sumWords += words;
    write(join(out, 'practices', `${id}.md`), fileText(data, body));
    if ((i + 1) % 2000 === 0) log(`  ${i + 1} praktijkvoorbeelden`);
  }

  // --- Communities, events, news, one sent newsletter.
  const communityIds = ['cop-schoolaanwezigheid', 'cop-jonge-kind', 'cop-interprofessioneel-werken'];
  communityIds.forEach((id, i) => {
    write(join(out, 'communities', `${id}.md`), fileText({
      title: `Community of Practice: ${id.slice(4).replace(/-/g, ' ')}`,
      summary: model.sentences(280, 2),
      themes: rng.sample(themes, 2), advice: rng.sample(advice, 2), regions: rng.sample(regions.map((r) => r.id), 3 + i * 3),
      organisations: rng.sample(organisations, 2), facilitator: { name: 'Programmabureau Met Andere Ogen', email: 'metandereogen@example.nl' },
      rhythm: 'eens per twee maanden', status: ['actief', 'in-oprichting', 'afgerond'][i], open: i !== 2,
      ...(i !== 2 ? { howToJoin: 'Stuur een e-mail naar het programmabureau.' } : {}),
      practices: rng.sample(practiceIds, Math.min(12, practiceIds.length)),
      sources: [{ title: 'Eigen beschrijving door het programmabureau', publisher: 'Programmabureau Met Andere Ogen', date: '2026-10' }],
    }, Array.from({ length: 4 }, () => model.sentences(600, 4)).join('\n\n') + '\n'));
  });
  const eventStarts = ['2025-11-12T10:00:00+01:00', '2026-01-20T13:30:00+01:00', '2026-02-17T09:30:00+01:00', '2026-03-10T19:00:00+01:00', '2026-12-08T10:00:00+01:00', '2027-01-19T14:00:00+01:00', '2027-02-09T09:30:00+01:00', '2027-03-16T13:00:00+01:00'];
  const eventKinds = ['netwerkbijeenkomst', 'kennissessie', 'werkbezoek', 'heidag', 'webinar', 'conferentie'];
  const eventIds: string[] = [];
  eventStarts.forEach((start, i) => {
    const kind = eventKinds[i % eventKinds.length]!;
    const id = `${kind}-${start.slice(0, 7)}`;
    eventIds.push(id);
    const online = kind === 'webinar';
    const end = start.replace(/T(\d\d)/, (_, h: string) => `T${String(Number(h) + 3).padStart(2, '0')}`);
    write(join(out, 'events', `${id}.md`), fileText({
      title: `${cap(kind)}: ${model.phrase(3, 7)}`, summary: model.sentences(280, 2), kind, start, end,
      location: online ? { online: true, url: 'https://www.example.nl/webinar' } : { online: false, name: 'Het Huis van de Wijk', address: 'Stationsplein 1', city: rng.pick(PLACES)[0] },
      organiser: 'Programma Met Andere Ogen', registration: { email: 'aanmelden@example.nl' },
      sources: [{ title: 'Uitnodiging', publisher: 'Programma Met Andere Ogen', date: start.slice(0, 7) }],
      communities: i % 3 === 0 ? [communityIds[i % communityIds.length]!] : [], regions: rng.sample(regions.map((r) => r.id), rng.int(0, 3)), themes: rng.sample(themes, rng.int(1, 2)),
    }, Array.from({ length: 3 }, () => model.sentences(500, 3)).join('\n\n') + '\n'));
  });
  const newsIds: string[] = [];
  for (let i = 0; i < 12; i++) {
    const id = `nieuws-${String(i + 1).padStart(2, '0')}-${slug(model.compound())}`;
    newsIds.push(id);
    write(join(out, 'news', `${id}.md`), fileText({
      title: cap(model.phrase(5, 10)), summary: model.sentences(280, 2), date: dateText(dayOf('2024-01-15') + i * 61),
      regions: rng.sample(regions.map((r) => r.id), rng.int(0, 2)), practices: rng.sample(practiceIds, rng.int(0, 3)), themes: rng.sample(themes, rng.int(1, 2)),
      sources: [{ title: 'Oorspronkelijk bericht', publisher: 'Bron', date: dateText(dayOf('2024-01-15') + i * 61), ...(i % 2 ? { url: 'https://www.example.nl/nieuws' } : {}) }],
    }, Array.from({ length: 4 }, () => model.sentences(600, 4)).join('\n\n') + '\n'));
  }
  write(join(out, 'newsletters', 'nieuwsbrief-1-oktober-2026.md'), fileText({
    title: 'Nieuwsbrief oktober 2026', number: 1, date: '2026-10-15', status: 'verzonden', sentOn: '2026-10-15',
    intro: `${model.sentences(300, 2)}\n\nHeb je zelf een goed voorbeeld? Mail het programmabureau.\n`,
    sections: [
      { heading: 'Nieuws uit het netwerk', items: newsIds.slice(-3).map((news) => ({ type: 'news', news })) },
      { heading: 'Praktijkvoorbeelden', items: rng.sample(practiceIds, 4).map((practice) => ({ type: 'practice', practice })) },
      { heading: 'Agenda', items: eventIds.slice(4, 6).map((event) => ({ type: 'event', event })) },
      { heading: 'Regio in beeld', items: [{ type: 'region', region: regions[0]!.id }] },
      { heading: 'Handig', items: [{ type: 'free', title: 'Monitor Aansluiting Onderwijs Jeugdhulp', text: 'Cijfers over onderwijs en jeugdhulp voor je eigen gemeente.', url: 'https://www.nji.nl/' }] },
    ],
  }, ''));

  const counts: Record<string, number> = {};
  for (const c of readdirSync(out)) counts[c] = readdirSync(join(out, c)).length;
  const result: GenerateResult = {
    out,
    seed,
    practices: N,
    counts,
    markers: {
      rare: { word: MARKERS.rare, practices: rareIds.length, ids: rareIds },
      medium: { word: MARKERS.medium, practices: mediumCount },
      common: { word: MARKERS.common, practices: N },
    },
    incrementalPractice: practiceIds[1]!,
    bodyWords: { min: minWords, max: maxWords, mean: Math.round(sumWords / N) },
    vocabulary: model.vocabulary.size,
    bytes,
    generateMs: Date.now() - started,
  };

  return result;
}

/** Check the whole generated root with the site's own content checker (schemas and rules). */
export async function validate(out: string): Promise<{ problems: string[]; ms: number; entries: number }> {
  const t = Date.now();
  const { loadContent } = await import('../src/model/load.ts');
  const { formatProblem } = await import('../src/model/problems.ts');
  const { entries, problems } = loadContent(out, PROJECT_ROOT);
  const count = Object.values(entries).reduce((n, list) => n + list.length, 0);
  return { problems: problems.map(formatProblem), ms: Date.now() - t, entries: count };
}

function arg(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const practices = Number(arg(args, '--practices') ?? 10000);
  const out = arg(args, '--out') ?? join(process.env.TMPDIR ?? '/tmp', `mao-bench-content-${practices}`);
  const seed = Number(arg(args, '--seed') ?? DEFAULT_SEED);
  const result = generate({ practices, out, seed, log: console.log });
  console.log(JSON.stringify({ ...result, markers: result.markers }, null, 2));
  if (!args.includes('--no-validate')) {
    const v = await validate(out);
    console.log(`loadContent: ${v.entries} bestanden, ${v.problems.length} problemen (${v.ms} ms)`);
    for (const p of v.problems.slice(0, 20)) console.log(`  ${p}`);
    if (v.problems.length) process.exit(1);
  }
}
