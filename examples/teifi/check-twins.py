#!/usr/bin/env python3
"""Checks the Teifi example's bilingual content without building it.

Run from anywhere: python3 examples/teifi/check-twins.py
Needs PyYAML (pip install --user pyyaml). Not part of CI: `quarterly check` is the real
check once the build reads translations; this one checks what the format asks of twins
and that every stated status agrees with the rules in docs/content-format.md.
"""
import os
import re
import sys
from decimal import Decimal

import yaml

CONTENT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "content")
ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
QUARTER = re.compile(r"^(\d{4})-(\d{2})-q([1-4])$")
# Twins left out on purpose (see README.md): content paths of the Welsh files.
MISSING_ON_PURPOSE = {"actions/sero-net.md"}

TWIN_KEYS = {
    "outcome": {"title"},
    "action": {"title", "milestone", "lead_officer", "portfolio_holder"},
    "measure": {"title", "source", "directorate"},
    "risk": {"title", "category", "owner", "controls"},
    "quarter": {"meeting", "plan"},
    "measure-update": {"display", "period", "rag_reason"},
    "action-update": set(),
    "outcome-commentary": set(),
    "risk-update": set(),
}
SECTIONS = {"cy": ["risg", "cyllid"], "en": ["risk", "finance"]}
RAG_ORDER = {"red": 0, "amber": 1, "green": 2, "complete": 3}

problems = []


def problem(path, message):
    problems.append(f"{os.path.relpath(path, CONTENT)}: {message}")


def read(path):
    """(front matter dict or None, body) of a Markdown file."""
    text = open(path, encoding="utf-8").read()
    if any(ord(c) < 32 and c not in "\t\n" for c in text):
        problem(path, "control character")
    if not text.startswith("---\n"):
        return None, text
    end = text.find("\n---\n", 3)
    if end < 0:
        if text.startswith("---\n---\n"):
            return {}, text[8:]
        problem(path, "front matter not closed")
        return None, text
    try:
        data = yaml.safe_load(text[4:end + 1]) or {}
    except yaml.YAMLError as error:
        problem(path, f"YAML: {error}")
        data = {}
    if not isinstance(data, dict):
        problem(path, "front matter is not a map")
        data = {}
    return data, text[end + 5:]


def kind_of(rel):
    parts = rel.split("/")
    if parts[0] in ("outcomes", "actions", "measures", "risks") and len(parts) == 2:
        return parts[0][:-1]
    if parts[0] == "quarters" and len(parts) == 3 and parts[2] == "index.md":
        return "quarter"
    if parts[0] == "quarters" and len(parts) == 4:
        return {"actions": "action-update", "measures": "measure-update",
                "outcomes": "outcome-commentary", "risks": "risk-update"}.get(parts[2])
    return None


def sections(body):
    return [line[3:].strip().lower() for line in body.splitlines() if line.startswith("## ")]


# --- files, twins and ids -----------------------------------------------------------
main, twins = {}, {}
for folder, _, files in os.walk(CONTENT):
    for name in files:
        path = os.path.join(folder, name)
        rel = os.path.relpath(path, CONTENT)
        if rel in ("site.yml", "site.en.yml"):
            continue
        if not name.endswith(".md"):
            problem(path, "not a Markdown file")
            continue
        if name.endswith(".en.md"):
            twins[rel[:-6] + ".md"] = path
        else:
            main[rel] = path
        stem = name[:-6] if name.endswith(".en.md") else name[:-3]
        if stem != "index" and not ID.match(stem):
            problem(path, f"id `{stem}` is not lower-case a-z, digits and single hyphens")

site = yaml.safe_load(open(os.path.join(CONTENT, "site.yml"), encoding="utf-8"))
site_en = yaml.safe_load(open(os.path.join(CONTENT, "site.en.yml"), encoding="utf-8"))
if site.get("languages") != ["cy", "en"] or site.get("language") != "cy":
    problem(os.path.join(CONTENT, "site.yml"), "languages must be [cy, en] and language cy")
if set(site_en) - {"organisation", "title", "description"}:
    problem(os.path.join(CONTENT, "site.en.yml"), f"keys not allowed: {set(site_en) - {'organisation', 'title', 'description'}}")

for rel, path in sorted(twins.items()):
    if rel not in main:
        problem(path, "twin without a main file")
for rel in sorted(main):
    if rel not in twins and rel not in MISSING_ON_PURPOSE:
        problem(main[rel], "no English twin")
for rel in MISSING_ON_PURPOSE:
    if rel in twins:
        problem(twins[rel], "twin present but listed as missing on purpose")

docs = {rel: read(path) for rel, path in main.items()}
for rel, path in sorted(twins.items()):
    kind = kind_of(rel)
    fm, body = read(path)
    if kind is None:
        problem(path, "not a kind of file that has twins")
        continue
    main_fm, main_body = docs.get(rel, ({}, ""))
    if fm is None and main_fm is not None and kind != "outcome-commentary":
        problem(path, "twin needs front matter (`---` and `---` lines) like its main file")
    extra = set(fm or {}) - TWIN_KEYS[kind]
    if extra:
        problem(path, f"keys not allowed in a twin of a {kind}: {sorted(extra)}")
    for key in (fm or {}):
        if key in TWIN_KEYS[kind] and main_fm is not None and key not in main_fm:
            problem(path, f"`{key}` translates nothing: the main file has no `{key}`")
    if main_fm is not None:
        for key in TWIN_KEYS[kind]:
            if key in main_fm and key not in (fm or {}):
                problem(path, f"`{key}` is not translated")
        if kind == "risk" and len((fm or {}).get("controls", [])) != len(main_fm.get("controls", [])):
            problem(path, "controls: not as many as in the main file")
    if bool(body.strip()) != bool(main_body.strip()):
        problem(path, "body present in one language only")
    if kind == "outcome-commentary":
        cy, en = sections(main_body), sections(body)
        if [SECTIONS["cy"].index(s) if s in SECTIONS["cy"] else s for s in cy] != \
           [SECTIONS["en"].index(s) if s in SECTIONS["en"] else s for s in en]:
            problem(path, f"sections {en} do not match the Welsh {cy}")

# --- references and figures ------------------------------------------------------------
defs = {k: {rel.split("/")[1][:-3]: docs[rel][0] for rel in docs if rel.startswith(k + "/") and rel.count("/") == 1}
        for k in ("outcomes", "actions", "measures", "risks")}
for kind in ("actions", "measures"):
    for id, fm in defs[kind].items():
        if fm.get("outcome") not in defs["outcomes"]:
            problem(main[f"{kind}/{id}.md"], f"outcome `{fm.get('outcome')}` undefined")
for id, fm in defs["risks"].items():
    for a in fm.get("actions", []) or []:
        if a not in defs["actions"]:
            problem(main[f"risks/{id}.md"], f"action `{a}` undefined")

qdir = os.path.join(CONTENT, "quarters")
quarters = sorted(os.listdir(qdir)) if os.path.isdir(qdir) else []
previous = {}
tol_g, tol_a = Decimal(str(site["tolerances"]["green"])), Decimal(str(site["tolerances"]["amber"]))


def measure_rag(value, target, polarity):
    if target is None or polarity == "none":
        return None
    v, t = Decimal(str(value)), Decimal(str(target))
    short = (t - v) if polarity == "higher" else (v - t)
    if short <= 0:
        return "green"
    pct = short / abs(t) * 100
    return "green" if pct <= tol_g else "amber" if pct <= tol_a else "red"


def measure_direction(value, earlier, polarity):
    v, e = Decimal(str(value)), Decimal(str(earlier))
    if abs(v - e) <= abs(e) / 100:
        return "no-change" if polarity == "none" else "sustained"
    if polarity == "none":
        return "up" if v > e else "down"
    better = v > e if polarity == "higher" else v < e
    return "improving" if better else "declining"


for q in quarters:
    if not QUARTER.match(q):
        problem(os.path.join(CONTENT, "quarters", q), "quarter folder name")
    index = f"quarters/{q}/index.md"
    if index not in docs:
        problem(os.path.join(CONTENT, "quarters", q), "no index.md")
    elif docs[index][0].get("status") != "draft":
        problem(main[index], "status should be draft for now")
    if os.path.exists(os.path.join(CONTENT, "quarters", q, "published.yml")):
        problem(os.path.join(CONTENT, "quarters", q), "published.yml must not be written by hand")
    for rel in sorted(r for r in docs if r.startswith(f"quarters/{q}/") and r.count("/") == 3):
        _, _, sub, name = rel.split("/")
        id = name[:-3]
        fm, body = docs[rel]
        fm = fm or {}
        if id not in defs[sub]:
            problem(main[rel], f"no {sub[:-1]} `{id}`")
            continue
        if not body.strip():
            problem(main[rel], "no commentary")
        if sub == "actions":
            rag = fm.get("rag")
            if rag not in RAG_ORDER:
                problem(main[rel], f"rag `{rag}`")
            before = previous.get(("a", id))
            if "direction" in fm:
                if before is None:
                    problem(main[rel], "direction stated but no earlier RAG to compare with")
                else:
                    d = RAG_ORDER[rag] - RAG_ORDER[before]
                    want = "improving" if d > 0 else "declining" if d < 0 else "sustained"
                    if fm["direction"] != want:
                        problem(main[rel], f"direction {fm['direction']}, the RAG change says {want}")
            previous[("a", id)] = rag
        elif sub == "measures":
            d = defs["measures"][id]
            value = fm.get("value")
            if value is None or isinstance(value, bool) or not isinstance(value, (int, float)):
                problem(main[rel], f"value `{value!r}` is not a plain number")
                continue
            rag = measure_rag(value, fm.get("target", d.get("target")), d.get("polarity", "higher"))
            if "rag" in fm and fm["rag"] != rag and "rag_reason" not in fm:
                problem(main[rel], f"rag {fm['rag']} overrides computed {rag} without rag_reason")
            if "rag" in fm and fm["rag"] == rag and "rag_reason" in fm:
                problem(main[rel], "rag_reason but rag agrees with the figures")
            if "rag" not in fm and d.get("polarity") != "none":
                problem(main[rel], "rag not stated (the council reports it)")
            earlier = previous.get(("m", id))
            if "direction" in fm:
                if earlier is None:
                    problem(main[rel], "direction stated but no earlier figure")
                elif fm["direction"] != measure_direction(value, earlier, d.get("polarity", "higher")):
                    problem(main[rel], f"direction {fm['direction']}, the figures say "
                                       f"{measure_direction(value, earlier, d.get('polarity', 'higher'))}")
            previous[("m", id)] = value
        elif sub == "risks":
            for a, b, s in (("likelihood", "impact", "score"), ("residual_likelihood", "residual_impact", "residual_score")):
                if s in fm and a in fm and fm[s] != fm[a] * fm[b]:
                    problem(main[rel], f"{s} is not {a} × {b}")
            score = fm.get("residual_likelihood", 0) * fm.get("residual_impact", 0) or fm.get("likelihood", 0) * fm.get("impact", 0)
            earlier = previous.get(("r", id))
            if "direction" in fm:
                want = None if earlier is None else "improving" if score < earlier else "declining" if score > earlier else "sustained"
                if fm["direction"] != want:
                    problem(main[rel], f"direction {fm['direction']}, the scores say {want}")
            previous[("r", id)] = score
        elif sub == "outcomes":
            bad = [s for s in sections(body) if s not in SECTIONS["cy"]]
            if bad:
                problem(main[rel], f"sections {bad}: the Welsh file's level-2 headings are `## Risg` and `## Cyllid`")

counts = {k: len(v) for k, v in defs.items()}
updates = sum(1 for r in docs if r.startswith("quarters/") and r.count("/") == 3)
print(f"{len(main)} Welsh files, {len(twins)} English twins; {counts}; {len(quarters)} quarters, {updates} updates")
for p in problems:
    print(p)
sys.exit(1 if problems else 0)
