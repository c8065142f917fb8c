/**
 * JSON as the text of a `<script type="application/json">` data block. The browser ends a script
 * element at the first "</script", whatever the JSON says, so every "<" is written as \u003c (still
 * the same JSON): a title such as "</script><script>…" stays text. The block is data, not a script,
 * so a Content-Security-Policy without 'unsafe-inline' allows it.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** The value of the data block with this id, or `undefined` when there is none or it is not JSON. */
export function readJsonScript(doc: Pick<Document, 'getElementById'>, id: string): unknown {
  const text = doc.getElementById(id)?.textContent;
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
