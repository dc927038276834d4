#!/usr/bin/env python3
"""Times Quarterly against Hugo on synthetic corpora, and the example site's builds.

Normally run through scripts/benchmark, which installs Hugo and builds Quarterly in
release mode first. Directly:

  run.py --quarterly BIN --templates DIR [--example DIR] [--sizes 10000,100000]
         [--runs 5] [--quarters 8] [--seed 1] [--work /tmp/qbench] [--hugo hugo]

For each size N it generates (or reuses) a corpus of about N update files with
generate.py, lays the same files out as a Hugo site, checks the corpus with
`quarterly check`, then runs one warm-up build of each tool followed by --runs
alternating timed builds (Quarterly, Hugo, Quarterly, Hugo, ...), each into a new
output folder (see remove_and_settle). Every build is a whole command measured from
outside:

- wall: elapsed seconds from spawning the process to reaping it;
- CPU: user + system seconds of the process and every descendant it waited for;
- peak RSS: ru_maxrss, the largest resident set of the process (or of any one of its
  descendants), from os.wait4's resource usage of that one child.

It prints one table per size (median wall, median CPU, largest peak RSS, and the ratio
Quarterly/Hugo of each), how each tool grows from the smallest to the largest size,
and for the example site: the median full build, and the median rebuild into the
previous output after appending a sentence to one update file (in a copy of the
content, never the original), as a percentage of the full build.
"""
import argparse
import datetime
import hashlib
import json
import os
import pathlib
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time

HERE = pathlib.Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # no __pycache__ in the repository
sys.path.insert(0, str(HERE))
import clone  # noqa: E402
import generate  # noqa: E402
import hugo_site  # noqa: E402

# ----------------------------------------------------------------------------- running


class Failed(Exception):
    pass


def timed(cmd, log):
    """Runs cmd to completion; returns (wall s, cpu s, peak RSS KiB). Output goes to log."""
    with open(log, "wb") as out:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        text = pathlib.Path(log).read_text(errors="replace")
        raise Failed(f"{' '.join(map(str, cmd))} exited with {proc.returncode}; last output:\n{text[-3000:]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def empty(path):
    path = pathlib.Path(path)
    if path.exists():
        shutil.rmtree(path)


def remove_and_settle(args, *paths):
    """Deletes folders of earlier builds, then waits before anything is timed again.

    On ext4 without a journal (as on this project's VMs) a new file does not reuse an
    inode deleted in the last 60 s (300 s while its inode table block is dirty): each
    file creation then scans past every recently deleted inode, which made a build
    that followed the deletion of 100,000 files several times slower, in the kernel.
    So builds never write into a just-emptied folder: every run gets a new folder, a
    size's folders are kept until the disk needs their room for a later size's runs
    (or until the end), and after a deletion the disk is synced and the benchmark
    waits --settle seconds (default 65), which is not always enough after a large one.
    """
    removed = False
    for path in paths:
        path = pathlib.Path(path)
        if path.exists():
            shutil.rmtree(path)
            removed = True
    if removed and args.settle > 0:
        os.sync()
        time.sleep(args.settle)


def tree_size(path):
    files = size = 0
    for root, _, names in os.walk(path):
        for n in names:
            files += 1
            size += os.lstat(os.path.join(root, n)).st_size
    return files, size


STEP = re.compile(r"^  (\S.*?)\s{2,}([0-9.]+) s\b")


def steps(log):
    """Quarterly's --verbose step timings, as 'name seconds' pairs, slowest first."""
    found = []
    for line in pathlib.Path(log).read_text(errors="replace").splitlines():
        m = STEP.match(line)
        if m:
            found.append((m.group(1), float(m.group(2))))
    found.sort(key=lambda x: -x[1])
    return ", ".join(f"{name} {secs:.2f}" for name, secs in found if secs >= 0.005)


def last_line(log):
    lines = [l for l in pathlib.Path(log).read_text(errors="replace").splitlines() if l.strip()]
    return lines[-1] if lines else ""


# ----------------------------------------------------------------------------- environment


def cpu_model():
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def mem_total():
    try:
        for line in open("/proc/meminfo"):
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return "unknown"


def load():
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "unknown"


def git_head(repo):
    """The checked-out commit, read from .git without running git."""
    git = pathlib.Path(repo) / ".git"
    try:
        head = (git / "HEAD").read_text().strip()
        if not head.startswith("ref: "):
            return head[:12]
        ref = head[5:]
        if (git / ref).exists():
            return f"{(git / ref).read_text().strip()[:12]} ({ref.rsplit('/', 1)[-1]})"
        for line in (git / "packed-refs").read_text().splitlines():
            if line.endswith(" " + ref):
                return f"{line[:12]} ({ref.rsplit('/', 1)[-1]})"
    except OSError:
        pass
    return "unknown"


def command_output(cmd):
    try:
        return subprocess.run(cmd, capture_output=True, text=True, timeout=60).stdout.strip().splitlines()[0]
    except (OSError, IndexError, subprocess.SubprocessError):
        return "unknown"


def print_header(args):
    binary = pathlib.Path(args.quarterly)
    digest = hashlib.sha256(binary.read_bytes()).hexdigest()[:12]
    built = datetime.datetime.fromtimestamp(binary.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
    print("Quarterly benchmark", datetime.datetime.now().strftime("%Y-%m-%d %H:%M:%S"))
    print(f"machine:   {os.cpu_count()} CPUs (nproc {len(os.sched_getaffinity(0))}), {cpu_model()}, "
          f"{mem_total()} memory, {platform.system()} {platform.release()}")
    print(f"load:      {load()} (1, 5, 15 min) at start")
    print(f"quarterly: {binary} (sha256 {digest}, built {built}, repo at {git_head(HERE.parent.parent)})")
    print(f"hugo:      {command_output([args.hugo, 'version'])}")
    print(f"python:    {platform.python_version()}")
    print(f"settings:  sizes {', '.join(f'{n:,}' for n in args.sizes)} update files, corpora {', '.join(args.corpora)} "
          f"(generated: {args.quarters} quarters, seed {args.seed}), 1 warm-up + {args.runs} timed runs per tool, alternating; work folder {args.work}")
    print(f"outputs:   a new folder for every run, kept until the disk needs the room or the end; "
          f"a deletion before timing is followed by sync and a {args.settle:g} s wait")
    print(flush=True)


# ----------------------------------------------------------------------------- corpora


def example_digest(content):
    """A digest of every file under the example content, so a changed example is cloned again."""
    digest = hashlib.sha256()
    for path in sorted(pathlib.Path(content).rglob("*")):
        if path.is_file():
            digest.update(str(path.relative_to(content)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def corpus(args, kind, n):
    """Makes the corpus of this kind for n updates, or reuses it when made by the same script.

    "generated": generate.py's updates of one shape, --quarters quarters;
    "cloned": the example site (--example) cloned under new ids and refs by clone.py.
    """
    if kind == "cloned":
        folder = pathlib.Path(args.work) / f"cloned-{n}"
        source = b"".join((HERE / f).read_bytes() for f in ("clone.py", "hugo_site.py"))
        stamp = hashlib.sha256(source + f"{n} {example_digest(args.example)}".encode()).hexdigest()
    else:
        folder = pathlib.Path(args.work) / f"corpus-{n}-q{args.quarters}-s{args.seed}"
        source = b"".join((HERE / f).read_bytes() for f in ("generate.py", "hugo_site.py"))
        stamp = hashlib.sha256(source + f"{n} {args.quarters} {args.seed}".encode()).hexdigest()
    stamp_file = folder / "stamp"
    info_file = folder / "info.json"
    if stamp_file.exists() and stamp_file.read_text() == stamp and info_file.exists():
        info = json.loads(info_file.read_text())
        info["generated"] = "reused"
        return folder, info
    start = time.perf_counter()
    empty(folder)
    folder.mkdir(parents=True)
    if kind == "cloned":
        info = clone.clone(n, args.example, folder)
    else:
        info = generate.generate(n, args.quarters, args.seed, folder)
    info["hugo"] = hugo_site.layout(folder / "content", folder / "hugo")
    info_file.write_text(json.dumps(info))
    stamp_file.write_text(stamp)
    info["generated"] = f"generated in {time.perf_counter() - start:.1f} s"
    # Written files go to disk, and any deleted files settle, before timing starts.
    os.sync()
    time.sleep(args.settle)
    return folder, info


# ----------------------------------------------------------------------------- reports


def fmt(x, digits=2):
    return f"{x:.{digits}f}"


def summarise(runs):
    walls = [r[0] for r in runs]
    cpus = [r[1] for r in runs]
    rss = [r[2] for r in runs]
    return {"wall": statistics.median(walls), "wall_min": min(walls), "wall_max": max(walls),
            "cpu": statistics.median(cpus), "rss_mb": max(rss) / 1024, "rss_min_mb": min(rss) / 1024}


def print_table(title, q, h, extra):
    print(title)
    rows = [
        ("wall s, median", fmt(q["wall"]), fmt(h["wall"]), fmt(q["wall"] / h["wall"])),
        ("wall s, min-max", f"{fmt(q['wall_min'])}-{fmt(q['wall_max'])}", f"{fmt(h['wall_min'])}-{fmt(h['wall_max'])}", ""),
        ("CPU s (user+sys), median", fmt(q["cpu"]), fmt(h["cpu"]), fmt(q["cpu"] / h["cpu"])),
        ("CPU / wall (cores busy)", fmt(q["cpu"] / q["wall"], 1), fmt(h["cpu"] / h["wall"], 1), ""),
        ("peak RSS MiB, max", fmt(q["rss_mb"], 0), fmt(h["rss_mb"], 0), fmt(q["rss_mb"] / h["rss_mb"])),
    ] + extra
    widths = [max(len(r[i]) for r in rows + [("", "Quarterly", "Hugo", "Quarterly/Hugo")]) for i in range(4)]
    line = lambda r: f"  {r[0]:<{widths[0]}}  {r[1]:>{widths[1]}}  {r[2]:>{widths[2]}}  {r[3]:>{widths[3]}}"
    print(line(("", "Quarterly", "Hugo", "Quarterly/Hugo")))
    for r in rows:
        print(line(r))
    print(flush=True)


# ----------------------------------------------------------------------------- benchmarks


def bench_size(args, kind, n):
    folder, info = corpus(args, kind, n)
    content = folder / "content"
    hugo_src = folder / "hugo"
    label = f"{kind}-{n}"
    runs_dir = pathlib.Path(args.work) / "runs" / label
    remove_and_settle(args, runs_dir)
    shutil.rmtree(args.cache, ignore_errors=True)  # a few files: no wait needed
    logs = pathlib.Path(args.work) / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    made = (f"the example cloned {info['copies']} times" if kind == "cloned" else "generated corpus")
    print(f"== {info['update_files']:,} update files, {made}: {info['actions']:,} actions + {info['measures']:,} measures "
          f"x {info['quarters']} quarters, {info['outcomes']} outcomes ({info['generated']}) ==")
    hugo = (f"Hugo site: {info['hugo']['pages']:,} update files "
            + ("hard-linked" if info["hugo"].get("linked", True) else "copied"))
    if "bands" in info:
        b = info["bands"]
        total = sum(b.values()) or 1
        print("  measure values: " + ", ".join(f"{k} {100 * v / total:.0f}%" for k, v in b.items()) + "; " + hugo)
    else:
        print("  " + hugo)

    check_log = logs / f"check-{label}.log"
    wall, cpu, rss = timed([args.quarterly, "check", "--content", str(content)], check_log)
    print(f"  quarterly check: {last_line(check_log)} ({fmt(wall)} s wall, {fmt(cpu)} s CPU, {rss / 1024:.0f} MiB)")

    outputs = {}
    counter = iter(range(10**9))

    def run(tool, extra=()):
        # A new output folder for every run (see remove_and_settle).
        out = runs_dir / f"{tool}-{next(counter)}"
        outputs[tool] = out
        if tool == "q":
            cmd = [args.quarterly, "build", "--content", str(content), "--templates", args.templates,
                   "--output", str(out), "--no-search", "--no-pdf", *extra]
        else:
            cmd = [args.hugo, "--quiet", "--source", str(hugo_src), "--destination", str(out)]
        log = logs / f"{tool}-{label}.log"
        return timed(cmd, log), log

    # The warm-up build of Quarterly is --verbose, to show where its time goes.
    (qw, qlog), (hw, _) = run("q", ["--verbose"]), run("h")
    print(f"  warm-up: Quarterly {fmt(qw[0])} s, Hugo {fmt(hw[0])} s; {last_line(qlog)}")
    print(f"  Quarterly's steps in the warm-up (s): {steps(qlog)}", flush=True)
    qf, qb = tree_size(outputs["q"])
    hf, hb = tree_size(outputs["h"])
    need = args.runs * (qb + hb) * 1.1 + 2**30
    free = shutil.disk_usage(runs_dir).free
    if free < need and args.pending:
        # Only when the disk needs the room: a deletion slows the builds after it.
        remove_and_settle(args, *args.pending)
        args.pending.clear()
        free = shutil.disk_usage(runs_dir).free
    if free < need:
        raise Failed(f"{args.runs} runs of each tool need about {need / 2**30:.1f} GiB under {args.work}, "
                     f"and {free / 2**30:.1f} GiB are free: use fewer --runs or another --work")
    q_runs, h_runs = [], []
    for i in range(args.runs):
        q_runs.append(run("q")[0])
        h_runs.append(run("h")[0])
        if args.verbose:
            print(f"  run {i + 1}: Quarterly {fmt(q_runs[-1][0])} s, Hugo {fmt(h_runs[-1][0])} s", flush=True)
    q, h = summarise(q_runs), summarise(h_runs)
    files = info["update_files"]
    extra = [
        ("ms per update file (wall)", fmt(1000 * q["wall"] / files), fmt(1000 * h["wall"] / files), ""),
        ("output files", f"{qf:,}", f"{hf:,}", ""),
        ("output MiB", fmt(qb / 2**20, 0), fmt(hb / 2**20, 0), ""),
    ]
    print_table(f"  all runs (s) Quarterly: {' '.join(fmt(r[0]) for r in q_runs)}; "
                f"Hugo: {' '.join(fmt(r[0]) for r in h_runs)}; load now {load()}", q, h, extra)
    rel, rebuilt, rebuild_log = rebuild_after_edit(args, content, outputs["q"], logs / f"rebuild-{label}.log", args.runs)
    print_rebuild(rel, rebuilt, q["wall"])
    print(f"  Quarterly's steps in the first rebuild (s): {steps(rebuild_log)}")
    print_preview(*preview_rebuild(args, content, logs / f"serve-{label}.log", args.runs), q["wall"])
    print(flush=True)
    if not args.keep:
        args.pending.append(runs_dir)  # deleted when the disk needs the room, or at the end
    return files, q, h


def rebuild_after_edit(args, content, out, log, runs):
    """Times `quarterly build` into the folder of its last build after a one-file edit.

    Appends a sentence to the latest action update, builds into `out` (which holds the
    last timed build, so the build cache applies), `runs` times with a new sentence each
    time, then restores the file. The first rebuild is --verbose, to show its steps.
    Returns the edited file (relative to content), the runs' summary, and that log.
    """
    changed = latest_action_update(content)
    original = changed.read_bytes()
    cmd = [args.quarterly, "build", "--content", str(content), "--templates", args.templates,
           "--output", str(out), "--no-search", "--no-pdf"]
    times = []
    try:
        for i in range(runs):
            changed.write_bytes(original.rstrip(b"\r\n") +
                                f" The benchmark added this sentence (rebuild {i + 1}, {time.time()}).\n".encode())
            times.append(timed(cmd + (["--verbose"] if i == 0 else []), log if i == 0 else pathlib.Path(str(log) + ".more")))
    finally:
        changed.write_bytes(original)
    return changed.relative_to(content), summarise(times), log


def print_rebuild(rel, rebuilt, full):
    print(f"  rebuild into the same folder after changing {rel}: median {fmt(rebuilt['wall'], 3)} s wall "
          f"(min-max {fmt(rebuilt['wall_min'], 3)}-{fmt(rebuilt['wall_max'], 3)}), {fmt(rebuilt['cpu'], 3)} s CPU, "
          f"peak RSS {rebuilt['rss_mb']:.0f} MiB = {100 * rebuilt['wall'] / full:.0f}% of the full build", flush=True)


def latest_action_update(content):
    """The update file edited to time a rebuild: the last action update, by path."""
    updates = sorted(content.glob("quarters/*/actions/*.md"))
    if not updates:
        raise Failed(f"no quarters/*/actions/*.md in {content}")
    return updates[-1]


def preview_rebuild(args, content, log, runs):
    """Times the live preview (`quarterly serve`) after a one-file edit.

    Starts the preview on the content, fetches one action's page, then `runs` times:
    appends a sentence to that action's latest update file and fetches the page every
    2 ms until the sentence is in it. Then `runs` times again as an open page sees an
    edit: asks the preview to answer at the next rebuild (as the page's reload script
    does), edits, and fetches the page once that answer comes. Returns the edited file
    (relative to content), the median seconds from the edit to the page served with it,
    the median of the reload time the preview itself reports (--verbose), and the median
    seconds from the edit to the open page's fetch of the new page. The file is
    restored after.
    """
    import threading
    import urllib.error
    import urllib.request
    changed = latest_action_update(content)
    page = f"/actions/{changed.stem}/"
    original = changed.read_bytes()
    said = pathlib.Path(str(log) + ".out")
    with open(log, "w") as err, open(said, "w") as out:
        proc = subprocess.Popen([args.quarterly, "serve", "--content", str(content), "--templates", args.templates,
                                 "--port", "0", "--verbose"], stdout=out, stderr=err, stdin=subprocess.DEVNULL)

    def reloads_since(offset):
        with open(log, "rb") as text:
            text.seek(offset)
            return [float(x) for x in re.findall(rb"Loaded .* in ([0-9.]+) s \(", text.read())]

    try:
        started = time.perf_counter()
        while not (port := re.search(r":(\d+)/", said.read_text())):
            if proc.poll() is not None or time.perf_counter() - started > 600:
                raise Failed(f"quarterly serve did not start; see {log}")
            time.sleep(0.05)

        def fetch():
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port.group(1)}{page}", timeout=60) as answer:
                    return answer.read()
            except urllib.error.HTTPError as error:
                if error.code != 503:  # 503: still loading
                    raise
                return b""

        def restore(logged, start):
            """Waits for the edit's reload to be logged after `logged` (the preview may serve
            the new page a moment before it logs the reload), restores the file, and waits
            for the restoring reload. Returns the edit's reload times."""
            waited = time.perf_counter()
            while not (done := reloads_since(logged)) and time.perf_counter() - waited < 30:
                time.sleep(0.01)
            logged = pathlib.Path(log).stat().st_size
            changed.write_bytes(original)
            while not reloads_since(logged):  # the restoring reload
                if time.perf_counter() - start > 300:
                    raise Failed(f"the preview did not reload after {changed} was restored; see {log}")
                time.sleep(0.05)
            return done

        while not fetch():  # the first load
            if time.perf_counter() - started > 900:
                raise Failed(f"quarterly serve did not load {content}; see {log}")
            time.sleep(0.1)
        latencies, reloads = [], []
        for i in range(runs):
            time.sleep(0.5)
            marker = f"The benchmark added this sentence (preview run {i + 1}, {time.time()}).".encode()
            logged = pathlib.Path(log).stat().st_size
            start = time.perf_counter()
            changed.write_bytes(original.rstrip(b"\r\n") + b" " + marker + b"\n")
            while marker not in fetch():
                if time.perf_counter() - start > 120:
                    raise Failed(f"the preview never showed the edit of {changed}; see {log}")
                time.sleep(0.002)
            latencies.append(time.perf_counter() - start)
            # The reload that made the page is the last one logged by then.
            reloads += restore(logged, start)[-1:]
        opened = []
        for i in range(runs):
            time.sleep(0.5)
            marker = f"The benchmark added this sentence (open page run {i + 1}, {time.time()}).".encode()
            with urllib.request.urlopen(f"http://127.0.0.1:{port.group(1)}/_quarterly/generation") as answer:
                generation = answer.read().decode()
            answered = []

            def wait_for_rebuild():
                url = f"http://127.0.0.1:{port.group(1)}/_quarterly/next/{generation}"
                with urllib.request.urlopen(url, timeout=120) as answer:
                    answered.append(answer.read().decode())

            waiting = threading.Thread(target=wait_for_rebuild)
            waiting.start()
            time.sleep(0.05)  # the request is in before the edit
            logged = pathlib.Path(log).stat().st_size
            start = time.perf_counter()
            changed.write_bytes(original.rstrip(b"\r\n") + b" " + marker + b"\n")
            waiting.join()
            page_now = fetch()
            opened.append(time.perf_counter() - start)
            if marker not in page_now or answered == [generation]:
                raise Failed(f"the page fetched after the rebuild did not show the edit of {changed}; see {log}")
            restore(logged, start)
    finally:
        changed.write_bytes(original)
        proc.terminate()
        proc.wait()
    return (changed.relative_to(content), statistics.median(latencies),
            statistics.median(reloads) if reloads else float("nan"), statistics.median(opened))


def print_preview(rel, latency, reload, opened, full):
    print(f"  live preview (quarterly serve) after changing {rel}: page served {fmt(latency, 3)} s after the edit "
          f"= {100 * latency / full:.0f}% of the full build; the reload itself {fmt(reload, 3)} s "
          f"= {100 * reload / full:.0f}%; an open page's fetch of the new page {fmt(opened, 3)} s "
          f"= {100 * opened / full:.0f}% (medians)", flush=True)


def bench_example(args):
    work = pathlib.Path(args.work) / "example"
    remove_and_settle(args, work)
    content = work / "content"
    shutil.copytree(args.example, content)  # a copy: the original is never touched
    # The edited quarter stands for the report being prepared: its published record is
    # removed from the copy, as an edit to a recorded report fails with
    # published-report-changed (clone.py leaves the latest quarter unrecorded likewise).
    record = latest_action_update(content).parent.parent / "published.yml"
    if record.exists():
        record.unlink()
    logs = pathlib.Path(args.work) / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    log = logs / "example.log"

    def command(out):
        return [args.quarterly, "build", "--content", str(content), "--templates", args.templates,
                "--output", str(out), "--no-search", "--no-pdf"]

    print(f"== example site: {args.example} ==")
    timed(command(work / "full-0") + ["--verbose"], log)  # warm-up
    print(f"  warm-up: {last_line(log)}")
    print(f"  steps (s): {steps(log)}")
    full = [timed(command(work / f"full-{i + 1}"), log) for i in range(args.runs)]
    full_s = summarise(full)

    # Incremental: the output folder holds the previous build; one update file changes.
    changed = latest_action_update(content)
    original = changed.read_bytes()
    out = work / "public"
    timed(command(out), log)
    incremental = []
    try:
        for i in range(args.runs):
            changed.write_bytes(original.rstrip(b"\r\n") +
                                f" The benchmark added this sentence (run {i + 1}).\n".encode())
            incremental.append(timed(command(out), log))
            changed.write_bytes(original)
    finally:
        changed.write_bytes(original)
    inc_s = summarise(incremental)
    rel = changed.relative_to(content)
    print(f"  full build (fresh output folder):      median {fmt(full_s['wall'], 3)} s wall "
          f"(min-max {fmt(full_s['wall_min'], 3)}-{fmt(full_s['wall_max'], 3)}), {fmt(full_s['cpu'], 3)} s CPU, "
          f"peak RSS {full_s['rss_mb']:.0f} MiB")
    print(f"  rebuild after changing {rel}: median {fmt(inc_s['wall'], 3)} s wall "
          f"(min-max {fmt(inc_s['wall_min'], 3)}-{fmt(inc_s['wall_max'], 3)}), {fmt(inc_s['cpu'], 3)} s CPU, "
          f"peak RSS {inc_s['rss_mb']:.0f} MiB = {100 * inc_s['wall'] / full_s['wall']:.0f}% of the full build")
    print_preview(*preview_rebuild(args, content, logs / "example-serve.log", args.runs), full_s["wall"])
    print(flush=True)
    if not args.keep:
        empty(work)


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    p.add_argument("--quarterly", default=os.environ.get("QUARTERLY"), help="the quarterly binary (release build)")
    p.add_argument("--templates", default=str(HERE.parent.parent / "templates"))
    p.add_argument("--example", default=str(HERE.parent.parent / "content"), help="example content for the full and incremental builds")
    p.add_argument("--hugo", default=shutil.which("hugo") or "hugo")
    p.add_argument("--sizes", default="10000,100000", help="comma-separated numbers of update files (default 10000,100000)")
    p.add_argument("--runs", type=int, default=5, help="timed runs per tool and size after one warm-up (default 5)")
    p.add_argument("--corpora", default="generated,cloned",
                   help="which corpora, comma-separated: generated (generate.py) and cloned (the example cloned "
                        "by clone.py); default both")
    p.add_argument("--quarters", type=int, default=8, help="quarters in the generated corpus (default 8)")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--work", default="/tmp/qbench", help="where corpora and outputs go (default /tmp/qbench)")
    p.add_argument("--skip-example", action="store_true", help="skip the example site's builds")
    p.add_argument("--keep", action="store_true", help="keep every run's output under WORK/runs (corpora are always kept for reuse)")
    p.add_argument("--verbose", action="store_true", help="print every run")
    p.add_argument("--settle", type=float, default=65,
                   help="seconds to wait after deleting earlier outputs, before timing again (default 65; see remove_and_settle)")
    args = p.parse_args()
    if not args.quarterly:
        p.error("--quarterly (or QUARTERLY=...) is required")
    try:
        args.sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    except ValueError:
        p.error("--sizes takes numbers such as 10000,100000")
    args.corpora = [c.strip() for c in args.corpora.split(",") if c.strip()]
    if not args.corpora or any(c not in ("generated", "cloned") for c in args.corpora):
        p.error("--corpora takes generated, cloned or both")
    if args.runs < 1 or not args.sizes:
        p.error("need at least one size and one run")
    args.quarterly = str(pathlib.Path(args.quarterly).resolve())
    pathlib.Path(args.work).mkdir(parents=True, exist_ok=True)
    # What `quarterly build` keeps between builds into one output folder (the content as
    # parsed) goes under WORK, not the home folder, and is removed with the runs' outputs.
    args.cache = pathlib.Path(args.work) / "cache"
    os.environ["XDG_CACHE_HOME"] = str(args.cache)
    # Each size's outputs, kept until the disk needs the room or nothing is timed any more.
    args.pending = []

    print_header(args)
    try:
        results = {kind: [bench_size(args, kind, n) for n in args.sizes] for kind in args.corpora}
        for kind, sizes in results.items():
            if len(sizes) < 2:
                continue
            print(f"== growth, {kind} corpus ==")
            base = sizes[0]
            for later in sizes[1:]:
                factor = later[0] / base[0]
                print(f"  {later[0]:,} / {base[0]:,} update files (x{factor:.1f}):")
                for name, i in (("Quarterly", 1), ("Hugo", 2)):
                    a, b = base[i], later[i]
                    print(f"    {name:<9}  wall x{b['wall'] / a['wall']:.1f}, CPU x{b['cpu'] / a['cpu']:.1f}, "
                          f"peak RSS x{b['rss_mb'] / a['rss_mb']:.1f} ({a['rss_mb']:.0f} -> {b['rss_mb']:.0f} MiB)")
            print()
        if not args.skip_example:
            bench_example(args)
    except Failed as error:
        print(f"FAILED: {error}", file=sys.stderr)
        sys.exit(1)
    finally:
        for path in args.pending:
            shutil.rmtree(path, ignore_errors=True)
        shutil.rmtree(args.cache, ignore_errors=True)
    print(f"done; load {load()} (1, 5, 15 min) at end")


if __name__ == "__main__":
    main()
