"""Checks a built site's data as data catalogues and CSVW tools read it.

Usage: opendata.py SITE_DIR ...
- every CSV file has CSV on the Web metadata beside it (<file>-metadata.json), and the
  csvw package validates the file against it (columns, datatypes, primary key);
- data/catalog.jsonld expands as JSON-LD (pyld) to one dcat:Catalog whose every
  dataset has a title, description, publisher, licence, a temporal coverage with xsd
  dates, and distributions whose download addresses are files of the site with a media
  type;
- every page's schema.org Dataset markup parses, and its downloads are files of the site.
Exits 1 on any problem.
"""
import json
import pathlib
import re
import sys

from csvw import CSVW
from pyld import jsonld

DCAT = "http://www.w3.org/ns/dcat#"
DCT = "http://purl.org/dc/terms/"
XSD_DATE = "http://www.w3.org/2001/XMLSchema#date"


def file_for(site: pathlib.Path, home: str, url: str) -> pathlib.Path | None:
    """The site's file for an address on it, or None for an address elsewhere."""
    if not url.startswith(home):
        return None
    path = site / url[len(home):]
    return path / "index.html" if url.endswith("/") else path


def check_csvw(site: pathlib.Path) -> list[str]:
    problems = []
    files = sorted(site.rglob("*.csv"))
    for csv in files:
        metadata = csv.with_name(csv.name + "-metadata.json")
        if not metadata.exists():
            problems.append(f"{csv.relative_to(site)}: no CSVW metadata beside it")
            continue
        try:
            table = CSVW(str(metadata), validate=True)
            if not table.is_valid:
                problems += [f"{metadata.relative_to(site)}: {w.message}" for w in table.warnings[:5]]
        except ValueError as error:
            problems.append(f"{metadata.relative_to(site)}: {error}")
    print(f"  CSVW: {len(files)} CSV files validated against their metadata")
    return problems


def check_catalogue(site: pathlib.Path) -> list[str]:
    problems = []
    document = json.loads((site / "data" / "catalog.jsonld").read_text(encoding="utf-8"))
    expanded = jsonld.expand(document)
    catalogues = [node for node in expanded if DCAT + "Catalog" in node.get("@type", [])]
    if len(catalogues) != 1:
        return [f"catalog.jsonld: {len(catalogues)} dcat:Catalog nodes"]
    catalogue = catalogues[0]
    home = catalogue["http://xmlns.com/foaf/0.1/homepage"][0]["@id"]
    datasets = catalogue.get(DCAT + "dataset", [])
    for dataset in datasets:
        name = dataset.get("@id", "?")
        for key in [DCT + "title", DCT + "description", DCT + "publisher", DCT + "license", DCT + "temporal"]:
            if key not in dataset:
                problems.append(f"catalog.jsonld: {name} has no {key}")
        for period in dataset.get(DCT + "temporal", []):
            for end in ["startDate", "endDate"]:
                value = period.get(DCAT + end, [{}])[0]
                if value.get("@type") != XSD_DATE or not re.match(r"^\d{4}-\d{2}-\d{2}$", value.get("@value", "")):
                    problems.append(f"catalog.jsonld: {name} {end} is not an xsd:date")
        distributions = dataset.get(DCAT + "distribution", [])
        if not distributions:
            problems.append(f"catalog.jsonld: {name} has no distribution")
        for distribution in distributions:
            url = distribution[DCAT + "downloadURL"][0]["@id"]
            if DCAT + "mediaType" not in distribution:
                problems.append(f"catalog.jsonld: {url} has no media type")
            path = file_for(site, home, url)
            if path is None or not path.exists():
                problems.append(f"catalog.jsonld: {url} is not a file of the site")
    print(f"  catalog.jsonld: {len(datasets)} datasets expanded as JSON-LD")
    return problems


def check_page_markup(site: pathlib.Path) -> list[str]:
    problems = []
    home = json.loads((site / "data" / "catalog.jsonld").read_text(encoding="utf-8"))["foaf:homepage"]["@id"]
    pages = 0
    for page in site.rglob("index.html"):
        for script in re.findall(r'<script type="application/ld\+json">(.*?)</script>', page.read_text("utf-8"), re.S):
            pages += 1
            markup = json.loads(script)
            if markup.get("@type") != "Dataset" or not markup.get("license") or not markup.get("temporalCoverage"):
                problems.append(f"{page.relative_to(site)}: Dataset markup without type, licence or coverage")
            for download in markup.get("distribution", []):
                path = file_for(site, home, download["contentUrl"])
                if path is None or not path.exists():
                    problems.append(f"{page.relative_to(site)}: {download['contentUrl']} is not a file of the site")
    print(f"  schema.org: {pages} pages with Dataset markup")
    return problems


def main() -> int:
    problems = []
    for argument in sys.argv[1:]:
        site = pathlib.Path(argument)
        print(f"open data check: {argument}")
        for check in (check_csvw, check_catalogue, check_page_markup):
            problems += [f"{argument}: {p}" for p in check(site)]
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"open data check: {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
