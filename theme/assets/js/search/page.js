// @ts-check
/* The search page (#search-page): results as you type, theme and year filters, the query kept in the URL. Index text
   only ever reaches the page through textContent and DOM nodes, never innerHTML. */

import { SearchIndex } from "./index.js";
import { textRules } from "./text.js";
import { search } from "./query.js";

/** @typedef {import("./index.js").Manifest} Manifest @typedef {import("./index.js").PaperRow} PaperRow
 * @typedef {import("./text.js").TextRules} TextRules @typedef {import("./text.js").Query} Query
 * @typedef {{ q: string, theme: string, year: string }} State
 * @typedef {{ value: string, text: string, count?: number, on: boolean }} FacetOption */

/** Wide enough for the filters to sit open above the results (the stylesheet's breakpoint). */
const WIDE = "(min-width: 48em)";

const d = document;
const page = /** @type {HTMLElement} */ (d.getElementById("search-page"));
const form = /** @type {HTMLFormElement} */ (d.getElementById("search-form"));
const box = /** @type {HTMLInputElement} */ (d.getElementById("search-q"));
const panel = /** @type {HTMLDetailsElement} */ (d.getElementById("search-filter-panel"));
const panelSummary = /** @type {HTMLElement} */ (panel.querySelector("summary"));
const filters = /** @type {HTMLElement} */ (d.getElementById("search-filters"));
const status = /** @type {HTMLElement} */ (d.getElementById("search-status"));
const list = /** @type {HTMLOListElement} */ (d.getElementById("search-results"));
const root = d.body.getAttribute("data-root") || "";
const index = new SearchIndex(page.getAttribute("data-index") || "index/");

/** @type {State} */
let state = fromUrl();
/** @type {number[]} */
let matches = [];
/** @type {TextRules | null} */
let text = null;
let shown = 0, seq = 0, settled = true, settleTimer = 0, panelPlaced = false;
const more = el("button", "search-more", "More results");
more.type = "button"; more.id = "search-more"; more.hidden = true;
list.after(more);

/** @returns {State} */
function fromUrl() {
  const p = new URLSearchParams(location.search);
  return { q: p.get("q") || "", theme: p.get("theme") || "", year: p.get("year") || "" };
}
/** @param {boolean} push */
function record(push) {
  const p = new URLSearchParams();
  for (const k of /** @type {(keyof State)[]} */ (["q", "theme", "year"])) if (state[k]) p.set(k, state[k]);
  const url = location.pathname + (p.toString() ? "?" + p : "");
  if (url !== location.pathname + location.search) history[push ? "pushState" : "replaceState"](null, "", url);
}
/** @param {Manifest} m @param {number} year */
function yearValue(m, year) { return m.yr[year] || "undated"; }
/** Whether paper `doc` passes the filters (all but `skip`). @param {number} doc @param {string} [skip] */
function passes(doc, skip) {
  const m = /** @type {Manifest} */ (index.manifest), g = index.facetsOf(doc);
  return (skip === "year" || !state.year || yearValue(m, g.year) === state.year) &&
    (skip === "theme" || !state.theme || g.themes.some((t) => m.th[t][0] === state.theme));
}

function run() {
  const my = ++seq;
  if (box.value !== state.q) box.value = state.q;
  list.setAttribute("aria-busy", "true");
  /** @type {Query} */
  let q = { words: [], phrases: [] };
  index.load().then((m) => {
    text = text || textRules(m.text);
    q = text.parse(state.q);
    return q.words.length ? search(index, text, q) : [];
  }).then((ids) => {
    if (my !== seq) return;
    matches = ids; shown = 0;
    // The results' chunks are requested first; the filters and the count are drawn with the first result, so the
    // browser spends no frame on them while the chunks arrive (docs/search-index.md, "Time to first results").
    return showMore(my, true, () => {
      renderFilters();
      status.textContent = count(q);
    });
  }).catch(() => {
    if (my === seq) status.textContent = "The search index could not be loaded.";
  }).then(() => {
    if (my === seq) list.setAttribute("aria-busy", "false");
  });
}

/** The count, saying which filters it counts within. @param {Query} q */
function count(q) {
  const m = /** @type {Manifest} */ (index.manifest);
  if (!q.words.length) return "Type to search " + m.n + " papers.";
  const visible = matches.filter((doc) => passes(doc)).length;
  const papers = (/** @type {number} */ n) => n + (n === 1 ? " paper" : " papers");
  const within = activeFilters();
  if (!within.length) return visible ? papers(visible) + (visible === 1 ? " matches." : " match.") : "No papers match.";
  return (visible ? papers(visible) : "No papers") + " of " + papers(matches.length) + " " + (matches.length === 1 ? "matches" : "match") +
    " in " + within.join(" and ") + ".";
}
/** The filters in force, in words ("the theme Reinforcement learning", "2024"). */
function activeFilters() {
  const m = /** @type {Manifest} */ (index.manifest), words = [];
  const theme = m.th.find((t) => t[0] === state.theme);
  if (theme) words.push("the theme " + theme[1]);
  if (state.year) words.push(state.year === "undated" ? "papers without a date" : "the year " + state.year);
  return words;
}

/** Appends the next page of results, each as soon as it and those above it are fetched (their chunks arrive in any
 * order); a new search replaces the old results (and calls first) only once its first result is there.
 * @param {number} my @param {boolean} [replace] @param {() => void} [first] */
function showMore(my, replace, first) {
  const m = /** @type {Manifest} */ (index.manifest), rules = /** @type {TextRules} */ (text);
  const ids = matches.filter((doc) => passes(doc)), batch = ids.slice(shown, shown + m.limits.page);
  /** @type {PaperRow[]} */
  const rows = [];
  const marks = marker(rules, rules.parse(state.q));
  let next = 0;
  shown += batch.length;
  more.hidden = true;
  function flush() {
    if (my !== seq) return;
    if (replace) { list.textContent = ""; replace = false; if (first) first(); }
    for (; next < batch.length && rows[next]; next++) list.appendChild(result(batch[next], rows[next], marks));
  }
  return Promise.all(batch.map((doc, i) => index.paper(doc).then((row) => { rows[i] = row; if (i === next) flush(); })))
    .then(() => {
      flush();
      if (my === seq) more.hidden = shown >= ids.length;
    });
}

/** @template {keyof HTMLElementTagNameMap} K @param {K} tag @param {string | null} cls @param {string} [content]
 * @returns {HTMLElementTagNameMap[K]} */
function el(tag, cls, content) {
  const e = d.createElement(tag);
  if (cls) e.className = cls;
  if (content != null) e.textContent = content;
  return e;
}
/** Whether a word of a title or snippet matches the query. @param {TextRules} rules @param {Query} q */
function marker(rules, q) {
  const exact = q.words.filter((w) => !w.prefixes.length).map((w) => w.term);
  const prefixes = q.words.flatMap((w) => w.prefixes);
  return (/** @type {string} */ word) => rules.words(word).some((w) => {
    const t = rules.stem(w);
    return rules.keeps(w) && (exact.indexOf(t) >= 0 || prefixes.some((p) => t.indexOf(p) === 0 || w.indexOf(p) === 0));
  });
}
/** Appends text to a node with every matching word wrapped in <mark>.
 * @template {HTMLElement} E @param {E} node @param {string} content @param {(w: string) => boolean} marks @returns {E} */
function highlight(node, content, marks) {
  const re = /[\p{L}\p{N}\p{Mn}]+/gu;
  let last = 0, m;
  while ((m = re.exec(content))) {
    if (!marks(m[0])) continue;
    node.appendChild(d.createTextNode(content.slice(last, m.index)));
    node.appendChild(el("mark", null, m[0]));
    last = m.index + m[0].length;
  }
  node.appendChild(d.createTextNode(content.slice(last)));
  return node;
}
/** @param {string} content @param {(w: string) => boolean} marks */
function snippet(content, marks) {
  const re = /[\p{L}\p{N}\p{Mn}]+/gu, size = 260;
  let m, at = 0;
  while ((m = re.exec(content))) if (marks(m[0])) { at = m.index; break; }
  const start = at < 80 ? 0 : content.indexOf(" ", at - 80) + 1;
  let end = start + size;
  if (end < content.length) end = content.lastIndexOf(" ", end) > start ? content.lastIndexOf(" ", end) : end;
  return (start > 0 ? "… " : "") + content.slice(start, end) + (end < content.length ? " …" : "");
}
/** A day as the site's pages write it, in the site's language (the manifest's date style). @param {string} iso */
function dayText(iso) {
  const style = /** @type {Manifest} */ (index.manifest).date;
  const parts = { d: String(+iso.slice(8, 10)), M: style.months[+iso.slice(5, 7) - 1], y: iso.slice(0, 4) };
  return style.day.replace(/\{([dMy])\}/g, (_, k) => parts[/** @type {"d" | "M" | "y"} */ (k)]);
}
/** @param {number} doc @param {PaperRow} row @param {(w: string) => boolean} marks */
function result(doc, row, marks) {
  const m = /** @type {Manifest} */ (index.manifest);
  const li = el("li", "search-result"), a = el("a", "search-result-title"), meta = el("p", "search-result-meta");
  a.href = root + "papers/" + row[0] + "/";
  li.appendChild(highlight(a, row[1], marks));
  if (row[2]) {
    const t = el("time", null, dayText(row[2]));
    t.dateTime = row[2];
    meta.appendChild(t);
  } else meta.appendChild(el("span", null, "Undated"));
  if (row[4]) {
    meta.appendChild(d.createTextNode(" · "));
    meta.appendChild(el("span", "search-result-authors", row[4]));
  }
  index.facetsOf(doc).themes.forEach((t) => {
    meta.appendChild(d.createTextNode(" · "));
    meta.appendChild(el("span", "search-result-theme", m.th[t][1]));
  });
  li.appendChild(meta);
  li.appendChild(highlight(el("p", "search-result-snippet"), snippet(row[3], marks), marks));
  return li;
}
/** @param {string} name @param {string} label @param {FacetOption[]} options */
function facet(name, label, options) {
  const group = el("div", "search-facet"), any = options.every((o) => !o.on);
  group.setAttribute("role", "group");
  group.setAttribute("aria-label", label);
  group.appendChild(el("span", "search-facet-label", label));
  [{ value: "", text: "All", on: any }, ...options].forEach((/** @type {FacetOption} */ o) => {
    const b = el("button", "search-facet-option", o.text);
    b.type = "button"; b.dataset.facet = name; b.dataset.value = o.value;
    b.setAttribute("aria-pressed", String(!!o.on));
    if (o.count != null) b.appendChild(el("span", "search-facet-count", String(o.count)));
    group.appendChild(b);
  });
  return group;
}
function renderFilters() {
  const m = /** @type {Manifest} */ (index.manifest);
  filters.textContent = "";
  panel.hidden = !matches.length;
  if (!matches.length) return;
  // Open beside the results on a wide screen; folded on a phone, where the results come first.
  if (!panelPlaced) { panel.open = matchMedia(WIDE).matches; panelPlaced = true; }
  const within = activeFilters();
  panelSummary.textContent = within.length ? "Filtered by " + within.join(" and ") : "Filter by theme or year";
  const themes = m.th.map(() => 0), years = m.yr.map(() => 0);
  matches.forEach((doc) => {
    const g = index.facetsOf(doc);
    if (passes(doc, "year")) g.themes.forEach((t) => { themes[t]++; });
    if (passes(doc, "theme")) years[g.year]++;
  });
  filters.appendChild(facet("theme", "Theme", m.th.map((t, i) => ({ value: t[0], text: t[1], count: themes[i], on: state.theme === t[0] }))
    .filter((o) => o.count || o.on)));
  filters.appendChild(facet("year", "Year", m.yr.map((y, i) => ({ value: y || "undated", text: y || "Undated", count: years[i], on: state.year === (y || "undated") }))
    .filter((o) => o.count || o.on)));
}

box.addEventListener("input", () => {
  state.q = box.value;
  record(settled);
  settled = false;
  clearTimeout(settleTimer);
  settleTimer = setTimeout(() => { settled = true; }, 1000);
  run();
});
form.addEventListener("submit", (e) => { e.preventDefault(); settled = true; });
filters.addEventListener("click", (e) => {
  const b = /** @type {HTMLElement | null} */ (/** @type {HTMLElement} */ (e.target).closest("button[data-facet]"));
  if (!b) return;
  const facetName = /** @type {"theme" | "year"} */ (b.dataset.facet);
  state[facetName] = b.dataset.value === state[facetName] ? "" : b.dataset.value || "";
  record(true);
  settled = true;
  run();
});
more.addEventListener("click", () => { showMore(seq); });
page.addEventListener("keydown", (e) => {
  if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return;
  const links = /** @type {HTMLElement[]} */ ([...list.querySelectorAll("a.search-result-title")]);
  let i = links.indexOf(/** @type {HTMLElement} */ (d.activeElement));
  if (e.target === box && e.key === "ArrowDown" && links.length) i = 0;
  else if (i < 0) return;
  else i += e.key === "ArrowDown" ? 1 : -1;
  e.preventDefault();
  if (i < 0) box.focus(); else links[Math.min(i, links.length - 1)]?.focus();
});
window.addEventListener("popstate", () => { state = fromUrl(); settled = true; run(); });
run();
