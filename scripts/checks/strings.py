"""Checks a translated strings catalogue against the English one.

Usage: strings.py EN_YML OTHER_YML [LANGUAGE]
e.g.   python3 scripts/checks/strings.py templates/strings/en.yml templates/strings/cy.yml

Both files are read as Quarterly reads them: nested `key: words` maps flattened to
dotted keys, where a map whose keys are all plural categories (zero, one, two, few,
many, other) is one string's plural forms. It checks that:
- each file is YAML without duplicate keys, and every value is words (not a list, not
  empty);
- the two files have the same keys: none missing from the translation, none extra;
- each string of the translation uses only placeholders (`{name}`) that the English
  string uses for that key (a translation may drop one, or reorder them);
- every plural map has `other`, and uses only the categories of its language (the
  translation's language is taken from its file name unless given);
- in a Welsh catalogue, every string that is plural in English gives all six forms.

Prints one line per problem and exits 1 if there is any; otherwise prints the counts and
exits 0.
"""
import pathlib
import re
import sys

import yaml

CATEGORIES = ("zero", "one", "two", "few", "many", "other")
# The CLDR categories each language uses (PluralCategory.used(by:) in QuarterlyModel);
# a language not listed has English's.
USED = {"cy": set(CATEGORIES), "en": {"one", "other"}}
# A placeholder as MessagePattern reads one: `{` ASCII letters, digits or `_` `}`.
PLACEHOLDER = re.compile(r"\{([A-Za-z0-9_]+)\}")


class DuplicateKey(Exception):
    pass


class UniqueKeyLoader(yaml.SafeLoader):
    """A safe loader that refuses a key written twice in one map."""


def construct_mapping(loader, node, deep=False):
    seen = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise DuplicateKey(
                f"line {key_node.start_mark.line + 1}: duplicate key `{key}` "
                f"(first on line {seen[key] + 1})")
        seen[key] = key_node.start_mark.line
    return loader.construct_mapping(node, deep=deep)


UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, construct_mapping)


def words(value):
    """Text as Quarterly reads it: every scalar is text (its YAML reader resolves none)."""
    if isinstance(value, bool):
        return None  # a bare yes/no/true/false: YAML 1.1 would read it as a boolean
    if isinstance(value, (str, int, float)):
        return str(value)
    return None


def flatten(document, path, problems):
    """{dotted key: str | {category: str}}"""
    entries = {}

    def visit(node, prefix):
        for raw_key, value in node.items():
            key = prefix + str(raw_key)
            if isinstance(value, dict):
                if value and all(str(k) in CATEGORIES for k in value):
                    forms = {}
                    for category, form in value.items():
                        text = words(form)
                        if text is None or text == "":
                            problems.append(f"{path}: the `{category}` form of `{key}` is not words")
                            continue
                        forms[str(category)] = text
                    entries[key] = forms
                else:
                    # Some keys are named like categories (`list.two`, `ragRule.range.zero`):
                    # as in Quarterly, a map is plural forms only when every key is one.
                    visit(value, key + ".")
            elif value is None or value == "":
                problems.append(f"{path}: `{key}` has no words")
            elif isinstance(value, list):
                problems.append(f"{path}: `{key}` is a list, not words")
            else:
                text = words(value)
                if text is None:
                    problems.append(f"{path}: `{key}` reads as a boolean ({value!r}): quote it")
                    continue
                entries[key] = text

    if document is None:
        return entries
    if not isinstance(document, dict):
        problems.append(f"{path}: a strings file is `key: words` lines")
        return entries
    visit(document, "")
    return entries


def load(path, problems):
    try:
        text = pathlib.Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        problems.append(f"{path}: cannot read it as UTF-8 text: {error}")
        return None
    if "\u00a0" in text:
        for number, line in enumerate(text.splitlines(), 1):
            if "\u00a0" in line:
                problems.append(f"{path}: line {number}: a non-breaking space")
    try:
        document = yaml.load(text, Loader=UniqueKeyLoader)
    except DuplicateKey as error:
        problems.append(f"{path}: {error}")
        return None
    except yaml.YAMLError as error:
        problems.append(f"{path}: YAML syntax error: {error}".replace("\n", " "))
        return None
    return flatten(document, path, problems)


def placeholders(entry):
    texts = entry.values() if isinstance(entry, dict) else [entry]
    found = set()
    for text in texts:
        found.update(PLACEHOLDER.findall(text))
    return found


def main(argv):
    if len(argv) not in (3, 4):
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    english_path, other_path = argv[1], argv[2]
    language = argv[3] if len(argv) == 4 else pathlib.Path(other_path).stem
    language = language.lower().split("-")[0]
    used = USED.get(language, USED["en"])

    problems = []
    english = load(english_path, problems)
    other = load(other_path, problems)
    if english is None or other is None:
        for problem in problems:
            print(problem)
        return 1

    for key in sorted(english.keys() - other.keys()):
        problems.append(f"{other_path}: `{key}` is missing (en.yml has it)")
    for key in sorted(other.keys() - english.keys()):
        problems.append(f"{other_path}: `{key}` is not a key of {english_path}")

    for path, entries, categories in ((english_path, english, USED["en"]), (other_path, other, used)):
        for key, entry in sorted(entries.items()):
            if not isinstance(entry, dict):
                continue
            if "other" not in entry:
                problems.append(f"{path}: the plural forms of `{key}` have no `other`")
            for category in sorted(entry.keys() - categories):
                problems.append(f"{path}: `{key}` has a `{category}` form, which this language does not use")

    for key in sorted(english.keys() & other.keys()):
        extra = placeholders(other[key]) - placeholders(english[key])
        if extra:
            allowed = ", ".join(f"{{{name}}}" for name in sorted(placeholders(english[key]))) or "none"
            problems.append(
                f"{other_path}: `{key}` uses "
                + ", ".join(f"{{{name}}}" for name in sorted(extra))
                + f", which {english_path} does not (its placeholders: {allowed})")
        if language == "cy" and isinstance(english[key], dict):
            entry = other[key]
            missing = set(CATEGORIES) - (entry.keys() if isinstance(entry, dict) else set())
            if missing:
                problems.append(
                    f"{other_path}: `{key}` is plural in English but lacks the Welsh forms "
                    + ", ".join(c for c in CATEGORIES if c in missing))

    for problem in problems:
        print(problem)
    if problems:
        return 1
    plural_en = sum(isinstance(v, dict) for v in english.values())
    plural_other = sum(isinstance(v, dict) for v in other.values())
    print(
        f"{english_path}: {len(english)} strings ({plural_en} with plural forms); "
        f"{other_path}: {len(other)} strings ({plural_other} with plural forms); "
        f"same keys, placeholders within the English ones, 0 problems")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
