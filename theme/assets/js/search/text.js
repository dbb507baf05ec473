// @ts-check
/* Text as the index builder sees it (src/Archive/Search/SearchFolding.cs, SearchTokenizer.cs, SearchQuery.cs): fold
   to lower-case ASCII words, drop stop words and one-letter words, stem lightly, parse a query. The folding table and
   the stop words are not copied here: the build writes them into the manifest (docs/search-index.md). */

/**
 * @typedef {{ term: string, prefixes: string[] }} QueryWord  A word that must match; a last word typed outside quotes
 *   also matches the index terms that start with one of its prefixes.
 * @typedef {{ words: QueryWord[], phrases: string[][] }} Query
 * @typedef {{ fold: (s: string) => string, words: (s: string) => string[], keeps: (w: string) => boolean,
 *   stem: (w: string) => string, terms: (s: string) => string[], parse: (text: string) => Query }} TextRules
 */

const COMBINING_MARK = /\p{Mn}/u;

/**
 * @param {{ start: number, table: string, stop: string }} rules  The manifest's "text" object: the code point of the
 *   table's first entry, the space-separated folds ("-" separates words) and the space-separated stop words.
 * @returns {TextRules}
 */
export function textRules(rules) {
  const folds = rules.table.split(" ");
  const stop = new Set(rules.stop.split(" "));

  /** @param {string} s */
  function fold(s) {
    return s.replace(/[^A-Za-z0-9]/g, (c) => {
      const f = folds[c.charCodeAt(0) - rules.start];
      return f && f !== "-" ? f : COMBINING_MARK.test(c) ? "" : " ";
    }).toLowerCase();
  }
  /** @param {string} s */
  function words(s) { return fold(s).split(" ").filter(Boolean); }
  /** @param {string} w */
  function keeps(w) { return w.length >= 2 && !stop.has(w); }
  /** @param {string} w */
  function stem(w) {
    if (w.length > 4 && /ies$/.test(w)) w = w.slice(0, -3) + "y";
    else if (w.length > 4 && /(sses|shes|ches|xes|zes)$/.test(w)) w = w.slice(0, -2);
    else if (w.length > 3 && /[^sui]s$/.test(w)) w = w.slice(0, -1);
    if (w.length > 5 && /ing$/.test(w) && /[aeiouy]/.test(w.slice(0, -3))) {
      w = w.slice(0, -3);
      if (w.length >= 4 && w[w.length - 1] === w[w.length - 2] && /[^lszaeiouy]$/.test(w)) w = w.slice(0, -1);
    }
    if (w.length >= 4 && /[^e]e$/.test(w)) w = w.slice(0, -1);
    return w;
  }
  /** @param {string} s */
  function terms(s) { return words(s).filter(keeps).map(stem); }
  /** The forms a half-typed word may be the start of ("learnin" → "learn"), none a prefix of another.
   * @param {string} w */
  function prefixForms(w) {
    const f = [stem(w)];
    if (/in$/.test(w) && w.length >= 5) f.push(w.slice(0, -2)); else if (/i$/.test(w) && w.length >= 4) f.push(w.slice(0, -1));
    return f.filter((x, i) => f.indexOf(x) === i && !f.some((o) => o !== x && x.indexOf(o) === 0));
  }
  /** Every word must match; the last word outside quotes is a prefix; a quoted phrase also needs its adjacent pairs.
   * @param {string} text */
  function parse(text) {
    /** @type {Query} */
    const q = { words: [], phrases: [] };
    const segments = text.split('"');
    segments.forEach((segment, s) => {
      if (s % 2) {
        const t = terms(segment);
        t.forEach((x) => q.words.push({ term: x, prefixes: [] }));
        if (t.length > 1) q.phrases.push(t);
        return;
      }
      const raw = words(segment);
      raw.forEach((w, i) => {
        if (keeps(w)) q.words.push({ term: stem(w), prefixes: s === segments.length - 1 && i === raw.length - 1 ? prefixForms(w) : [] });
      });
    });
    return q;
  }
  return { fold, words, keeps, stem, terms, parse };
}
