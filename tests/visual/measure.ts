/**
 * Measurements taken in the page, as the eye sees it. Each is a self-contained browser expression
 * (a string, so no build helper of the test runner ends up in it) for `page.evaluate`.
 */

/**
 * Words that the browser broke over two lines where it did not have to (so "201 / 8",
 * "(interprofessioneel / )", "samenwerkingsverbande / n"): a break inside a word is wrong when the
 * word would have fitted on a line of its own in its box (the box was squeezed), or in the page's
 * own column (a box nested too deep, with too much padding, for a phone); only a word wider than the
 * page's column may break, where the box asks for hyphenation (hyphens: auto, lang="nl", so a browser
 * with a Dutch dictionary breaks it at a syllable with a hyphen). A break after a hyphen or soft
 * hyphen is always fine; a number or a word under 12 letters (too short to hyphenate, see
 * hyphenate-limit-chars in global.css) never breaks; web and e-mail addresses may break anywhere (reflow at 320 px).
 * Returns "word (tag.class): why" for each one found in the visible text of the page.
 */
export const SPLIT_WORDS = String.raw`(() => {
  const found = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const lineOf = (node, i) => {
    const r = document.createRange();
    r.setStart(node, i);
    r.setEnd(node, i + 1);
    const rect = [...r.getClientRects()].find((x) => x.width > 0);
    return rect ? Math.round(rect.top + rect.height / 2) : undefined;
  };
  const main = document.querySelector('main') || document.body;
  const ms = getComputedStyle(main);
  const column = main.clientWidth - parseFloat(ms.paddingLeft) - parseFloat(ms.paddingRight);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || el.closest('.visually-hidden, svg, script, style, template, [hidden]')) continue;
    const style = getComputedStyle(el);
    if (style.visibility !== 'visible' || style.display === 'none') continue;
    const text = node.data;
    for (const m of text.matchAll(/\S+/g)) {
      const word = m[0];
      if (word.length < 2 || /[\/@]|www\.|https?:|\.(nl|com|org|eu)\b/i.test(word)) continue;
      let previous;
      for (let i = m.index; i < m.index + word.length; i++) {
        const line = lineOf(node, i);
        if (line === undefined) continue;
        if (previous !== undefined && Math.abs(line - previous.line) > 4) {
          const before = text[previous.i];
          if (/[-\u00AD\u2010\u2013]/.test(before)) break;
          const r = document.createRange();
          r.setStart(node, m.index);
          r.setEnd(node, m.index + word.length);
          const width = [...r.getClientRects()].reduce((sum, x) => sum + x.width, 0);
          let box = el;
          while (box.parentElement && getComputedStyle(box).display.startsWith('inline')) box = box.parentElement;
          const bs = getComputedStyle(box);
          const room = box.clientWidth - parseFloat(bs.paddingLeft) - parseFloat(bs.paddingRight);
          const name = word + ' (' + el.tagName.toLowerCase() + (typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\s+/).join('.') : '') + ')';
          const letters = word.replace(/[^\p{L}]/gu, '').length;
          if (letters < 12) found.push(name + ': a number or short word cannot be hyphenated');
          else if (width <= column + 0.5 && width > room + 0.5) found.push(name + ': ' + Math.round(width) + ' px would fit in the page column (' + Math.round(column) + ' px), but its box is ' + Math.round(room) + ' px');
          else if (width <= room + 0.5) found.push(name + ': ' + Math.round(width) + ' px would fit in ' + Math.round(room) + ' px');
          else if (style.hyphens !== 'auto' || el.closest('[lang]')?.getAttribute('lang') !== 'nl') found.push(name + ': too long for its box and no Dutch hyphenation');
          break;
        }
        previous = { line, i };
      }
    }
  }
  return found;
})()`;
