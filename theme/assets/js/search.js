/* Paper Archive search. On every page "/" focuses the search box. On the search page (#search-page) it shows
   results as you type from the split index under search/index/ (README, "Search"): the manifest first, then one
   term shard per word and segment, and the paper chunks of the results shown. Tokenising mirrors src/Archive/Search/ exactly.
   Index text only ever reaches the page through textContent and DOM nodes, never innerHTML. */
(function () {
  "use strict";
  var d = document;

  // ---- Text: the folding, stop words and stemming of SearchFolding.cs, StopWords.cs and SearchTokenizer.cs ----
  var STOP = new Set(("a an and are as at be been but by can do does for from had has have he her his how i if in into is it its " +
    "not of on or our she so such than that the their them then there these they this those to was we were what " +
    "when where which while who will with you your").split(" "));
  // ASCII folds of U+00C0..U+024F, as SearchFolding.Table (LatinFolding.cs); "-" separates words. Combining marks vanish.
  var FOLD = "a a a a a a ae c e e e e i i i i d n o o o o o - o u u u u y th ss a a a a a a ae c e e e e i i i i d n o o o o o - o u u u u y th y a a a a a a c c c c c c c c d d d d e e e e e e e e e e g g g g g g g g h h h h i i i i i i i i i i ij ij j j k k k l l l l l l l l l l n n n n n n n n n o o o o o o oe oe r r r r r r s s s s s s s s t t t t t t u u u u u u u u u u u u w w y y y z z z z z z s b b - - - - - - c - d - - - - - - - f g - - - i - k l - - n n - o o - - p p - - - - - t t t t u u - v y y z z - - - - - - - - - - - - - dz dz dz lj lj lj nj nj nj a a i i o o u u u u u u u u u u - a a a a ae ae - - g g k k o o o o - - j dz dz dz g g - - n n a a ae ae o o a a a a e e e e i i i i o o o o r r r r u u u u s s t t - - h h - d - - - - a a e e o o o o o o o o y y l n t j db qp a c c l t s z - - b u - e e j j q q r r y y".split(" "), MN = /\p{Mn}/u;
  function fold(s) {
    return s.replace(/[^A-Za-z0-9]/g, function (c) {
      var f = FOLD[c.charCodeAt(0) - 192];
      return f && f !== "-" ? f : MN.test(c) ? "" : " ";
    }).toLowerCase();
  }
  function words(s) { return fold(s).split(" ").filter(Boolean); }
  function keeps(w) { return w.length >= 2 && !STOP.has(w); }
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
  function terms(s) { return words(s).filter(keeps).map(stem); }
  function prefixForms(w) {
    var f = [stem(w)];
    if (/in$/.test(w) && w.length >= 5) f.push(w.slice(0, -2)); else if (/i$/.test(w) && w.length >= 4) f.push(w.slice(0, -1));
    return f.filter(function (x, i) { return f.indexOf(x) === i && !f.some(function (o) { return o !== x && x.indexOf(o) === 0; }); });
  }
  // Every word must match; the last word outside quotes is a prefix; a quoted phrase also needs its adjacent pairs.
  function parse(text) {
    var q = { words: [], phrases: [] }, segs = text.split('"');
    segs.forEach(function (seg, s) {
      if (s % 2) {
        var t = terms(seg);
        t.forEach(function (x) { q.words.push({ term: x, prefixes: [] }); });
        if (t.length > 1) q.phrases.push(t);
        return;
      }
      var raw = words(seg);
      raw.forEach(function (w, i) {
        if (keeps(w)) q.words.push({ term: stem(w), prefixes: s === segs.length - 1 && i === raw.length - 1 ? prefixForms(w) : [] });
      });
    });
    return q;
  }
  window.paperSearchText = { fold: fold, terms: terms, parse: parse };

  // ---- Keyboard: "/" focuses the search box on every page ----
  d.addEventListener("keydown", function (e) {
    var t = e.target, editing = t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
    if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey || editing) return;
    var box = d.getElementById("search-q") || d.getElementById("site-search-q");
    if (box) { e.preventDefault(); box.focus(); box.select(); }
  });

  var page = d.getElementById("search-page");
  if (!page) return;

  // ---- Index files ----
  var ALPHA = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_", VAL = new Int8Array(128);
  for (var a = 0; a < 64; a++) VAL[ALPHA.charCodeAt(a)] = a;
  // Chunks and long lists sit in folders of FOLDER files (SearchIndexLayout.FilesPerFolder).
  var PER_PAGE = 10, MAX_EXPANSIONS = 64, MAX_LARGE = 1, VERIFY_LIMIT = 30, FOLDER = 1024;
  var base = page.getAttribute("data-index") || "index/", root = d.body.getAttribute("data-root") || "";
  var files = new Map(), manifest = null, groupOf = null, N = 0, segs = [];

  // Files of a segment carry its hash (SearchIndexBuilder.cs): a cached file of an older build is never mixed in.
  function get(path, hash) {
    if (!files.has(path)) {
      files.set(path, fetch(base + path + (hash ? "?v=" + hash : "")).then(function (r) {
        if (!r.ok) throw new Error(path + ": " + r.status);
        return /\.bin$/.test(path) ? r.arrayBuffer().then(function (b) { return new Uint8Array(b); }) : r.json();
      }).catch(function (e) { files.delete(path); throw e; }));
    }
    return files.get(path);
  }
  function loadManifest() {
    return get("manifest.json").then(function (m) {
      if (manifest) return manifest;
      manifest = m; N = m.n; groupOf = new Int32Array(N); segs = m.s;
      // Facet groups (FacetCodec.cs): theme sets as fixed-width bitmasks, then per group three varints (theme set
      // change, zigzag; year; size - 1). Each group becomes [size, 0, year, themes...].
      var width = Math.max(1, Math.ceil(m.th.length / 6)), sets = [], groups = [], id = 0, set = 0, i = 0, g = m.g;
      for (var s = 0; s < m.ts.length; s += width) {
        var list = [];
        for (var c = 0; c < width; c++) for (var b = 0; b < 6; b++) if (VAL[m.ts.charCodeAt(s + c)] & (1 << b)) list.push(c * 6 + b);
        sets.push(list);
      }
      function varint() { var v = 0, sh = 1, c; do { c = VAL[g.charCodeAt(i++)]; v += (c & 31) * sh; sh *= 32; } while (c & 32); return v; }
      while (i < g.length) {
        var z = varint(); set += z % 2 ? -(z + 1) / 2 : z / 2;
        var year = varint(), size = varint() + 1;
        groupOf.fill(groups.length, id, id + size); id += size;
        groups.push([size, 0, year].concat(sets[set]));
      }
      m.g = groups;
      return m;
    });
  }
  function segOf(doc) { for (var s = segs.length - 1; s > 0; s--) if (doc >= segs[s].o) return s; return 0; }
  // Chunk c of manifest.k papers is m/<c / FOLDER>/<c>.json (SearchIndexLayout.Chunk).
  function paper(id) {
    var c = Math.floor(id / manifest.k);
    return get("m/" + Math.floor(c / FOLDER) + "/" + c + ".json", segs[segOf(id)].h).then(function (rows) { return rows[id % manifest.k]; });
  }

  // Posting lists of one segment of n papers: a string inline in a shard (PostingCodec.cs) or the bytes of a long list
  // (BinaryPostings.cs). Returns Map(doc -> code), ids of the segment.
  function decode(s, n) {
    var out = new Map(), i = 0, doc = -1, v, c, sh;
    if (typeof s !== "string") return decodeBytes(s, n);
    function varint() { v = 0; sh = 1; do { c = VAL[s.charCodeAt(i++)]; v += (c & 31) * sh; sh *= 32; } while (c & 32); return v; }
    if (s[0] === "!") {
      var end = s.indexOf("!", 1), titles = new Set();
      for (i = end + 1; i < s.length;) { doc += varint() + 1; titles.add(doc); }
      for (var j = 1; j < end; j++) {
        c = VAL[s.charCodeAt(j)];
        for (var b = 0; b < 6; b++) if (c & (1 << b) && (doc = (j - 1) * 6 + b) < n) out.set(doc, titles.has(doc) ? 5 : 1);
      }
    } else while (i < s.length) { varint(); doc += Math.floor(v / 8) + 1; out.set(doc, v % 8); }
    return out;
  }
  function decodeBytes(s, n) {
    var out = new Map(), i = 1, doc = -1, v, c, sh;
    function varint() { v = 0; sh = 1; do { c = s[i++]; v += (c & 127) * sh; sh *= 128; } while (c & 128); return v; }
    if (s[0] === 1) {
      var end = 1 + ((n + 7) >> 3), titles = new Set();
      for (i = end; i < s.length;) { doc += varint() + 1; titles.add(doc); }
      for (var j = 1; j < end; j++) {
        if (!(c = s[j])) continue;
        for (var b = 0; b < 8; b++) if (c & (1 << b) && (doc = (j - 1) * 8 + b) < n) out.set(doc, titles.has(doc) ? 5 : 1);
      }
    } else while (i < s.length) { varint(); doc += Math.floor(v / 8) + 1; out.set(doc, v % 8); }
    return out;
  }
  function weight(code) { var n = code & 3; return (code & 4 ? 2 : 0) + (n ? n * 2.2 / (n + 1.2) : 0); }
  // Scores a term's entries ([segment, [term, df, postings]]) with the idf of the whole archive.
  function scored(entries, w) {
    var df = 0;
    entries.forEach(function (x) { df += x[1][1]; });
    var idf = Math.log(1 + (N - df + 0.5) / (df + 0.5));
    return Promise.all(entries.map(function (x) {
      var e = x[1], sg = segs[x[0]];
      return (typeof e[2] === "number" ? get("s" + x[0] + "/x/" + Math.floor(e[2] / FOLDER) + "/" + e[2] + ".bin", sg.h) : Promise.resolve(e[2])).then(function (s) {
        return [sg, decode(s, sg.n)];
      });
    })).then(function (lists) {
      var m = new Map();
      lists.forEach(function (l) { l[1].forEach(function (code, doc) { m.set(l[0].o + doc, w * idf * weight(code)); }); });
      return m;
    });
  }
  function shardOf(keys, t) {
    var lo = 0, hi = keys.length - 1;
    while (lo < hi) { var mid = (lo + hi + 1) >> 1; if (keys[mid] <= t) lo = mid; else hi = mid - 1; }
    return lo;
  }
  // The term's entry in every segment that has it; dir is "w" or "p", keys(s) a promise of the segment's keys.
  function lookup(dir, keys, term) {
    return Promise.all(segs.map(function (sg, s) {
      return keys(s).then(function (k) {
        if (!k.length) return null;
        return get("s" + s + "/" + dir + "/" + shardOf(k, term) + ".json", sg.h).then(function (shard) {
          var e = shard.find(function (x) { return x[0] === term; });
          return e ? [s, e] : null;
        });
      });
    })).then(function (found) { return scored(found.filter(Boolean), 1); });
  }
  function wordKeys(s) { return Promise.resolve(segs[s].w); }
  function expand(word) {
    return Promise.all(segs.map(function (sg, s) {
      var keys = sg.w, shards = [];
      if (keys.length) word.prefixes.forEach(function (p) {
        var first = shardOf(keys, p), last = Math.min(shardOf(keys, p + "~"), first + sg.p - 1);
        for (var i = first; i <= last; i++) if (shards.indexOf(i) < 0) shards.push(i);
      });
      return Promise.all(shards.map(function (i) { return get("s" + s + "/w/" + i + ".json", sg.h); })).then(function (loaded) {
        var found = [];
        loaded.forEach(function (shard) {
          shard.forEach(function (e) { if (word.prefixes.some(function (p) { return e[0].indexOf(p) === 0; })) found.push([s, e]); });
        });
        return found;
      });
    })).then(function (perSeg) {
      // Terms over all segments, most frequent first; a term is long when any segment keeps its list in a file.
      var byTerm = new Map(), terms = [];
      perSeg.forEach(function (found) {
        found.forEach(function (x) {
          var t = byTerm.get(x[1][0]);
          if (!t) { byTerm.set(x[1][0], t = { term: x[1][0], df: 0, large: false, entries: [] }); terms.push(t); }
          t.df += x[1][1]; t.large = t.large || typeof x[1][2] === "number"; t.entries.push(x);
        });
      });
      terms.sort(function (x, y) { return y.df - x.df || (x.term < y.term ? -1 : 1); });
      terms = terms.slice(0, MAX_EXPANSIONS);
      // A word typed in full that is frequent itself (a long list) expands no further long lists.
      var large = terms.some(function (t) { return t.term === word.term && t.large; }) ? MAX_LARGE : 0;
      return Promise.all(terms.filter(function (t) {
        return !t.large || t.term === word.term || large++ < MAX_LARGE;
      }).map(function (t) { return scored(t.entries, t.term === word.term ? 1 : 0.9); }));
    }).then(function (maps) {
      var all = new Map();
      maps.forEach(function (m) { m.forEach(function (s, doc) { if (!(all.get(doc) >= s)) all.set(doc, s); }); });
      return all;
    });
  }
  function contains(list, phrase) {
    for (var i = 0; i + phrase.length <= list.length; i++) {
      if (phrase.every(function (t, j) { return list[i + j] === t; })) return true;
    }
    return false;
  }
  // Ids of the matching papers, best first (score, then id: ids follow upvotes).
  function search(q) {
    var jobs = q.words.map(function (w) {
      return w.prefixes.length ? expand(w) : lookup("w", wordKeys, w.term);
    });
    q.phrases.forEach(function (ph) {
      for (var i = 0; i + 1 < ph.length; i++) jobs.push(pair(ph[i], ph[i + 1]));
    });
    return Promise.all(jobs).then(function (maps) {
      maps.sort(function (x, y) { return x.size - y.size; });
      var hits = [];
      maps[0].forEach(function (s, doc) {
        for (var i = 1; i < maps.length; i++) { var t = maps[i].get(doc); if (t === undefined) return; s += t; }
        hits.push([doc, s]);
      });
      hits.sort(function (x, y) { return y[1] - x[1] || x[0] - y[0]; });
      var ids = hits.map(function (h) { return h[0]; });
      return q.phrases.length ? verify(ids, q.phrases) : ids;
    });
  }
  // Pairs are hashed into buckets (PairBuckets.cs): FNV-1a of "first second".
  function fnv(h, s) { for (var i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0; return h; }
  function pair(a, b) {
    var n = (fnv(2166136261, a + " " + b) % manifest.pb).toString(16);
    return lookup("p", function (s) { return get("s" + s + "/pairs.json", segs[s].h); }, "0000".slice(n.length) + n);
  }
  // A bucket may claim a paper for another pair: check the text of the best candidates until a page is full.
  function verify(ids, phrases) {
    var good = [], checked = 0;
    function step() {
      if (good.length >= PER_PAGE || checked >= Math.min(ids.length, VERIFY_LIMIT)) return good.concat(ids.slice(checked));
      var batch = ids.slice(checked, checked += PER_PAGE);
      return Promise.all(batch.map(paper)).then(function (rows) {
        batch.forEach(function (id, i) {
          var t = terms(rows[i][1]), b = terms(rows[i][3]);
          // A snippet cut short (PaperChunks.cs) cannot rule a phrase out: the pair buckets already matched.
          var cut = / …$/.test(rows[i][3]);
          if (phrases.every(function (ph) { return contains(t, ph) || contains(b, ph) || cut; })) good.push(id);
        });
        return step();
      });
    }
    return step();
  }

  // ---- Page state, kept in the URL ----
  var form = d.getElementById("search-form"), box = d.getElementById("search-q"), filters = d.getElementById("search-filters");
  var status = d.getElementById("search-status"), list = d.getElementById("search-results");
  var state = fromUrl(), matches = [], shown = 0, seq = 0, settled = true, settleTimer = 0, more = d.createElement("button");
  more.type = "button"; more.id = "search-more"; more.className = "search-more"; more.hidden = true; more.textContent = "More results";
  list.parentNode.insertBefore(more, list.nextSibling);

  function fromUrl() {
    var p = new URLSearchParams(location.search);
    return { q: p.get("q") || "", theme: p.get("theme") || "", year: p.get("year") || "" };
  }
  function record(push) {
    var p = new URLSearchParams();
    ["q", "theme", "year"].forEach(function (k) { if (state[k]) p.set(k, state[k]); });
    var url = location.pathname + (p.toString() ? "?" + p : "");
    if (url !== location.pathname + location.search) history[push ? "pushState" : "replaceState"](null, "", url);
  }
  function passes(doc, skip) {
    var g = manifest.g[groupOf[doc]];
    return (skip === "year" || !state.year || (manifest.yr[g[2]] || "undated") === state.year) &&
      (skip === "theme" || !state.theme || g.slice(3).some(function (t) { return manifest.th[t][0] === state.theme; }));
  }

  function run() {
    var my = ++seq, q = parse(state.q);
    box.value === state.q || (box.value = state.q);
    list.setAttribute("aria-busy", "true");
    loadManifest().then(function () {
      if (!q.words.length) return [];
      return search(q);
    }).then(function (ids) {
      if (my !== seq) return;
      matches = ids; shown = 0;
      // The results' chunks are requested first; the filters and the count are drawn with the first result, so the
      // browser spends no frame on them while the chunks arrive (README, "Time to first results").
      return showMore(my, true, function () {
        renderFilters();
        var visible = matches.filter(function (doc) { return passes(doc); }).length;
        status.textContent = !q.words.length ? "Type to search " + N + " papers." :
          visible ? visible + (visible === 1 ? " paper matches." : " papers match.") : "No papers match.";
      });
    }).catch(function () {
      if (my === seq) status.textContent = "The search index could not be loaded.";
    }).then(function () {
      if (my === seq) list.setAttribute("aria-busy", "false");
    });
  }
  // Appends the next page of results, each as soon as it and those above it are fetched (their chunks arrive in any
  // order); a new search replaces the old results (and calls first) only once its first result is there.
  function showMore(my, replace, first) {
    var ids = matches.filter(function (doc) { return passes(doc); }), page = ids.slice(shown, shown + PER_PAGE);
    var rows = [], next = 0, marks = marker(parse(state.q));
    shown += page.length;
    more.hidden = true;
    function flush() {
      if (my !== seq) return;
      if (replace) { list.textContent = ""; replace = false; if (first) first(); }
      for (; next < page.length && rows[next]; next++) list.appendChild(result(page[next], rows[next], marks));
    }
    return Promise.all(page.map(function (doc, i) {
      return paper(doc).then(function (row) { rows[i] = row; if (i === next) flush(); });
    })).then(function () {
      flush();
      if (my === seq) more.hidden = shown >= ids.length;
    });
  }

  // ---- Rendering: DOM nodes and textContent only ----
  function el(tag, cls, text) { var e = d.createElement(tag); if (cls) e.className = cls; if (text != null) e.textContent = text; return e; }
  function marker(q) {
    var exact = q.words.filter(function (w) { return !w.prefixes.length; }).map(function (w) { return w.term; });
    var prefixes = [].concat.apply([], q.words.map(function (w) { return w.prefixes; }));
    return function (word) {
      return words(word).some(function (w) {
        var t = stem(w);
        return keeps(w) && (exact.indexOf(t) >= 0 || prefixes.some(function (p) { return t.indexOf(p) === 0 || w.indexOf(p) === 0; }));
      });
    };
  }
  // Appends text to a node with every matching word wrapped in <mark>.
  function highlight(node, text, marks) {
    var re = /[\p{L}\p{N}\p{Mn}]+/gu, last = 0, m;
    while ((m = re.exec(text))) {
      if (!marks(m[0])) continue;
      node.appendChild(d.createTextNode(text.slice(last, m.index)));
      node.appendChild(el("mark", null, m[0]));
      last = m.index + m[0].length;
    }
    node.appendChild(d.createTextNode(text.slice(last)));
    return node;
  }
  function snippet(text, marks) {
    var re = /[\p{L}\p{N}\p{Mn}]+/gu, m, at = 0, size = 260;
    while ((m = re.exec(text))) if (marks(m[0])) { at = m.index; break; }
    var start = at < 80 ? 0 : text.indexOf(" ", at - 80) + 1, end = start + size;
    if (end < text.length) end = text.lastIndexOf(" ", end) > start ? text.lastIndexOf(" ", end) : end;
    return (start > 0 ? "… " : "") + text.slice(start, end) + (end < text.length ? " …" : "");
  }
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  function result(doc, row, marks) {
    var li = el("li", "search-result"), a = el("a", "search-result-title"), meta = el("p", "search-result-meta");
    a.href = root + "papers/" + row[0] + "/";
    li.appendChild(highlight(a, row[1], marks));
    if (row[2]) {
      var t = el("time", null, +row[2].slice(8) + " " + MONTHS[+row[2].slice(5, 7) - 1] + " " + row[2].slice(0, 4));
      t.dateTime = row[2];
      meta.appendChild(t);
    } else meta.appendChild(el("span", null, "Undated"));
    manifest.g[groupOf[doc]].slice(3).forEach(function (t) {
      meta.appendChild(d.createTextNode(" · "));
      meta.appendChild(el("span", "search-result-theme", manifest.th[t][1]));
    });
    li.appendChild(meta);
    li.appendChild(highlight(el("p", "search-result-snippet"), snippet(row[3], marks), marks));
    return li;
  }
  function facet(name, label, options) {
    var group = el("div", "search-facet"), any = options.every(function (o) { return !o.on; });
    group.setAttribute("role", "group");
    group.setAttribute("aria-label", label);
    group.appendChild(el("span", "search-facet-label", label));
    [{ value: "", text: "All", on: any }].concat(options).forEach(function (o) {
      var b = el("button", "search-facet-option", o.text);
      b.type = "button"; b.dataset.facet = name; b.dataset.value = o.value;
      b.setAttribute("aria-pressed", String(!!o.on));
      if (o.count != null) b.appendChild(el("span", "search-facet-count", String(o.count)));
      group.appendChild(b);
    });
    return group;
  }
  function renderFilters() {
    filters.textContent = "";
    if (!matches.length) return;
    var themes = manifest.th.map(function () { return 0; }), years = manifest.yr.map(function () { return 0; });
    matches.forEach(function (doc) {
      var g = manifest.g[groupOf[doc]];
      if (passes(doc, "year")) g.slice(3).forEach(function (t) { themes[t]++; });
      if (passes(doc, "theme")) years[g[2]]++;
    });
    filters.appendChild(facet("theme", "Theme", manifest.th.map(function (t, i) {
      return { value: t[0], text: t[1], count: themes[i], on: state.theme === t[0] };
    }).filter(function (o) { return o.count || o.on; })));
    filters.appendChild(facet("year", "Year", manifest.yr.map(function (y, i) {
      return { value: y || "undated", text: y || "Undated", count: years[i], on: state.year === (y || "undated") };
    }).filter(function (o) { return o.count || o.on; })));
  }

  // ---- Events ----
  box.addEventListener("input", function () {
    state.q = box.value;
    record(settled);
    settled = false;
    clearTimeout(settleTimer);
    settleTimer = setTimeout(function () { settled = true; }, 1000);
    run();
  });
  form.addEventListener("submit", function (e) { e.preventDefault(); settled = true; });
  filters.addEventListener("click", function (e) {
    var b = e.target.closest("button[data-facet]");
    if (!b) return;
    state[b.dataset.facet] = b.dataset.value === state[b.dataset.facet] ? "" : b.dataset.value;
    record(true);
    settled = true;
    run();
  });
  more.addEventListener("click", function () { showMore(seq); });
  page.addEventListener("keydown", function (e) {
    if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return;
    var links = [].slice.call(list.querySelectorAll("a.search-result-title")), i = links.indexOf(d.activeElement);
    if (e.target === box && e.key === "ArrowDown" && links.length) i = 0;
    else if (i < 0) return;
    else i += e.key === "ArrowDown" ? 1 : -1;
    e.preventDefault();
    if (i < 0) box.focus(); else if (links[Math.min(i, links.length - 1)]) links[Math.min(i, links.length - 1)].focus();
  });
  window.addEventListener("popstate", function () { state = fromUrl(); settled = true; run(); });
  run();
})();
