/**
 * The YAML 1.2 core schema for js-yaml, scalar for scalar as the `yaml` package reads it (its
 * `core` schema: the same tests, the same values). js-yaml's own CORE_SCHEMA is close but not the
 * same: it reads `0b101` as binary and `+0x1F` or `-0o7` as numbers, where YAML 1.2 core
 * keeps them as text. Timestamps are not in it, so dates stay the text the editor wrote.
 */
import { FAILSAFE_SCHEMA, Type } from 'js-yaml';

/** A plain scalar type: it applies when one of the tests matches the whole text. */
const scalar = (tag: string, tests: RegExp[], construct: (text: string) => unknown) =>
  new Type(`tag:yaml.org,2002:${tag}`, {
    kind: 'scalar',
    resolve: (text: string | null) => tests.some((test) => test.test(text ?? '')),
    construct: (text: string | null) => construct(text ?? ''),
  });

/** The `yaml` package's intResolve without BigInt: the sign, then the digits in their radix. */
function int(text: string, offset: number, radix: number): number {
  const sign = text[0];
  if (sign === '-' || sign === '+') offset += 1;
  const value = parseInt(text.substring(offset), radix);
  return sign === '-' ? -value : value;
}

const nullType = scalar('null', [/^(?:~|[Nn]ull|NULL)?$/], () => null);
const boolType = scalar('bool', [/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/], (text) => text[0] === 't' || text[0] === 'T');
const intType = scalar('int', [/^0o[0-7]+$/, /^[-+]?[0-9]+$/, /^0x[0-9a-fA-F]+$/], (text) =>
  text.startsWith('0o') ? int(text, 2, 8) : text.startsWith('0x') ? int(text, 2, 16) : int(text, 0, 10),
);
const floatType = scalar(
  'float',
  [/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/, /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/],
  (text) => (/nan$/i.test(text) ? NaN : /inf$/i.test(text) ? (text[0] === '-' ? -Infinity : Infinity) : parseFloat(text)),
);

export const YAML_12_CORE = FAILSAFE_SCHEMA.extend({ implicit: [nullType, boolType, intType, floatType] });
