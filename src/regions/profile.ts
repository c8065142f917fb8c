/** How far a region's profile is written, and how its key figures read. */
import type { Region } from '../lib/content.ts';
import { hasBody } from '../lib/entry-html.ts';
import { formatNumber } from '../lib/format.ts';

export type ProfileState = 'complete' | 'partial' | 'writing';

/**
 * "writing": joined, but neither a development question nor a description yet (the page says the
 * profile is being written). "complete": both are there. "partial": one of the two.
 */
export function profileState(region: Region): ProfileState {
  const question = Boolean(region.data.developmentQuestion?.trim());
  const body = hasBody(region);
  if (question && body) return 'complete';
  if (!question && !body) return 'writing';
  return 'partial';
}

export const profileStateLabels: Record<ProfileState, string> = {
  complete: 'Profiel compleet',
  partial: 'Profiel nog niet compleet',
  writing: 'Profiel wordt nog geschreven',
};

type KeyFigure = Region['data']['keyFigures'][number];

function withUnit(text: string, unit?: string): string {
  if (!unit) return text;
  return unit === "%" ? `${text}%` : `${text}\u00a0${unit}`;
}

/** 95300 → "95.300"; 4..90 % → "4% tot 90%"; 1..69 → "1 tot 69". */
export function formatFigure(figure: KeyFigure): string {
  const value = withUnit(formatNumber(figure.value), figure.unit);
  if (figure.valueMax === undefined) return value;
  return `${value} tot ${withUnit(formatNumber(figure.valueMax), figure.unit)}`;
}
