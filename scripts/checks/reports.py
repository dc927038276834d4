"""Checks the reports a build printed to PDF, as a councillor's PDF reader would see them.

Usage: reports.py SITE_DIR ...
For each published quarter (data/site.json), its page must link quarters/<q>/report.pdf
(when no quarter page links one, the build had no Chromium: the check says so and
passes), and that PDF must:
- be a PDF whose page count and size are those the link gives ("PDF, 672 KB, 31 pages");
- be tagged (a structure tree, marked content) and have an outline of the headings;
- link to the site's own address (the page's canonical origin), never to where it was
  printed from.
Exits 1 on any problem.
"""
import json
import pathlib
import re
import sys

LINK = re.compile(
    r'<p class="report-pdf-title"><a href="([^"]+)">[^<]+</a></p>\s*'
    # In any language: "PDF, 672 KB, 31 pages", "PDF, 192 KB, 8 tudalen".
    r'<p class="report-pdf-meta"><abbr title="[^"]+">PDF</abbr>, ([^,]+), (\d+) [^<]+</p>')


def size_text(count: int) -> str:
    """As the quarter page gives it: KB and MB of 1,024 bytes."""
    kilobytes = count / 1024
    if count < 1024:
        return f"{count} bytes"
    whole = int(kilobytes + 0.5)  # halves up, as Swift's rounded() does
    if whole < 1000:
        return f"{whole} KB"
    return f"{kilobytes / 1024:.1f} MB"


def check(site: pathlib.Path) -> tuple[list[str], int]:
    problems, checked = [], 0
    data = json.loads((site / "data" / "site.json").read_text(encoding="utf-8"))
    published = [q["id"] for q in data["quarters"] if q.get("status") == "published"]
    for quarter in published:
        page = (site / "quarters" / quarter / "index.html").read_text(encoding="utf-8")
        match = LINK.search(page)
        if not match:
            continue
        checked += 1
        href, size, pages = match.group(1), match.group(2), int(match.group(3))
        if not href.endswith(f"/quarters/{quarter}/report.pdf"):
            problems.append(f"{quarter}: the link goes to {href}")
        pdf = (site / "quarters" / quarter / "report.pdf").read_bytes()
        canonical = re.search(r'<link rel="canonical" href="(https?://[^/"]+)', page)
        found = len(re.findall(rb"/Type /Page(?![A-Za-z])", pdf))
        local = [u for u in re.findall(rb"/URI \(([^)]*)\)", pdf) if b"//127.0.0.1" in u or b"//localhost" in u]
        for ok, what in [
            (pdf.startswith(b"%PDF-"), "is not a PDF"),
            (found == pages, f"has {found} pages, the page says {pages}"),
            (size_text(len(pdf)) == size, f"is {size_text(len(pdf))}, the page says {size}"),
            (b"/StructTreeRoot" in pdf and b"/Marked true" in pdf, "is not tagged"),
            (re.search(rb"/Outlines \d+ 0 R", pdf) is not None, "has no outline"),
            (canonical is None or not local, f"links to where it was printed ({local[:1]}), not to the site"),
        ]:
            if not ok:
                problems.append(f"{site}/quarters/{quarter}/report.pdf {what}")
    return problems, checked


def main() -> int:
    problems = []
    for folder in sys.argv[1:]:
        site = pathlib.Path(folder)
        found, checked = check(site)
        problems += found
        if checked:
            print(f"reports: {site}: {checked} printed reports checked")
        else:
            print(f"reports: {site}: no quarter page links a PDF (built without Chromium, or --no-pdf)")
    for problem in problems:
        print(f"reports: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
