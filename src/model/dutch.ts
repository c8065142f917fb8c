/**
 * Dutch words for what the libraries report in English, so no parser reason or zod default message
 * reaches an editor (issue 15): the reasons of the `yaml` parser by error code, and zod's format
 * and type names. problems.ts and load.ts use these; tests/model/dutch-messages.test.ts runs every
 * kind of bad input through the check and refuses English in the result.
 */

/** Why the `yaml` package could not read front matter, by its error code, in Dutch. */
const YAML_REASONS: Record<string, string> = {
  ALIAS_PROPS: 'een verwijzing (*naam) met extra kenmerken',
  BAD_ALIAS: 'een verwijzing (*naam) die niet klopt',
  BAD_DIRECTIVE: 'een regel met % die YAML niet kent',
  BAD_DQ_ESCAPE: 'een \\-teken in tekst tussen dubbele aanhalingstekens dat niet klopt',
  BAD_INDENT: 'een regel die verkeerd inspringt',
  BAD_PROP_ORDER: 'kenmerken in de verkeerde volgorde',
  BAD_SCALAR_START: 'een waarde die begint met een teken dat daar niet mag (zet de tekst tussen aanhalingstekens)',
  BLOCK_AS_IMPLICIT_KEY: 'een veldnaam over meer regels',
  BLOCK_IN_FLOW: 'een lijst of groep op meer regels binnen [ ] of { }',
  DUPLICATE_KEY: 'een veld dat twee keer voorkomt',
  IMPOSSIBLE: 'iets wat YAML niet kan lezen',
  KEY_OVER_1024_CHARS: 'een veldnaam van meer dan 1024 tekens',
  MISSING_CHAR: 'een teken dat ontbreekt (bijvoorbeeld een sluitend aanhalingsteken of haakje)',
  MULTILINE_IMPLICIT_KEY: 'een veldnaam over meer regels (vergeten dubbele punt of aanhalingsteken?)',
  MULTIPLE_ANCHORS: 'meer dan één anker (&naam) op één waarde',
  MULTIPLE_DOCS: 'meer dan één YAML-document',
  MULTIPLE_TAGS: 'meer dan één label (!naam) op één waarde',
  NON_STRING_KEY: 'een veldnaam die geen tekst is',
  RESOURCE_EXHAUSTION: 'te veel verwijzingen',
  TAB_AS_INDENT: 'een tab om in te springen (gebruik spaties)',
  TAG_RESOLVE_FAILED: 'een label (!naam) dat YAML niet kent',
  UNEXPECTED_TOKEN: 'een teken op een plek waar het niet mag',
  BAD_COLLECTION_TYPE: 'een lijst of groep van de verkeerde soort',
};

export function yamlReason(code: string | undefined): string {
  return (code && YAML_REASONS[code]) || 'YAML die hier niet klopt';
}

/** zod's names of string formats, for "allowed" when the model gives no words of its own. */
export const FORMAT_WORDS: Record<string, string> = {
  email: 'een e-mailadres, zoals naam@voorbeeld.nl',
  url: 'een volledig webadres dat begint met https://',
  regex: 'kleine letters, cijfers en streepjes (een id)',
  date: 'een datum als 2026-03-10 (jaar-maand-dag)',
  datetime: 'een datum en tijd met tijdzone, zoals 2026-03-10T09:30:00+01:00',
};

/** zod's names of types, for "allowed" when the model gives no words of its own. */
export const TYPE_WORDS: Record<string, string> = {
  string: 'tekst',
  number: 'een getal',
  int: 'een heel getal',
  boolean: 'true of false',
  array: 'een lijst',
  object: 'een groep velden',
  date: 'een datum',
  null: 'een leeg veld',
  undefined: 'niets',
};

/** Words that give English away in a message meant for an editor. */
export const ENGLISH = /\b(invalid|expected|received|required|must|unrecognized|unknown key|nested|mapping|implicit|unexpected|token|string|number|boolean|array|object|type free|too (?:big|small)|at line|column)\b/i;
