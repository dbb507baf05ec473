// @ts-check
/* Reading the split search index under search/index/ (docs/search-index.md): the manifest, the facet groups, the word
   and pair shards, posting lists (inline strings or binary files) and the paper chunks. Each file is fetched once. */

/**
 * @typedef {{ o: number, n: number, p: number, h: string, w: string[] }} Segment  Offset and size of a segment of
 *   papers, how many word shards a prefix may fetch in it, the hash of its files and the first term of each word shard.
 * @typedef {{ page: number, expansions: number, large: number, verify: number, folder: number }} Limits
 * @typedef {{ months: string[], day: string }} DateStyle  Short month names and the pattern of a day ({d}, {M}, {y}).
 * @typedef {{ v: number, n: number, k: number, pb: number, th: [string, string][], yr: string[], ts: string, g: string,
 *   s: Segment[], text: { start: number, table: string, stop: string }, limits: Limits, date: DateStyle }} Manifest
 * @typedef {[string, number, string | number]} TermEntry  A term, its document frequency in the segment and its postings
 *   (inline, or the number of a long list's file).
 * @typedef {[slug: string, title: string, published: string, snippet: string, authors?: string]} PaperRow
 * @typedef {{ size: number, year: number, themes: number[] }} FacetGroup
 */

const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
const VALUE = new Int8Array(128);
for (let a = 0; a < 64; a++) VALUE[ALPHABET.charCodeAt(a)] = a;

/** The index of one site, read lazily. */
export class SearchIndex {
  /** @param {string} base  The URL of the index folder, ending in "/". */
  constructor(base) {
    this.base = base;
    /** @type {Map<string, Promise<any>>} */
    this.files = new Map();
    /** @type {Manifest | null} */
    this.manifest = null;
    /** @type {FacetGroup[]} */
    this.groups = [];
    /** @type {Int32Array} */
    this.groupOf = new Int32Array(0);
  }

  /** A file of the index, as JSON or (".bin") bytes; files of a segment carry its hash, so a cached file of an older
   * build is never mixed in.
   * @param {string} path @param {string} [hash] @returns {Promise<any>} */
  get(path, hash) {
    let file = this.files.get(path);
    if (!file) {
      file = fetch(this.base + path + (hash ? "?v=" + hash : "")).then((r) => {
        if (!r.ok) throw new Error(path + ": " + r.status);
        return /\.bin$/.test(path) ? r.arrayBuffer().then((b) => new Uint8Array(b)) : r.json();
      }).catch((e) => { this.files.delete(path); throw e; });
      this.files.set(path, file);
    }
    return file;
  }

  /** @returns {Promise<Manifest>} */
  load() {
    return this.get("manifest.json").then((/** @type {Manifest} */ m) => {
      if (!this.manifest) {
        this.manifest = m;
        this.readFacets(m);
      }
      return this.manifest;
    });
  }

  get segments() { return /** @type {Manifest} */ (this.manifest).s; }

  /** Theme sets as fixed-width bitmasks, then per group three varints (change of theme set, zigzag; year; size - 1).
   * @param {Manifest} m */
  readFacets(m) {
    const width = Math.max(1, Math.ceil(m.th.length / 6)), sets = [], g = m.g;
    for (let s = 0; s < m.ts.length; s += width) {
      const list = [];
      for (let c = 0; c < width; c++) for (let b = 0; b < 6; b++) if (VALUE[m.ts.charCodeAt(s + c)] & (1 << b)) list.push(c * 6 + b);
      sets.push(list);
    }
    let i = 0, id = 0, set = 0;
    const varint = () => { let v = 0, shift = 1, c; do { c = VALUE[g.charCodeAt(i++)]; v += (c & 31) * shift; shift *= 32; } while (c & 32); return v; };
    this.groupOf = new Int32Array(m.n);
    while (i < g.length) {
      const z = varint();
      set += z % 2 ? -(z + 1) / 2 : z / 2;
      const year = varint(), size = varint() + 1;
      this.groupOf.fill(this.groups.length, id, id + size);
      id += size;
      this.groups.push({ size, year, themes: sets[set] });
    }
  }

  /** @param {number} doc */
  facetsOf(doc) { return this.groups[this.groupOf[doc]]; }

  /** @param {number} doc */
  segmentOf(doc) {
    const segs = this.segments;
    for (let s = segs.length - 1; s > 0; s--) if (doc >= segs[s].o) return s;
    return 0;
  }

  /** Paper `id`'s row: chunk c of manifest.k papers is m/<c / folder>/<c>.json.
   * @param {number} id @returns {Promise<PaperRow>} */
  paper(id) {
    const m = /** @type {Manifest} */ (this.manifest), c = Math.floor(id / m.k);
    return this.get("m/" + Math.floor(c / m.limits.folder) + "/" + c + ".json", this.segments[this.segmentOf(id)].h)
      .then((rows) => rows[id % m.k]);
  }

  /** The postings of a term entry of segment `s`: inline, or its long list's file.
   * @param {number} s @param {TermEntry} entry @returns {Promise<Map<number, number>>} */
  postings(s, entry) {
    const sg = this.segments[s], folder = /** @type {Manifest} */ (this.manifest).limits.folder, p = entry[2];
    const list = typeof p === "number" ? this.get("s" + s + "/x/" + Math.floor(p / folder) + "/" + p + ".bin", sg.h) : Promise.resolve(p);
    return list.then((l) => typeof l === "string" ? decodeText(l, sg.n) : decodeBytes(l, sg.n));
  }
}

/** The shard of sorted first keys that may hold `term`.
 * @param {string[]} keys @param {string} term */
export function shardOf(keys, term) {
  let lo = 0, hi = keys.length - 1;
  while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (keys[mid] <= term) lo = mid; else hi = mid - 1; }
  return lo;
}

/** An inline posting list of a segment of `n` papers: doc (within the segment) → code (title bit 4, count 1–3).
 * "!" bitmap "!" title deltas for a frequent term, else varints of (gap × 8 + code).
 * @param {string} s @param {number} n */
function decodeText(s, n) {
  const out = new Map();
  let i = 0, doc = -1, v = 0;
  const varint = () => { v = 0; let shift = 1, c; do { c = VALUE[s.charCodeAt(i++)]; v += (c & 31) * shift; shift *= 32; } while (c & 32); return v; };
  if (s[0] === "!") {
    const end = s.indexOf("!", 1), titles = new Set();
    for (i = end + 1; i < s.length;) { doc += varint() + 1; titles.add(doc); }
    for (let j = 1; j < end; j++) {
      const c = VALUE[s.charCodeAt(j)];
      for (let b = 0; b < 6; b++) if (c & (1 << b) && (doc = (j - 1) * 6 + b) < n) out.set(doc, titles.has(doc) ? 5 : 1);
    }
  } else while (i < s.length) { varint(); doc += Math.floor(v / 8) + 1; out.set(doc, v % 8); }
  return out;
}

/** A long posting list's file: the same two forms in bytes (first byte 1 for the bitmap form).
 * @param {Uint8Array} s @param {number} n */
function decodeBytes(s, n) {
  const out = new Map();
  let i = 1, doc = -1, v = 0;
  const varint = () => { v = 0; let shift = 1, c; do { c = s[i++]; v += (c & 127) * shift; shift *= 128; } while (c & 128); return v; };
  if (s[0] === 1) {
    const end = 1 + ((n + 7) >> 3), titles = new Set();
    for (i = end; i < s.length;) { doc += varint() + 1; titles.add(doc); }
    for (let j = 1; j < end; j++) {
      const c = s[j];
      if (!c) continue;
      for (let b = 0; b < 8; b++) if (c & (1 << b) && (doc = (j - 1) * 8 + b) < n) out.set(doc, titles.has(doc) ? 5 : 1);
    }
  } else while (i < s.length) { varint(); doc += Math.floor(v / 8) + 1; out.set(doc, v % 8); }
  return out;
}
