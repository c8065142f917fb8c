/**
 * Scoring of the Spiegel: per advice the average of the answered statements ("weet ik niet" does
 * not count), the step it comes closest to, and the two adviezen where the team stands weakest.
 * Pure functions over plain data, unit-tested in tests/spiegel/result.unit.test.ts.
 */
import { ANSWER_SCORES, isAnswer, stageOf, type Answer, type ScoredAnswer } from './scale.ts';

/** What the page knows of an advice: enough to ask and to score. */
export interface SpiegelAdvice {
  id: string;
  number: number;
  title: string;
  statements: string[];
}

/** The answers of a team: per advice id, one answer (or null: not yet answered) per statement. */
export type Answers = Record<string, (Answer | null)[]>;

export interface AdviceScore {
  id: string;
  number: number;
  title: string;
  /** Number of statements. */
  total: number;
  /** Statements with any answer, "weet ik niet" included. */
  answered: number;
  /** Statements answered "weet ik niet". */
  unknown: number;
  /** Average over the answers with a score (0 to 3), or null when there is none. */
  average: number | null;
  /** The step the average comes closest to, or null. */
  stage: ScoredAnswer | null;
}

export interface SpiegelResult {
  scores: AdviceScore[];
  /** At most two adviezen, weakest first: the lowest average; on a tie, the lower advice number. */
  weakest: AdviceScore[];
  /** Adviezen answered only with "weet ik niet". */
  onlyUnknown: AdviceScore[];
  answered: number;
  total: number;
  /** Every statement of every advice has an answer. */
  complete: boolean;
}

export const WEAKEST_COUNT = 2;

/** The answer to statement `index` of an advice, or null. */
export function answerOf(answers: Answers, adviceId: string, index: number): Answer | null {
  const value = answers[adviceId]?.[index];
  return isAnswer(value) ? value : null;
}

export function scoreAdvice(advice: SpiegelAdvice, answers: Answers): AdviceScore {
  let answered = 0;
  let unknown = 0;
  let sum = 0;
  let scored = 0;
  advice.statements.forEach((_, i) => {
    const answer = answerOf(answers, advice.id, i);
    if (!answer) return;
    answered++;
    if (answer === 'weet-niet') {
      unknown++;
      return;
    }
    sum += ANSWER_SCORES[answer];
    scored++;
  });
  const average = scored > 0 ? sum / scored : null;
  return {
    id: advice.id,
    number: advice.number,
    title: advice.title,
    total: advice.statements.length,
    answered,
    unknown,
    average,
    stage: average === null ? null : stageOf(average),
  };
}

export function spiegelResult(adviceList: readonly SpiegelAdvice[], answers: Answers): SpiegelResult {
  const scores = adviceList.map((a) => scoreAdvice(a, answers)).sort((a, b) => a.number - b.number);
  const weakest = scores
    .filter((s) => s.average !== null)
    .sort((a, b) => a.average! - b.average! || a.number - b.number)
    .slice(0, WEAKEST_COUNT);
  const answered = scores.reduce((n, s) => n + s.answered, 0);
  const total = scores.reduce((n, s) => n + s.total, 0);
  return {
    scores,
    weakest,
    onlyUnknown: scores.filter((s) => s.answered > 0 && s.average === null),
    answered,
    total,
    complete: total > 0 && answered === total,
  };
}

/** A copy holding only known adviezen and statements, each list as long as its statements. */
export function normaliseAnswers(adviceList: readonly SpiegelAdvice[], answers: Answers): Answers {
  const out: Answers = {};
  for (const advice of adviceList) out[advice.id] = advice.statements.map((_, i) => answerOf(answers, advice.id, i));
  return out;
}
