/**
 * The scale of the "Spiegel op de zeven adviezen": "nog niet begonnen", then the three stages the
 * site already uses for regions (verkennen, in uitvoering, geborgd, see adviceStatuses), and
 * "weet ik niet". Pure data, shared by the page (build time) and its script (browser).
 */

export const ANSWERS = ['nog-niet', 'verkennen', 'in-uitvoering', 'geborgd', 'weet-niet'] as const;
export type Answer = (typeof ANSWERS)[number];
/** The answers that count towards a score (everything but "weet ik niet"). */
export type ScoredAnswer = Exclude<Answer, 'weet-niet'>;

export const ANSWER_LABELS: Record<Answer, string> = {
  'nog-niet': 'Nog niet begonnen',
  verkennen: 'Verkennen',
  'in-uitvoering': 'In uitvoering',
  geborgd: 'Geborgd',
  'weet-niet': 'Weet ik niet',
};

/** What each step means, in one B1 sentence (shown once above the statements). */
export const ANSWER_EXPLANATIONS: Record<Answer, string> = {
  'nog-niet': 'We doen dit nog niet en hebben er nog geen plannen voor.',
  verkennen: 'We praten erover en zoeken uit hoe we het kunnen doen.',
  'in-uitvoering': 'We doen het al, maar nog niet overal of nog niet altijd.',
  geborgd: 'We doen het altijd. Het is vastgelegd en hangt niet af van één persoon.',
  'weet-niet': 'We weten niet hoe het bij ons gaat. Dat is ook een uitkomst: zoek het uit.',
};

/** Score of each step; "weet ik niet" has none. */
export const ANSWER_SCORES: Record<ScoredAnswer, number> = { 'nog-niet': 0, verkennen: 1, 'in-uitvoering': 2, geborgd: 3 };
export const MAX_SCORE = 3;

/** A shape per step that fills up, as the region statuses use (○ ◐ ●), so nothing rests on colour. */
export const ANSWER_SHAPES: Record<ScoredAnswer, string> = { 'nog-niet': '–', verkennen: '○', 'in-uitvoering': '◐', geborgd: '●' };

export function isAnswer(value: unknown): value is Answer {
  return typeof value === 'string' && (ANSWERS as readonly string[]).includes(value);
}

/** The step an average score comes closest to (1.5 and up is "in uitvoering", and so on). */
export function stageOf(average: number): ScoredAnswer {
  const steps = Object.keys(ANSWER_SCORES) as ScoredAnswer[];
  const index = Math.min(steps.length - 1, Math.max(0, Math.floor(average + 0.5)));
  return steps[index]!;
}

/** 2.25 → "2,3" (one decimal, Dutch comma). */
export function formatScore(value: number): string {
  return new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}
