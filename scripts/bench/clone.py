#!/usr/bin/env python3
"""Scales a real content tree up by cloning its items under new ids and refs.

Usage:
  clone.py --updates N --source CONTENT --out DIR [--hugo]

The generator (generate.py) writes updates of one shape. Real content is more
demanding: the Cumbria example has 11 quarters, plans renumbered from year to year,
commentary of every length, figures-only quarters, outcome commentary, risks and a
published.yml for every published quarter that `check` compares with the report. This
copies the whole source tree K times into DIR/content, with K the number of copies that
gives about N update files (quarters/*/actions/*.md and quarters/*/measures/*.md):
9,798 from 46 copies of the Cumbria example's 213.

The first copy is the source as it is. Copy k (from 2) gives every action, measure,
outcome and risk the id `<id>-k<k>` and every ref (`ref:`, `refs:`) the prefix `K<k>-`,
and rewrites what names them: `outcome:`, `outcomes:`, `parent:`, a risk's `actions:`
and `measures:`, update files' and outcome commentary's file names, and the entries of
each quarter's published.yml (which then records the report of every copy). Titles,
commentary and figures are unchanged, so each copy's statuses are the source's.

The latest quarter is left without its published.yml: it stands for the report being
prepared, the one officers edit, and the benchmark's one-file edit goes there (an edit
to a recorded report fails `check` with published-report-changed).

With --hugo it also lays the same update files out as a Hugo site in DIR/hugo
(see hugo_site.py). Python 3 standard library only.
"""
import argparse
import os
import pathlib
import re
import shutil
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the repository
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import hugo_site  # noqa: E402

CLONER_VERSION = "1"
ITEM_FOLDERS = ("actions", "measures", "outcomes", "risks")
# Front-matter keys whose value (a scalar, a list, or a map's values) names an id.
ID_KEYS = {"outcome", "outcomes", "parent", "actions", "measures"}
REF_KEYS = {"ref", "refs"}


def update_files(content):
    return sorted(content.glob("quarters/*/actions/*.md")) + sorted(content.glob("quarters/*/measures/*.md"))


def copies_for(updates, per_copy):
    return max(1, round(updates / per_copy))


class Renamer:
    """The id and ref of copy k."""

    def __init__(self, k):
        self.k = k

    def id(self, value):
        return value if self.k == 1 else f"{value}-k{self.k}"

    def ref(self, value):
        return value if self.k == 1 else f"K{self.k}-{value}"


SCALAR = re.compile(r'^(\s*)([A-Za-z_][A-Za-z0-9_/]*|"[^"]*"|[0-9/]+):(\s*)(.*)$')


def rename_value(text, rename):
    """A YAML scalar, quoted or not, or a flow list [a, b], with each element renamed."""
    text = text.rstrip()
    if not text:
        return text
    if text.startswith("[") and text.endswith("]"):
        items = [x.strip() for x in text[1:-1].split(",") if x.strip()]
        return "[" + ", ".join(rename_value(x, rename) for x in items) + "]"
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'":
        return text[0] + rename(text[1:-1]) + text[0]
    return '"' + rename(text) + '"'


def rename_front_matter(text, names):
    """Rewrites the front matter's ids and refs; the body is left as it is."""
    if names.k == 1 or not text.startswith("---"):
        return text
    lines = text.split("\n")
    end = next((i for i in range(1, len(lines)) if lines[i].rstrip() == "---"), None)
    if end is None:
        return text
    key = None
    for i in range(1, end):
        line = lines[i]
        m = SCALAR.match(line)
        indent = len(line) - len(line.lstrip())
        if indent == 0 and m:
            key = m.group(2)
            value = m.group(4)
            rename = names.id if key in ID_KEYS else names.ref if key in REF_KEYS else None
            if rename and value.strip():
                lines[i] = f"{key}:{m.group(3) or ' '}{rename_value(value, rename)}"
        elif indent > 0 and key in ID_KEYS | REF_KEYS:
            rename = names.id if key in ID_KEYS else names.ref
            stripped = line.lstrip()
            if stripped.startswith("- "):
                lines[i] = line[:indent] + "- " + rename_value(stripped[2:], rename)
            elif m and m.group(4).strip():
                lines[i] = f"{m.group(1)}{m.group(2)}:{m.group(3) or ' '}{rename_value(m.group(4), rename)}"
    return "\n".join(lines)


def rename_record(text, names):
    """A published.yml's entries: ids (the keys of outcomes, actions and measures), refs and outcomes."""
    out = []
    section = None
    for line in text.split("\n"):
        if line and not line.startswith(" ") and line.endswith(":"):
            section = line[:-1]
            out.append(line)
            continue
        if section in ("outcomes", "actions", "measures"):
            if line.startswith("  ") and not line.startswith("   ") and line.endswith(":"):
                out.append("  " + names.id(line[2:-1]) + ":")
                continue
            m = re.match(r'^    (ref|outcome): "(.*)"$', line)
            if m:
                rename = names.ref if m.group(1) == "ref" else names.id
                out.append(f'    {m.group(1)}: "{rename(m.group(2))}"')
                continue
        out.append(line)
    return "\n".join(out)


def record_sections(text):
    """A published.yml split into its header (comments and `quarter:`) and its three sections' lines."""
    header, sections, current = [], {"outcomes": [], "actions": [], "measures": []}, None
    for line in text.rstrip("\n").split("\n"):
        if line and not line.startswith(" ") and line.endswith(":"):
            current = line[:-1] if line[:-1] in sections else None
            if current is None:
                header.append(line)
            continue
        (sections[current] if current else header).append(line)
    return header, sections


def clone(updates, source, out):
    source = pathlib.Path(source)
    content = pathlib.Path(out) / "content"
    if content.exists():
        shutil.rmtree(content)
    content.mkdir(parents=True)
    per_copy = len(update_files(source))
    if per_copy == 0:
        raise SystemExit(f"no update files under {source}/quarters")
    k_max = copies_for(updates, per_copy)
    shutil.copy2(source / "site.yml", content / "site.yml")
    quarters = sorted(p for p in (source / "quarters").iterdir() if p.is_dir())
    records = {}
    for k in range(1, k_max + 1):
        names = Renamer(k)
        for folder in ITEM_FOLDERS:
            if not (source / folder).is_dir():
                continue
            (content / folder).mkdir(exist_ok=True)
            for f in sorted((source / folder).glob("*.md")):
                text = rename_front_matter(f.read_text(encoding="utf-8"), names)
                (content / folder / (names.id(f.stem) + ".md")).write_text(text, encoding="utf-8")
        for q in quarters:
            target = content / "quarters" / q.name
            if k == 1:
                target.mkdir(parents=True)
                shutil.copy2(q / "index.md", target / "index.md")
            for sub in sorted(p for p in q.iterdir() if p.is_dir()):
                (target / sub.name).mkdir(exist_ok=True)
                for f in sorted(sub.glob("*.md")):
                    text = rename_front_matter(f.read_text(encoding="utf-8"), names)
                    (target / sub.name / (names.id(f.stem) + ".md")).write_text(text, encoding="utf-8")
            record = q / "published.yml"
            if record.exists():
                header, sections = record_sections(rename_record(record.read_text(encoding="utf-8"), names))
                merged = records.setdefault(q.name, (header, {"outcomes": [], "actions": [], "measures": []}))
                for name, lines in sections.items():
                    merged[1][name].extend(lines)
    for quarter, (header, sections) in records.items():
        if quarter == quarters[-1].name:
            continue  # the report being prepared (see above)
        lines = list(header)
        for name in ("outcomes", "actions", "measures"):
            if sections[name]:
                lines.append(name + ":")
                lines.extend(sections[name])
        (content / "quarters" / quarter / "published.yml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    actions = len(list((content / "actions").glob("*.md")))
    measures = len(list((content / "measures").glob("*.md")))
    return {
        "actions": actions, "measures": measures, "quarters": len(quarters), "copies": k_max,
        "outcomes": len(list((content / "outcomes").glob("*.md"))),
        "update_files": len(update_files(content)), "files": sum(len(f) for _, _, f in os.walk(content)),
        "content": str(content),
    }


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--updates", type=int, required=True, help="about how many update files to write (N)")
    p.add_argument("--source", required=True, help="the content folder to clone (e.g. the Cumbria example)")
    p.add_argument("--out", required=True, help="folder to write content/ (and hugo/) into")
    p.add_argument("--hugo", action="store_true", help="also lay the update files out as a Hugo site in OUT/hugo")
    args = p.parse_args(argv)
    os.makedirs(args.out, exist_ok=True)
    info = clone(args.updates, args.source, args.out)
    if args.hugo:
        info["hugo"] = hugo_site.layout(pathlib.Path(info["content"]), pathlib.Path(args.out) / "hugo")
    print(f"{info['update_files']} update files ({info['copies']} copies): {info['actions']} actions and "
          f"{info['measures']} measures x {info['quarters']} quarters, {info['outcomes']} outcomes, in {info['content']}")
    return info


if __name__ == "__main__":
    main()
