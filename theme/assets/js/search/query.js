// @ts-check
/* Querying the index (src/Archive/Search/IndexReplay.cs replays exactly this in C#): every word must match, a last
   word matches as a prefix, quoted phrases are checked through pair buckets and then against the papers' text. */

import { shardOf } from "./index.js";

/** @typedef {import("./index.js").SearchIndex} SearchIndex @typedef {import("./index.js").TermEntry} TermEntry
 * @typedef {import("./text.js").Query} Query @typedef {import("./text.js").QueryWord} QueryWord
 * @typedef {import("./text.js").TextRules} TextRules @typedef {[segment: number, entry: TermEntry]} Found */

/** The BM25-like weight of a posting's code: a title match weighs more than any number of abstract matches.
 * @param {number} code */
function weight(code) { const n = code & 3; return (code & 4 ? 2 : 0) + (n ? n * 2.2 / (n + 1.2) : 0); }

/** FNV-1a of a string, as PairBuckets.cs hashes "first second". @param {number} h @param {string} s */
function fnv(h, s) { for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0; return h; }

/** @param {string[]} list @param {string[]} phrase */
function contains(list, phrase) {
  for (let i = 0; i + phrase.length <= list.length; i++) if (phrase.every((t, j) => list[i + j] === t)) return true;
  return false;
}

/** Ids of the papers matching `q`, best first (score, then id: ids follow the order of addition).
 * @param {SearchIndex} index @param {TextRules} text @param {Query} q @returns {Promise<number[]>} */
export function search(index, text, q) {
  const m = /** @type {import("./index.js").Manifest} */ (index.manifest), segs = index.segments, limits = m.limits;

  /** Scores a term's entries with the idf of the whole archive. @param {Found[]} entries @param {number} w */
  function scored(entries, w) {
    let df = 0;
    entries.forEach((x) => { df += x[1][1]; });
    const idf = Math.log(1 + (m.n - df + 0.5) / (df + 0.5));
    return Promise.all(entries.map((x) => index.postings(x[0], x[1]).then((list) => /** @type {const} */ ([segs[x[0]], list]))))
      .then((lists) => {
        /** @type {Map<number, number>} */
        const scores = new Map();
        lists.forEach(([sg, list]) => { list.forEach((code, doc) => { scores.set(sg.o + doc, w * idf * weight(code)); }); });
        return scores;
      });
  }
  /** The term's entry in every segment that has it; dir is "w" or "p", keys(s) a promise of the segment's first keys.
   * @param {string} dir @param {(s: number) => Promise<string[]>} keys @param {string} term */
  function lookup(dir, keys, term) {
    return Promise.all(segs.map((sg, s) => keys(s).then((k) => {
      if (!k.length) return null;
      return index.get("s" + s + "/" + dir + "/" + shardOf(k, term) + ".json", sg.h).then((/** @type {TermEntry[]} */ shard) => {
        const e = shard.find((x) => x[0] === term);
        return e ? /** @type {Found} */ ([s, e]) : null;
      });
    }))).then((found) => scored(/** @type {Found[]} */ (found.filter(Boolean)), 1));
  }
  /** @param {QueryWord} word */
  function expand(word) {
    return Promise.all(segs.map((sg, s) => {
      const keys = sg.w, shards = /** @type {number[]} */ ([]);
      if (keys.length) word.prefixes.forEach((p) => {
        const first = shardOf(keys, p), last = Math.min(shardOf(keys, p + "~"), first + sg.p - 1);
        for (let i = first; i <= last; i++) if (shards.indexOf(i) < 0) shards.push(i);
      });
      return Promise.all(shards.map((i) => index.get("s" + s + "/w/" + i + ".json", sg.h))).then((loaded) => {
        /** @type {Found[]} */
        const found = [];
        loaded.forEach((/** @type {TermEntry[]} */ shard) => {
          shard.forEach((e) => { if (word.prefixes.some((p) => e[0].indexOf(p) === 0)) found.push([s, e]); });
        });
        return found;
      });
    })).then((perSegment) => {
      // Terms over all segments, most frequent first; a term is long when any segment keeps its list in a file.
      /** @type {Map<string, { term: string, df: number, large: boolean, entries: Found[] }>} */
      const byTerm = new Map();
      let terms = /** @type {{ term: string, df: number, large: boolean, entries: Found[] }[]} */ ([]);
      perSegment.forEach((found) => {
        found.forEach((x) => {
          let t = byTerm.get(x[1][0]);
          if (!t) { byTerm.set(x[1][0], t = { term: x[1][0], df: 0, large: false, entries: [] }); terms.push(t); }
          t.df += x[1][1]; t.large = t.large || typeof x[1][2] === "number"; t.entries.push(x);
        });
      });
      terms.sort((x, y) => y.df - x.df || (x.term < y.term ? -1 : 1));
      terms = terms.slice(0, limits.expansions);
      // A word typed in full that is frequent itself (a long list) expands no further long lists.
      let large = terms.some((t) => t.term === word.term && t.large) ? limits.large : 0;
      return Promise.all(terms.filter((t) => !t.large || t.term === word.term || large++ < limits.large)
        .map((t) => scored(t.entries, t.term === word.term ? 1 : 0.9)));
    }).then((maps) => {
      /** @type {Map<number, number>} */
      const all = new Map();
      maps.forEach((scores) => { scores.forEach((s, doc) => { if (!((all.get(doc) ?? -Infinity) >= s)) all.set(doc, s); }); });
      return all;
    });
  }
  /** Pairs are hashed into buckets (PairBuckets.cs). @param {string} a @param {string} b */
  function pair(a, b) {
    const n = (fnv(2166136261, a + " " + b) % m.pb).toString(16);
    return lookup("p", (s) => index.get("s" + s + "/pairs.json", segs[s].h), "0000".slice(n.length) + n);
  }
  /** A bucket may claim a paper for another pair: check the text of the best candidates until a page is full.
   * @param {number[]} ids @param {string[][]} phrases @returns {Promise<number[]>} */
  function verify(ids, phrases) {
    const good = /** @type {number[]} */ ([]);
    let checked = 0;
    /** @returns {Promise<number[]>} */
    function step() {
      if (good.length >= limits.page || checked >= Math.min(ids.length, limits.verify)) return Promise.resolve(good.concat(ids.slice(checked)));
      const batch = ids.slice(checked, checked += limits.page);
      return Promise.all(batch.map((id) => index.paper(id))).then((rows) => {
        batch.forEach((id, i) => {
          const t = text.terms(rows[i][1]), b = text.terms(rows[i][3]);
          // A snippet cut short (PaperChunks.cs) cannot rule a phrase out: the pair buckets already matched.
          const cut = / …$/.test(rows[i][3]);
          if (phrases.every((ph) => contains(t, ph) || contains(b, ph) || cut)) good.push(id);
        });
        return step();
      });
    }
    return step();
  }

  const jobs = q.words.map((w) => w.prefixes.length ? expand(w) : lookup("w", (s) => Promise.resolve(segs[s].w), w.term));
  q.phrases.forEach((ph) => { for (let i = 0; i + 1 < ph.length; i++) jobs.push(pair(ph[i], ph[i + 1])); });
  return Promise.all(jobs).then((maps) => {
    maps.sort((x, y) => x.size - y.size);
    /** @type {[number, number][]} */
    const hits = [];
    maps[0].forEach((s, doc) => {
      for (let i = 1; i < maps.length; i++) { const t = maps[i].get(doc); if (t === undefined) return; s += t; }
      hits.push([doc, s]);
    });
    hits.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
    const ids = hits.map((h) => h[0]);
    return q.phrases.length ? verify(ids, q.phrases) : ids;
  });
}
