#!/usr/bin/env python3
"""Lays a Quarterly content tree's update files out as a minimal Hugo site.

Usage: hugo_site.py CONTENT_DIR HUGO_DIR

HUGO_DIR gets hugo.toml, two minimal layouts (title and .Content) and
content/quarters/<quarter>/{actions,measures}/<id>.md: the very same files as
CONTENT_DIR/quarters/<quarter>/{actions,measures}/<id>.md, hard-linked (copied when
the two folders are on different file systems), front matter included. Hugo renders
one page per update file, with the same kind of Markdown (CommonMark + GFM tables).

Each quarter's index.md is linked as _index.md, not index.md: to Hugo a folder
with an index.md is a *leaf bundle* whose sub-folders are resources, not pages, so
the update files under it would not be rendered at all. Its `published:` key is one
of Hugo's aliases of publishDate (harmless: the dates are in the past). The update
files use no other key that Hugo reserves (rag, direction, value, display, period,
comparators, rag_reason are plain .Params; an update's optional `title` is the page
title in both tools).

Definitions (actions/, measures/, outcomes/) and site.yml are not laid out: the
benchmark compares rendering the update files, one page each.
"""
import os
import pathlib
import shutil
import sys

HUGO_TOML = """\
# Minimal Hugo site for Quarterly's benchmark: render one page per content file and
# nothing else (no taxonomies, feeds, sitemap, robots.txt or 404 page).
baseURL = "https://plan.benchmarkshire.example/"
title = "Benchmark"
languageCode = "en-GB"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
enableRobotsTXT = false
disableHugoGeneratorInject = true
[markup.goldmark.renderer]
  unsafe = false
"""

SINGLE = """\
<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>{{ .Title | default .File.ContentBaseName }}</title></head>
<body><main><h1>{{ .Title | default .File.ContentBaseName }}</h1>
{{ .Content }}
</main></body>
</html>
"""

LIST = """\
<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main><h1>{{ .Title }}</h1>
{{ .Content }}
</main></body>
</html>
"""


def _place(src, dst, state):
    dst.parent.mkdir(parents=True, exist_ok=True)
    if state.get("link", True):
        try:
            os.link(src, dst)
            return
        except OSError:
            state["link"] = False
    shutil.copy2(src, dst)


def layout(content, site):
    """Writes the Hugo site; returns {'site', 'pages', 'linked'}."""
    content = pathlib.Path(content)
    site = pathlib.Path(site)
    if site.exists():
        shutil.rmtree(site)
    (site / "layouts" / "_default").mkdir(parents=True)
    (site / "hugo.toml").write_text(HUGO_TOML, encoding="utf-8")
    (site / "layouts" / "_default" / "single.html").write_text(SINGLE, encoding="utf-8")
    (site / "layouts" / "_default" / "list.html").write_text(LIST, encoding="utf-8")
    state = {}
    pages = 0
    quarters = content / "quarters"
    for qdir in sorted(p for p in quarters.iterdir() if p.is_dir()):
        out = site / "content" / "quarters" / qdir.name
        if (qdir / "index.md").exists():
            _place(qdir / "index.md", out / "_index.md", state)
        for kind in ("actions", "measures"):
            folder = qdir / kind
            if not folder.is_dir():
                continue
            for f in sorted(folder.glob("*.md")):
                _place(f, out / kind / f.name, state)
                pages += 1
    return {"site": str(site), "pages": pages, "linked": state.get("link", True)}


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    info = layout(sys.argv[1], sys.argv[2])
    print(f"{info['pages']} update files {'hard-linked' if info['linked'] else 'copied'} into {info['site']}")
