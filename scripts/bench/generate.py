#!/usr/bin/env python3
"""Writes a synthetic but valid Quarterly content tree for benchmarking.

Usage:
  generate.py --updates N [--quarters Q] [--seed S] --out DIR [--hugo]

Writes DIR/content: site.yml, outcomes (top-level and supporting), actions/<id>.md,
measures/<id>.md and Q published quarters, each with an update for every action and
every measure. The number of actions and measures is chosen so that
(actions + measures) x Q is N, to within Q-1 files (10,000 updates over 8 quarters:
625 actions and 625 measures). Each update carries about 2 KB of Markdown commentary
(paragraphs, emphasis, links, a list and a small table) made from word lists, and
measure values drift across the Green/Amber/Red bands around their targets.

With --hugo it also lays the same update files out as a Hugo site in DIR/hugo
(see hugo_site.py).

The output is a function of (N, Q, seed) only: the same arguments give byte-identical
files. Python 3 standard library only.
"""
import argparse
import math
import os
import pathlib
import random
import shutil
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the repository
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import hugo_site  # noqa: E402

GENERATOR_VERSION = "1"
FIRST_YEAR = 2022  # the first quarter is Quarter 1 2022/23
COMMENTARY_BYTES = 2048

# ----------------------------------------------------------------------------- words

THEMES = [
    "adult social care", "children's services", "highways", "public health", "libraries",
    "waste and recycling", "school places", "skills and employment", "housing",
    "fire and rescue", "transport", "digital services", "economic development",
    "climate resilience", "community safety", "special educational needs", "care leavers",
    "trading standards", "flood risk", "broadband", "customer services", "apprenticeships",
    "early help", "domestic abuse", "museums and archives", "road safety", "parks",
]
VERBS = [
    "Deliver", "Improve", "Expand", "Review", "Commission", "Introduce", "Develop",
    "Strengthen", "Reduce", "Extend", "Modernise", "Agree", "Complete", "Launch",
]
OBJECTS = [
    "a new service model for", "the strategy for", "joint commissioning of",
    "the capital programme for", "digital access to", "early intervention in",
    "a partnership plan for", "the workforce plan for", "community hubs for",
    "the performance framework for", "an outcomes framework for", "a pilot of",
]
PLACES = [
    "Carlisle", "Kendal", "Barrow", "Workington", "Whitehaven", "Penrith", "Keswick",
    "Ulverston", "Cockermouth", "Maryport", "Windermere", "Appleby", "Wigton", "Millom",
    "the county", "rural areas", "the west coast", "the Eden valley", "the Furness peninsula",
]
PARTNERS = [
    "the NHS trust", "district councils", "the police", "schools", "the voluntary sector",
    "the clinical commissioning group", "housing associations", "the LEP",
    "parish councils", "employers", "the Environment Agency", "health partners",
    "the safeguarding partnership", "further education colleges", "the fire authority",
]
ADJECTIVES = [
    "steady", "encouraging", "slower than planned", "significant", "measurable", "early",
    "sustained", "mixed", "strong", "limited", "good", "uneven", "promising", "modest",
]
NOUNS = [
    "progress", "demand", "take-up", "capacity", "recruitment", "performance", "funding",
    "engagement", "feedback", "delivery", "coverage", "spend", "backlog", "activity",
]
OFFICER_ROLES = [
    "Director of Adult Social Care", "Director of Children's Services",
    "Director of Public Health", "Director of Economy and Infrastructure",
    "Director of Corporate Services", "Chief Fire Officer", "Director of Finance",
    "Assistant Director Highways", "Assistant Director Skills", "Head of Libraries",
]
PORTFOLIOS = [
    "Cabinet Member for Health and Wellbeing", "Cabinet Member for Children's Services",
    "Cabinet Member for Highways and Transport", "Cabinet Member for Economy",
    "Cabinet Member for Resources", "Cabinet Member for Communities",
    "Cabinet Member for Environment", "Leader of the Council",
]
RISK_NAMES = [
    "Health and social care integration", "Safeguarding children", "Workforce capacity",
    "Financial sustainability", "Cyber security", "Climate and flooding",
    "Market sustainability", "Infrastructure funding",
]
DIRECTORATES = [
    "Adult Social Care", "Children's Services", "Public Health", "Economy and Infrastructure",
    "Corporate Services", "Fire and Rescue Service", "Finance", "Highways and Transport",
]
MONTHS = ["April", "May", "June", "July", "August", "September", "October", "November",
          "December", "January", "February", "March"]
OUTCOME_TITLES = [
    "People are healthy and safe", "Children have the best start in life",
    "The economy is growing and inclusive", "Communities are connected and thriving",
    "The council is efficient and effective", "The environment is protected",
    "Residents can get the skills they need", "Older people live independently",
]
SUPPORTING_TITLES = [
    "Vulnerable people are protected from harm", "Services are joined up around families",
    "Businesses can start and grow", "Roads and transport are reliable",
    "Homes meet local needs", "Residents are active and well",
    "Digital services are easy to use", "Carbon emissions are falling",
    "Young people stay in learning", "Communities feel safe",
    "Public money is spent well", "Places are well connected",
]
LINK_HOSTS = [
    "https://www.example.gov.uk/", "https://democracy.example.gov.uk/",
    "https://data.example.gov.uk/", "https://www.gov.uk/",
]

# Measure kinds: (unit, polarity, typical target, decimals)
MEASURE_KINDS = [
    ("percent", "higher", (60, 96), 1),
    ("percent", "lower", (5, 30), 1),
    ("count", "higher", (150, 2500), 0),
    ("count", "lower", (40, 900), 0),
    ("days", "lower", (10, 60), 0),
    ("gbp", "lower", (200000, 4000000), 0),
    ("score", "higher", (40, 85), 1),
    ("rate-per-1000", "lower", (20, 80), 1),
    ("rate-per-10000", "target", (40, 120), 1),
    ("number", "target", (100, 900), 0),
]

# ----------------------------------------------------------------------------- helpers


def quarter_ids(count):
    out = []
    for i in range(count):
        year = FIRST_YEAR + i // 4
        out.append((f"{year}-{(year + 1) % 100:02d}-q{i % 4 + 1}", year, i % 4 + 1))
    return out


def fy(year):
    return f"{year}/{(year + 1) % 100:02d}"


def quarter_end(year, q):
    return {1: f"{year}-06-30", 2: f"{year}-09-30", 3: f"{year}-12-31", 4: f"{year + 1}-03-31"}[q]


def yaml_text(text):
    """A YAML double-quoted scalar (used for every free text field)."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def slug(words):
    out = []
    for ch in words.lower():
        out.append(ch if ch.isalnum() else "-")
    s = "-".join(part for part in "".join(out).split("-") if part)
    return s


def format_number(value, decimals):
    if decimals == 0:
        return str(int(round(value)))
    return f"{value:.{decimals}f}"


# ----------------------------------------------------------------------------- text


class Writer:
    """Makes sentences, paragraphs and whole commentaries from the word lists."""

    def __init__(self, rng):
        self.r = rng

    def pick(self, items):
        return items[self.r.randrange(len(items))]

    def emphasis(self, text):
        kind = self.r.randrange(3)
        return f"*{text}*" if kind == 0 else f"**{text}**" if kind == 1 else text

    def link(self):
        theme = self.pick(THEMES)
        host = self.pick(LINK_HOSTS)
        return f"[{theme} update]({host}{slug(theme)}/{self.r.randrange(100, 999)})"

    def sentence(self, subject):
        r = self.r
        forms = [
            lambda: f"{self.pick(NOUNS).capitalize()} in {self.pick(PLACES)} has been {self.emphasis(self.pick(ADJECTIVES))} this quarter, and work with {self.pick(PARTNERS)} continues.",
            lambda: f"The team met {self.pick(PARTNERS)} in {self.pick(MONTHS)} to agree the next steps for {subject}.",
            lambda: f"{r.randrange(3, 97)} per cent of the planned {self.pick(NOUNS)} was delivered by the end of {self.pick(MONTHS)}, against a profile of {r.randrange(40, 100)} per cent.",
            lambda: f"A report on {self.pick(THEMES)} went to {self.pick(['Cabinet', 'Scrutiny', 'the Health and Wellbeing Board', 'the Local Committee'])} on {r.randrange(1, 29)} {self.pick(MONTHS)}, see the {self.link()}.",
            lambda: f"{self.pick(NOUNS).capitalize()} remains {self.emphasis(self.pick(ADJECTIVES))} because of pressure on {self.pick(THEMES)} across {self.pick(PLACES)}.",
            lambda: f"Officers expect {self.pick(NOUNS)} to recover by {self.pick(MONTHS)}, subject to funding of £{r.randrange(20, 900)}k from {self.pick(PARTNERS)}.",
            lambda: f"Feedback from {r.randrange(12, 480)} residents in {self.pick(PLACES)} shows {self.emphasis(self.pick(ADJECTIVES))} {self.pick(NOUNS)}.",
            lambda: f"The {self.pick(['recovery plan', 'business case', 'procurement', 'consultation', 'pilot'])} for {subject} is {self.pick(['on track', 'complete', 'delayed by two months', 'being revised', 'with partners for comment'])}.",
        ]
        return forms[r.randrange(len(forms))]()

    def paragraph(self, subject, target_len):
        parts = []
        length = 0
        while length < target_len:
            s = self.sentence(subject)
            parts.append(s)
            length += len(s) + 1
        return " ".join(parts)

    def bullet_list(self, subject):
        items = []
        for _ in range(self.r.randrange(3, 6)):
            items.append(f"- {self.pick(VERBS)} {self.pick(OBJECTS)} {self.pick(THEMES)} in {self.pick(PLACES)}")
        return "\n".join(items)

    def table(self, rows):
        head = "| Quarter | Figure | Note |\n|---|---:|---|"
        body = "\n".join(f"| {q} | {v} | {self.pick(ADJECTIVES)} {self.pick(NOUNS)} |" for q, v in rows)
        return head + "\n" + body

    def commentary(self, subject, table_rows):
        """About COMMENTARY_BYTES of Markdown: 3 paragraphs, a list, a table."""
        blocks = [
            self.paragraph(subject, 520),
            self.paragraph(subject, 380) + " " + self.link() + ".",
            "Key points this quarter:",
            self.bullet_list(subject),
            self.table(table_rows),
        ]
        used = sum(len(b.encode()) + 2 for b in blocks)
        blocks.append(self.paragraph(subject, max(120, COMMENTARY_BYTES - used - 60)))
        return "\n\n".join(blocks) + "\n"


# ----------------------------------------------------------------------------- model


def band(value, target, polarity, green=5.0, amber=10.0):
    """Quarterly's measure RAG (percent basis) in floating point: for statistics only."""
    if polarity == "higher":
        short = max(0.0, target - value)
    elif polarity == "lower":
        short = max(0.0, value - target)
    else:
        short = abs(value - target)
    pct = short / abs(target) * 100
    return "green" if pct <= green else "amber" if pct <= amber else "red"


def plan(updates, quarters):
    per_quarter = max(2, round(updates / quarters))
    actions = (per_quarter + 1) // 2
    measures = per_quarter // 2
    return actions, measures


def generate(updates, quarters, seed, out):
    rng = random.Random(seed)
    w = Writer(rng)
    content = pathlib.Path(out) / "content"
    if content.exists():
        shutil.rmtree(content)
    n_actions, n_measures = plan(updates, quarters)
    items = n_actions + n_measures
    # Outcomes grow with the plan: about sqrt(actions) supporting outcomes (25 for 625
    # actions, 79 for 6,250), under up to 8 top-level outcomes.
    n_supporting = max(2, min(200, round(math.sqrt(n_actions))))
    n_top = max(1, min(len(OUTCOME_TITLES), round(n_supporting / 4)))
    qids = quarter_ids(quarters)

    for sub in ["outcomes", "actions", "measures"]:
        (content / sub).mkdir(parents=True, exist_ok=True)

    (content / "site.yml").write_text(
        "organisation: Benchmarkshire County Council\n"
        "title: Council Plan Delivery Plan\n"
        f"description: {yaml_text(f'A synthetic plan of {n_actions} actions and {n_measures} measures over {quarters} quarters, for benchmarking.')}\n"
        "base_url: https://plan.benchmarkshire.example/\n"
        "language: en-GB\n"
        "accessibility:\n  email: performance@benchmarkshire.example\n"
        "tolerances:\n  green: 5\n  amber: 10\n"
        "financial_year_start: April\n",
        encoding="utf-8")

    # Outcomes: top-level o1..oT, supporting outcomes spread round-robin under them.
    top_ids = []
    for t in range(n_top):
        oid = f"{slug(OUTCOME_TITLES[t])}"
        top_ids.append(oid)
        (content / "outcomes" / f"{oid}.md").write_text(
            f"---\ntitle: {yaml_text(OUTCOME_TITLES[t])}\nref: \"{t + 1}\"\norder: {t + 1}\n---\n"
            f"{w.paragraph(OUTCOME_TITLES[t].lower(), 200)}\n", encoding="utf-8")
    supporting = []  # (id, number used in refs)
    for s in range(n_supporting):
        title = f"{SUPPORTING_TITLES[s % len(SUPPORTING_TITLES)]} ({s + 1})"
        oid = f"{slug(SUPPORTING_TITLES[s % len(SUPPORTING_TITLES)])}-{s + 1}"
        parent = top_ids[s % n_top]
        supporting.append(oid)
        (content / "outcomes" / f"{oid}.md").write_text(
            f"---\ntitle: {yaml_text(title)}\nparent: {parent}\norder: {s + 1}\n---\n"
            f"{w.paragraph(title.lower(), 160)}\n", encoding="utf-8")

    # Actions and measures: spread round-robin over supporting outcomes; refs A<s>.<k>
    # and M<s>.<k> are unique because <s> is the supporting outcome's number and <k>
    # counts the items given to it so far.
    def round_robin(count, outcomes):
        for i in range(count):
            yield i, i % outcomes, i // outcomes + 1

    actions = []
    for i, s, k in round_robin(n_actions, n_supporting):
        theme = THEMES[i % len(THEMES)]
        title = f"{VERBS[(i // 3) % len(VERBS)]} {OBJECTS[(i // 7) % len(OBJECTS)]} {theme} in {PLACES[i % len(PLACES)]}"
        aid = f"{slug(theme)}-{slug(VERBS[(i // 3) % len(VERBS)])}-{i + 1}"
        ref = f"A{s + 1}.{k}"
        actions.append({"id": aid, "title": title, "subject": theme})
        risks = "" if rng.random() < 0.6 else f"risks:\n  - {yaml_text(w.pick(RISK_NAMES))}\n"
        (content / "actions" / f"{aid}.md").write_text(
            "---\n"
            f"ref: {ref}\n"
            f"title: {yaml_text(title)}\n"
            f"outcome: {supporting[s]}\n"
            f"milestone: {yaml_text('By ' + w.pick(MONTHS) + ' ' + str(FIRST_YEAR + rng.randrange(0, 3)))}\n"
            f"lead_officer: {yaml_text(w.pick(OFFICER_ROLES))}\n"
            f"portfolio_holder: {yaml_text(w.pick(PORTFOLIOS))}\n"
            f"{risks}"
            f"order: {k}\n"
            "---\n"
            f"{w.paragraph(theme, 300)}\n", encoding="utf-8")

    measures = []
    for i, s, k in round_robin(n_measures, n_supporting):
        unit, polarity, (lo, hi), decimals = MEASURE_KINDS[i % len(MEASURE_KINDS)]
        theme = THEMES[(i * 5) % len(THEMES)]
        noun = NOUNS[i % len(NOUNS)]
        title = f"{noun.capitalize()} in {theme} ({unit.replace('-', ' ')})"
        mid = f"{slug(theme)}-{slug(noun)}-{i + 1}"
        ref = f"M{s + 1}.{k}"
        base_target = lo + (hi - lo) * rng.random()
        targets = {}
        for y in sorted({year for _, year, _ in qids}):
            step = 1 + (0.03 if polarity == "higher" else -0.03 if polarity == "lower" else 0) * (y - FIRST_YEAR)
            targets[y] = float(format_number(base_target * step, decimals))
            if targets[y] == 0:
                targets[y] = 1.0
        comparator = rng.random() < 0.3
        lines = [
            "---",
            f"ref: {ref}",
            f"title: {yaml_text(title)}",
            f"outcome: {supporting[s]}",
            f"unit: {unit}",
            f"polarity: {polarity}",
            f"baseline: {format_number(base_target * (0.9 if polarity == 'higher' else 1.1), decimals)}",
            f"baseline_period: {fy(FIRST_YEAR - 1)}",
            "targets:",
        ]
        lines += [f"  {fy(y)}: {format_number(t, decimals)}" for y, t in targets.items()]
        lines += [
            "frequency: quarterly",
            f"directorate: {yaml_text(w.pick(DIRECTORATES))}",
            f"source: {yaml_text('Council ' + theme + ' records')}",
        ]
        if comparator:
            lines += ["comparators:", "  - England"]
        lines += [f"order: {k}", "---", w.paragraph(title.lower(), 240), ""]
        (content / "measures" / f"{mid}.md").write_text("\n".join(lines), encoding="utf-8")
        # Shortfall (fraction of the target on the wrong side) random-walks across
        # the bands: <=5% Green, <=10% Amber, beyond Red; negative is better than target.
        measures.append({"id": mid, "title": title, "subject": theme, "unit": unit,
                         "polarity": polarity, "decimals": decimals, "targets": targets,
                         "comparator": comparator, "short": rng.uniform(-0.08, 0.2),
                         "values": []})

    rank = {"red": 0, "amber": 1, "green": 2, "complete": 3}
    stats = {"green": 0, "amber": 0, "red": 0}
    action_rag = {a["id"]: w.pick(["red", "amber", "green", "green"]) for a in actions}
    files = 0
    for qi, (qid, year, qn) in enumerate(qids):
        qdir = content / "quarters" / qid
        (qdir / "actions").mkdir(parents=True, exist_ok=True)
        (qdir / "measures").mkdir(parents=True, exist_ok=True)
        end = quarter_end(year, qn)
        pub_year, pub_month = (int(end[:4]), int(end[5:7]) + 2)
        if pub_month > 12:
            pub_year, pub_month = pub_year + 1, pub_month - 12
        (qdir / "index.md").write_text(
            "---\nstatus: published\n"
            f"period_end: {end}\n"
            f"published: {pub_year}-{pub_month:02d}-{rng.randrange(1, 28):02d}\n"
            f"meeting: {yaml_text(f'Cabinet, Quarter {qn} {fy(year)}')}\n"
            f"plan: {yaml_text(f'Council Plan Delivery Plan {fy(year)}')}\n"
            "---\n"
            f"Progress to {end} against the Council Plan Delivery Plan {fy(year)}. "
            f"{w.paragraph('the plan', 300)}\n", encoding="utf-8")
        label = f"Q{qn} {fy(year)}"

        for a in actions:
            before = action_rag[a["id"]]
            if before == "complete":
                rag = "complete"
            else:
                roll = rng.random()
                rag = ("complete" if roll < 0.06 else
                       before if roll < 0.6 else
                       w.pick(["red", "amber", "green"]))
            action_rag[a["id"]] = rag
            front = ["---", f"rag: {rag}"]
            if qi > 0 and rng.random() < 0.5:  # a stated direction that agrees with the RAG change
                change = rank[rag] - rank[before]
                front.append("direction: " + ("improving" if change > 0 else "declining" if change < 0 else "sustained"))
            front.append("---")
            rows = [(f"Q{((qn - 1 - k) % 4) + 1}", f"{rng.randrange(10, 100)}%") for k in range(3)]
            body = w.commentary(a["subject"], rows)
            (qdir / "actions" / f"{a['id']}.md").write_text("\n".join(front) + "\n" + body, encoding="utf-8")
            files += 1

        for m in measures:
            m["short"] = max(-0.15, min(0.3, m["short"] + rng.gauss(0, 0.045)))
            target = m["targets"][year]
            short = m["short"]
            if m["polarity"] == "higher":
                value = target * (1 - short)
            elif m["polarity"] == "lower":
                value = target * (1 + short)
            else:
                value = target * (1 + (short if rng.random() < 0.5 else -short))
            if m["unit"] == "percent":
                value = min(100.0, max(0.0, value))
            value = max(0.0, value)
            text = format_number(value, m["decimals"])
            m["values"].append((label, text))
            stats[band(float(text), target, m["polarity"])] += 1
            front = ["---", f"value: {text}"]
            if m["unit"] == "gbp" and rng.random() < 0.5:
                front.append(f"display: {yaml_text(f'£{float(text) / 1e6:.2f}m')}")
            if m["comparator"]:
                front += ["comparators:", f"  England: {format_number(target * rng.uniform(0.9, 1.1), m['decimals'])}"]
            if rng.random() < 0.03:  # an override, with its reason
                front += [f"rag: {w.pick(['red', 'amber', 'green'])}",
                          f"rag_reason: {yaml_text('The service judges the position differently: ' + w.pick(NOUNS) + ' is ' + w.pick(ADJECTIVES) + '.')}"]
            front.append("---")
            rows = list(reversed(m["values"][-3:]))
            body = w.commentary(m["subject"], rows)
            (qdir / "measures" / f"{m['id']}.md").write_text("\n".join(front) + "\n" + body, encoding="utf-8")
            files += 1

    return {
        "actions": n_actions, "measures": n_measures, "quarters": quarters,
        "outcomes": n_top + n_supporting, "update_files": files, "bands": stats,
        "content": str(content),
    }


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--updates", type=int, required=True, help="number of update files to write (N)")
    p.add_argument("--quarters", type=int, default=8, help="number of quarters (default 8)")
    p.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    p.add_argument("--out", required=True, help="folder to write content/ (and hugo/) into")
    p.add_argument("--hugo", action="store_true", help="also lay the update files out as a Hugo site in OUT/hugo")
    p.add_argument("--quiet", action="store_true")
    args = p.parse_args(argv)
    if args.updates < 2 or args.quarters < 1:
        p.error("--updates must be at least 2 and --quarters at least 1")
    os.makedirs(args.out, exist_ok=True)
    info = generate(args.updates, args.quarters, args.seed, args.out)
    if args.hugo:
        info["hugo"] = hugo_site.layout(pathlib.Path(info["content"]), pathlib.Path(args.out) / "hugo")
    if not args.quiet:
        b = info["bands"]
        total = sum(b.values()) or 1
        print(f"{info['update_files']} update files: {info['actions']} actions and {info['measures']} measures "
              f"x {info['quarters']} quarters, {info['outcomes']} outcomes, in {info['content']}")
        print("measure values (from the figures): " + ", ".join(
            f"{k} {100 * v / total:.0f}%" for k, v in b.items()))
        if args.hugo:
            print(f"Hugo site: {info['hugo']['pages']} pages in {info['hugo']['site']}")
    return info


if __name__ == "__main__":
    main()
