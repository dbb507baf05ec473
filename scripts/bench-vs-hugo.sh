#!/usr/bin/env bash
# Times `archive build` and Hugo side by side on the same papers, in alternating runs (docs/benchmarks.md).
#
#   scripts/bench-vs-hugo.sh [--runs 7] [--input input] [--work /dev/shm/bench-vs-hugo] [--archive "CMD"]
#
# Hugo is for measurement only (Debian's: `apt-get install -y hugo`, 0.111); nothing else in the project uses it.
# The Hugo site is made from the catalog (`archive inspect --json`) in a temporary folder: one content file per
# paper (title, dates, upvotes, themes as a taxonomy, the abstract as its body), a page per paper with its five
# related papers (Hugo's related content over themes, keywords and date), the list of all papers and a list per
# theme, both paginated as ours are, and RSS per list. It builds less than we do (no search index, no date pages,
# no Atom or JSON feeds), so the comparison favours Hugo.
#
# Each run builds from scratch (our output and build cache are removed first; Hugo has no cache to keep). It prints
# per run and as medians the wall time, the CPU time (user + system) and the peak resident memory of each.
# --archive is the command that runs our generator: by default the executable scripts/archive published
# when there is one, else the Release build's archive.dll.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=7
input=input
work=/dev/shm/bench-vs-hugo
archive=""
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --input) input="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --archive) archive="$2"; shift 2 ;;
    *) echo "bench-vs-hugo: unknown option $1" >&2; exit 2 ;;
  esac
done

command -v hugo >/dev/null || { echo "bench-vs-hugo: hugo is not installed (apt-get install -y hugo)." >&2; exit 1; }
command -v python3 >/dev/null || { echo "bench-vs-hugo: python3 is needed to write the Hugo site." >&2; exit 1; }
if [ -z "$archive" ]; then
  if [ -x .archive-bin/app/archive ]; then
    archive="$PWD/.archive-bin/app/archive"
  else
    dotnet build src/Archive.Cli -c Release --nologo -v quiet >/dev/null
    archive="dotnet $PWD/src/Archive.Cli/bin/Release/net10.0/archive.dll"
  fi
fi

input="$(cd "$input" && pwd)"
repo="$PWD"
rm -rf "$work"
mkdir -p "$work/hugo"
[ -n "${KEEP:-}" ] || trap 'rm -rf "$work"' EXIT

# The same papers as our build reads, written as a Hugo site.
$archive inspect --json --input "$input" >"$work/papers.json"
python3 - "$work/papers.json" "$work/hugo" "$input/site.yml" <<'PY'
import json, os, re, sys
papers_path, site, site_yml = sys.argv[1:]
papers = json.load(open(papers_path, encoding="utf-8"))
title = "Paper Archive"
for line in open(site_yml, encoding="utf-8"):
    m = re.match(r"title:\s*(.+)", line)
    if m:
        title = m.group(1).strip().strip("'\"")
        break

def write(path, text):
    path = os.path.join(site, path)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)

write("config.toml", f"""baseURL = "https://example.org/"
title = {json.dumps(title)}
paginate = 20
[taxonomies]
  theme = "themes"
[related]
  includeNewer = true
  threshold = 1
  toLower = true
  [[related.indices]]
    name = "themes"
    weight = 100
  [[related.indices]]
    name = "keywords"
    weight = 80
  [[related.indices]]
    name = "date"
    weight = 10
""")
write("layouts/_default/baseof.html", """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }} · {{ .Site.Title }}</title>
{{ with .OutputFormats.Get "rss" }}<link rel="alternate" type="application/rss+xml" href="{{ .RelPermalink }}">{{ end }}</head>
<body><header><a href="{{ "" | relURL }}">{{ .Site.Title }}</a> <a href="{{ "themes/" | relURL }}">Themes</a></header>
<main>{{ block "main" . }}{{ end }}</main></body></html>
""")
write("layouts/_default/single.html", """{{ define "main" }}<article><h1>{{ .Title }}</h1>
<p>{{ with .Params.paper_published }}Published {{ . }} · {{ end }}added {{ .Date.Format "Jan 2, 2006" }} · ▲ {{ .Params.upvotes }}</p>
<ul>{{ range .GetTerms "themes" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>
{{ .Content }}
{{ with .Site.RegularPages.Related . | first 5 }}<h2>Related papers</h2><ul>{{ range . }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Summary | plainify | truncate 160 }}</li>{{ end }}</ul>{{ end }}
</article>{{ end }}
""")
write("layouts/_default/list.html", """{{ define "main" }}<h1>{{ .Title }}</h1>
<ol>{{ range (.Paginate .RegularPages.ByDate.Reverse).Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "Jan 2, 2006" }} ▲ {{ .Params.upvotes }}<p>{{ .Summary | plainify | truncate 200 }}</p></li>{{ end }}</ol>
{{ template "_internal/pagination.html" . }}{{ end }}
""")
write("layouts/_default/terms.html", """{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Data.Terms.ByCount }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>{{ end }}
""")
write("layouts/index.html", """{{ define "main" }}<h1>{{ .Site.Title }}</h1><ol>{{ range first 20 .Site.RegularPages.ByDate.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ol>{{ end }}
""")

stop = set("a an and are as at be by for from in is it of on or that the this to we with our which".split())
for p in papers:
    words = [w for w in re.findall(r"[a-z][a-z0-9-]{3,}", (p["title"] + " " + p["abstract"]).lower()) if w not in stop]
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    keywords = [w for w, _ in sorted(counts.items(), key=lambda x: (-x[1], x[0]))[:10]]
    front = {
        "title": p["title"],
        "date": p["added"],
        "paper_published": p["published"],
        "upvotes": p["upvotes"],
        "themes": p["themes"],
        "keywords": keywords,
    }
    write(f"content/papers/{p['slug']}.md", json.dumps(front, ensure_ascii=False, indent=1) + "\n\n" + p["abstract"] + "\n")
write("content/papers/_index.md", '{"title": "All papers"}\n')
PY

# Wall, user and system seconds and peak KB of one command, as "wall cpu kb".
measure() {
  /usr/bin/time -o "$work/time.txt" -f '%e %U %S %M' "$@" >/dev/null 2>&1
  awk '{ printf "%.2f %.2f %d\n", $1, $2 + $3, $4 }' "$work/time.txt"
}

echo "bench-vs-hugo: $(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))))" "$work/papers.json") papers, $runs alternating runs, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "archive: $archive"
echo "hugo: $(hugo version | cut -d' ' -f1-2)"
printf '%-4s %-8s %8s %8s %8s\n' run tool "wall s" "cpu s" "peak MB"
: >"$work/archive.txt"
: >"$work/hugo.txt"
for run in $(seq 1 "$runs"); do
  rm -rf "$work/out" "$work/.archive-cache"
  (cd "$work" && measure $archive build --input "$input" --output "$work/out" --theme "$repo/theme") >>"$work/archive.txt"
  rm -rf "$work/public"
  measure hugo --quiet --source "$work/hugo" --destination "$work/public" >>"$work/hugo.txt"
  for tool in archive hugo; do
    read -r wall cpu kb < <(tail -1 "$work/$tool.txt")
    printf '%-4s %-8s %8s %8s %8d\n' "$run" "$tool" "$wall" "$cpu" $((kb / 1024))
  done
done

# Medians, and our median wall time as a share of Hugo's.
python3 - "$work/archive.txt" "$work/hugo.txt" <<'PY'
import statistics, sys
rows = {}
for name, path in zip(("archive", "hugo"), sys.argv[1:]):
    values = [list(map(float, line.split())) for line in open(path) if line.strip()]
    rows[name] = [statistics.median(v[i] for v in values) for i in range(3)]
for name, (wall, cpu, kb) in rows.items():
    print(f"median {name:8} {wall:8.2f} {cpu:8.2f} {kb / 1024:8.0f}")
print(f"ratio archive/hugo: wall {rows['archive'][0] / rows['hugo'][0]:.2f}, cpu {rows['archive'][1] / rows['hugo'][1]:.2f}")
PY
