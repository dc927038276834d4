#!/usr/bin/env python3
"""Validates every content file's front matter against the JSON Schemas that
`quarterly schema --output DIR` wrote, with an independent YAML reader (PyYAML) and
validator (jsonschema, draft-07): the schemas must accept all real content, and must
reject a planted mistake of each kind.

Usage: schemas.py SCHEMA_DIR CONTENT_DIR...
"""
import datetime
import fnmatch
import json
import re
import pathlib
import sys

import jsonschema
import yaml

KINDS = [  # (pattern relative to the content folder, kind); first match wins
    ("site.yml", "site"),
    ("outcomes/*.md", "outcome"),
    ("actions/*.md", "action"),
    ("measures/*.md", "measure"),
    ("risks/*.md", "risk"),
    ("quarters/*/index.md", "quarter"),
    ("quarters/*/actions/*.md", "action-update"),
    ("quarters/*/measures/*.md", "measure-update"),
    ("quarters/*/risks/*.md", "risk-update"),
]


def front_matter(path):
    text = path.read_text(encoding="utf-8-sig").replace("\r\n", "\n")
    if path.name == "site.yml":
        return yaml.safe_load(text) or {}
    if not text.startswith("---\n"):
        return None
    end = text.find("\n---", 3)
    return yaml.safe_load(text[4:end + 1]) or {}


def plain(value):
    """YAML dates become ISO text, as Quarterly reads them."""
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


def main():
    schema_dir = pathlib.Path(sys.argv[1])
    validators = {}
    for _, kind in KINDS:
        schema = json.loads((schema_dir / f"{kind}.schema.json").read_text())
        jsonschema.Draft7Validator.check_schema(schema)
        validators[kind] = jsonschema.Draft7Validator(schema)
    problems, checked = [], 0
    for root in map(pathlib.Path, sys.argv[2:]):
        for path in sorted(root.rglob("*")):
            relative = path.relative_to(root).as_posix()
            kind = next((k for pattern, k in KINDS if fnmatch.fnmatchcase(relative, pattern)
                         and relative.count("/") == pattern.count("/")), None)
            if kind is None or not path.is_file():
                continue
            # A translation (`<id>.cy.md`, `site.en.yml`) holds only words, over the file it
            # translates: `quarterly check` reads it so; the schemas describe whole files.
            if re.search(r"\.[a-z]{2,3}\.(md|yml)$", path.name):
                continue
            data = front_matter(path)
            if data is None:
                continue
            checked += 1
            for error in validators[kind].iter_errors(plain(data)):
                problems.append(f"{path}: {'/'.join(map(str, error.path))}: {error.message}")
    # The schemas must also catch mistakes, or they check nothing.
    planted = [("action-update", {"rag": "Amber/Green"}), ("measure-update", {"value": "65%"}),
               ("measure", {"ref": "M1", "title": "t", "outcome": "o", "milstone": "x"}), ("quarter", {})]
    for kind, data in planted:
        if validators[kind].is_valid(data):
            problems.append(f"planted mistake accepted by {kind}: {data}")
    for problem in problems:
        print(problem)
    print(f"schema check: {checked} files, {len(problems)} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
