#!/usr/bin/env python3
"""Writes the fuzz target's seed corpus: every content file in the repository (the
example sites and every test fixture, broken ones included), each prefixed with the
byte that tells the target where the file sits (its ContentKind's position in allCases)."""
import hashlib
import pathlib
import sys

PLACES = ["site", "outcome", "action", "measure", "risk", "quarter",
          "actionUpdate", "measureUpdate", "outcomeCommentary", "riskUpdate"]


def place(parts):
    """The place of a path relative to its content folder, or None."""
    if parts == ("site.yml",):
        return "site"
    if len(parts) == 2 and parts[1].endswith(".md"):
        return {"outcomes": "outcome", "actions": "action", "measures": "measure", "risks": "risk"}.get(parts[0])
    if len(parts) >= 3 and parts[0] == "quarters":
        if parts[2:] == ("index.md",):
            return "quarter"
        if len(parts) == 4 and parts[3].endswith(".md"):
            return {"actions": "actionUpdate", "measures": "measureUpdate",
                    "outcomes": "outcomeCommentary", "risks": "riskUpdate"}.get(parts[2])
    return None


def main(repository, output):
    output.mkdir(parents=True, exist_ok=True)
    count = 0
    for content in sorted(repository.glob("**/content")):
        if ".build" in content.parts or not content.is_dir():
            continue
        for path in sorted(content.rglob("*")):
            kind = place(path.relative_to(content).parts)
            if kind is None or not path.is_file() or path.is_symlink():
                continue
            data = bytes([PLACES.index(kind)]) + path.read_bytes()[:65536]
            (output / hashlib.sha1(data).hexdigest()).write_bytes(data)
            count += 1
    print(f"fuzz seeds: {count} files")


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]))
