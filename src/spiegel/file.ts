/**
 * The Spiegel's small file: what "Bewaar als bestand" writes and "Lees een bestand in" reads back,
 * and what the browser keeps in local storage. Reading checks everything and, on any problem,
 * returns one clear Dutch message instead of answers, so a damaged or foreign file changes nothing.
 */
import { ANSWERS, isAnswer } from './scale.ts';
import { normaliseAnswers, type Answers, type SpiegelAdvice } from './result.ts';

/** Where the browser keeps the answers (local storage), in the same form as the file. */
export const STORAGE_KEY = 'met-andere-ogen:spiegel';
export const FILE_TYPE = 'met-andere-ogen/spiegel';
/**
 * 2: the file keeps the statements its answers were given to, so an answer goes back to the same
 * statement when the bureau has changed, added or reordered them. 1 (answers only, by position) is
 * still read, as it was written.
 */
export const FILE_VERSION = 2;
const VERSIONS: readonly number[] = [1, 2];
/** Far more than seven adviezen with four answers need; anything bigger is not ours. */
export const MAX_FILE_BYTES = 50_000;

export interface SpiegelFile {
  type: typeof FILE_TYPE;
  version: typeof FILE_VERSION;
  /** When the answers were saved (ISO 8601). */
  saved: string;
  /** Per advice id, one answer (or null) per statement, in the order of `statements`. */
  answers: Answers;
  /** Per advice id, the statements the answers were given to. */
  statements: Record<string, string[]>;
}

/**
 * `changed`: answers left out because their statement is no longer on the page (the bureau changed
 * its words or removed it); the page asks to answer those statements again.
 */
export type ReadResult = { ok: true; answers: Answers; saved?: string; changed: number } | { ok: false; message: string };

export function toFile(adviceList: readonly SpiegelAdvice[], answers: Answers, now: Date): SpiegelFile {
  return {
    type: FILE_TYPE,
    version: FILE_VERSION,
    saved: now.toISOString(),
    answers: normaliseAnswers(adviceList, answers),
    statements: Object.fromEntries(adviceList.map((a) => [a.id, [...a.statements]])),
  };
}

const sameWords = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Each saved answer on the statement with the same words, wherever it stands now; the number of
 * answers whose statement is gone.
 */
function byStatement(adviceList: readonly SpiegelAdvice[], answers: Answers, statements: Record<string, string[]>): { answers: Answers; changed: number } {
  const out = normaliseAnswers(adviceList, {});
  let changed = 0;
  for (const advice of adviceList) {
    const saved = answers[advice.id] ?? [];
    const said = statements[advice.id] ?? [];
    const now = advice.statements.map(sameWords);
    const taken = new Set<number>();
    saved.forEach((answer, i) => {
      if (answer === null) return;
      const at = now.findIndex((text, j) => !taken.has(j) && text === sameWords(said[i] ?? ''));
      if (at < 0) {
        changed++;
        return;
      }
      taken.add(at);
      out[advice.id]![at] = answer;
    });
  }
  return { answers: out, changed };
}

/** "spiegel-met-andere-ogen-2026-12-04.json" (the local date). */
export function fileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `spiegel-met-andere-ogen-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

const NOT_OURS =
  'Dit is geen bestand van de Spiegel op de zeven adviezen. Kies een bestand dat je hier eerder hebt bewaard (het heet spiegel-met-andere-ogen-….json).';
const ALLOWED = `${ANSWERS.join(', ')} of leeg (null)`;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Read the text of a Spiegel file against the adviezen and statements of the page. */
export function readFile(text: string, adviceList: readonly SpiegelAdvice[]): ReadResult {
  if (text.trim() === '') return { ok: false, message: 'Dit bestand is leeg. Kies een bestand dat je hier eerder hebt bewaard.' };
  if (text.length > MAX_FILE_BYTES) {
    return { ok: false, message: `Dit bestand is te groot (${Math.round(text.length / 1000)} kB) voor een bestand van de Spiegel, dat kleiner is dan 1 kB. ${NOT_OURS}` };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: 'Dit bestand kunnen we niet lezen: het is beschadigd, of het is geen bestand van de Spiegel.' };
  }
  if (!isRecord(data) || data.type !== FILE_TYPE) return { ok: false, message: NOT_OURS };
  if (typeof data.version !== 'number' || !VERSIONS.includes(data.version)) {
    return { ok: false, message: `Dit bestand heeft versie ${JSON.stringify(data.version)}; deze pagina leest versie ${VERSIONS.join(' en ')}.` };
  }
  const positional = data.version === 1;
  if (!isRecord(data.answers)) return { ok: false, message: 'Dit bestand is beschadigd: de antwoorden ontbreken.' };
  const statements = positional ? {} : data.statements;
  if (!isRecord(statements)) return { ok: false, message: 'Dit bestand is beschadigd: de stellingen ontbreken.' };
  const byId = new Map(adviceList.map((a) => [a.id, a]));
  for (const [id, list] of Object.entries(data.answers)) {
    const advice = byId.get(id);
    if (!advice) return { ok: false, message: `Dit bestand hoort bij andere adviezen: een advies "${id}" staat niet op deze site.` };
    if (!Array.isArray(list)) return { ok: false, message: `Dit bestand is beschadigd: bij advies ${advice.number} staat geen lijst met antwoorden.` };
    const said = statements[id];
    if (!positional && (!Array.isArray(said) || said.length !== list.length || !said.every((s) => typeof s === 'string'))) {
      return { ok: false, message: `Dit bestand is beschadigd: bij advies ${advice.number} horen de antwoorden niet bij een lijst met evenveel stellingen.` };
    }
    if (positional && list.length > advice.statements.length) {
      return {
        ok: false,
        message: `Dit bestand past niet bij de stellingen van nu: bij advies ${advice.number} staan ${list.length} antwoorden, maar er zijn ${advice.statements.length} stellingen.`,
      };
    }
    for (const [i, value] of list.entries()) {
      if (value !== null && !isAnswer(value)) {
        return {
          ok: false,
          message: `Dit bestand is beschadigd: bij advies ${advice.number}, stelling ${i + 1} staat ${JSON.stringify(value)}; toegestaan: ${ALLOWED}.`,
        };
      }
    }
  }
  const saved = typeof data.saved === 'string' && !Number.isNaN(Date.parse(data.saved)) ? data.saved : undefined;
  if (positional) return { ok: true, answers: normaliseAnswers(adviceList, data.answers as Answers), saved, changed: 0 };
  return { ok: true, ...byStatement(adviceList, data.answers as Answers, statements as Record<string, string[]>), saved };
}

/** What to say about answers whose statement has changed since they were saved (file.ts, `changed`). */
export function changedStatements(count: number): string {
  if (count === 0) return '';
  const [what, those] = count === 1 ? ['1 antwoord hoort bij een stelling', 'Dat antwoord is'] : [`${count} antwoorden horen bij stellingen`, 'Die antwoorden zijn'];
  return ` ${what} die het programmabureau intussen heeft veranderd of weggehaald. ${those} niet teruggezet: kijk bij de stellingen die nog open staan.`;
}
