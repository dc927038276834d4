"""Checks a built site's open data as a reuser would, with Python's own readers.

Usage: data.py SITE_DIR ...
- data/measures.csv and data/actions.csv parse with the csv module, hold one row per
  update in site.json, every row has every column, value columns hold plain numbers
  and dates are ISO;
- data/site.json validates against data/site.schema.json (jsonschema);
- feed.xml and sitemap.xml (when present) are well-formed XML, the feed has one entry
  per published report in site.json (a quarter of figures only, `report: false`, is
  not a report) and the sitemap lists every page but search/404.
Exits 1 on any problem.
"""
import csv
import json
import pathlib
import re
import sys
import xml.etree.ElementTree as ElementTree

import jsonschema

NUMBER = re.compile(r"^-?[0-9]+(\.[0-9]+)?$")
DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")


def check(site: pathlib.Path) -> list[str]:
    problems = []
    data = json.loads((site / "data" / "site.json").read_text(encoding="utf-8"))
    for name, numbers, updates in [("measures.csv", ["value", "target"], "measure_updates"), ("actions.csv", [], "action_updates")]:
        with open(site / "data" / name, newline="", encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle, strict=True))
        expected = sum(len(quarter[updates]) for quarter in data["quarters"])
        if len(rows) != expected:
            problems.append(f"{name}: {len(rows)} rows for {expected} updates in site.json")
        for number, row in enumerate(rows, start=2):
            if None in row or None in row.values():
                problems.append(f"{name}:{number}: wrong number of columns")
            for column in numbers:
                if row[column] and not NUMBER.match(row[column]):
                    problems.append(f"{name}:{number}: {column} {row[column]!r} is not a plain number")
            if not DATE.match(row["period_end"]):
                problems.append(f"{name}:{number}: period_end {row['period_end']!r} is not an ISO date")
        print(f"  {name}: {len(rows)} rows")

    schema = json.loads((site / "data" / "site.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    errors = list(validator.iter_errors(data))
    problems += [f"site.json: {'/'.join(map(str, error.absolute_path))}: {error.message}" for error in errors[:20]]
    print(f"  site.json: {len(data['quarters'])} quarters, {len(errors)} schema errors")

    atom = "{http://www.w3.org/2005/Atom}"
    feed = ElementTree.parse(site / "feed.xml").getroot()
    entries = len(feed.findall(f"{atom}entry"))
    published = sum(1 for quarter in data["quarters"] if quarter["status"] == "published" and quarter["report"])
    if entries != published:
        problems.append(f"feed.xml: {entries} entries for {published} published reports")
    print(f"  feed.xml: {entries} entries")

    # A site in several languages has each other language under its own folder, with
    # its own sitemap listing that language's pages.
    languages = [d for d in site.iterdir() if d.is_dir() and (d / "index.html").exists() and (d / "feed.xml").exists()]
    for root in [site] + languages:
        if not (root / "sitemap.xml").exists():
            continue
        urls = ElementTree.parse(root / "sitemap.xml").getroot().findall("{http://www.sitemaps.org/schemas/sitemap/0.9}url")
        pages = [p for p in root.rglob("*.html") if p.name != "404.html" and p.parent.name != "search"
                 and "pagefind" not in p.parts and not any(d in p.parents for d in languages if d != root)]
        name = str((root / "sitemap.xml").relative_to(site))
        if len(urls) != len(pages):
            problems.append(f"{name}: {len(urls)} URLs for {len(pages)} pages")
        print(f"  {name}: {len(urls)} URLs")
    return problems


def main() -> int:
    problems = []
    for argument in sys.argv[1:]:
        print(f"data check: {argument}")
        problems += [f"{argument}: {p}" for p in check(pathlib.Path(argument))]
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"data check: {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
