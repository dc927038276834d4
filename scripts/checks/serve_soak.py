#!/usr/bin/env python3
"""Soak test of `quarterly serve`: hostile and careless clients must not stall or kill it.

    serve_soak.py QUARTERLY CONTENT TEMPLATES

Starts the preview on a free port with at most 256 open files allowed, then, while
each kind of trouble is still going on, checks that a plain request is answered within
a second:
  - more idle and half-sent connections than the file limit allows;
  - more pages waiting for the next rebuild (`/_quarterly/next/<generation>`) than
    connections are allowed;
  - two requests with a 300 KB URL at once (answered 414), and a 40 KB header (431);
  - the file limit lowered below what is open, so that accepting fails (EMFILE).
It also checks that HEAD carries no body and that the server is still running at the
end. Only 127.0.0.1 is contacted; every loop is bounded; it takes a few seconds.
"""
import re
import resource
import socket
import subprocess
import sys
import threading
import time

FILE_LIMIT = 256


def fail(message):
    print(f"serve soak: FAILED: {message}", file=sys.stderr)
    sys.exit(1)


def start(quarterly, content, templates):
    def limit_files():
        resource.setrlimit(resource.RLIMIT_NOFILE, (FILE_LIMIT, FILE_LIMIT))

    proc = subprocess.Popen(
        [quarterly, "serve", "--content", content, "--templates", templates, "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL, preexec_fn=limit_files)
    said = []
    reader = threading.Thread(target=lambda: said.append(proc.stdout.readline().decode()), daemon=True)
    reader.start()
    reader.join(10)
    match = re.search(r"http://127\.0\.0\.1:(\d+)/", said[0] if said else "")
    if not match:
        proc.kill()
        fail(f"serve did not say where it listens: {said!r}")
    return proc, int(match.group(1))


def exchange(port, request, timeout=1.0):
    """Sends `request` on a new connection; returns (status, headers, body, seconds) or fails."""
    started = time.monotonic()
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.sendall(request)
        received = b""
        while True:
            chunk = sock.recv(65536)
            if not chunk:
                break
            received += chunk
    head, _, body = received.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ")[1]) if lines[0].startswith("HTTP/1.") else 0
    headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    return status, headers, body, time.monotonic() - started


def answered_quickly(port, proc, what):
    if proc.poll() is not None:
        fail(f"serve exited ({proc.returncode}) {what}")
    try:
        status, _, body, seconds = exchange(port, b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
    except OSError as error:
        fail(f"a plain request was not answered within a second {what}: {error}")
    if status != 200 or b"<html" not in body:
        fail(f"a plain request got {status} {what}")
    print(f"serve soak: answered in {seconds:.3f} s {what}")


def open_connections(port, count, first_bytes=b""):
    """Opens up to `count` connections, each sending `first_bytes` and then nothing."""
    opened = []
    for _ in range(count):
        sock = socket.socket()
        sock.settimeout(0.5)
        try:
            sock.connect(("127.0.0.1", port))
            if first_bytes:
                sock.sendall(first_bytes)
            opened.append(sock)
        except OSError:
            sock.close()
    return opened


def long_url(port, results):
    request = b"GET /" + b"a" * 300_000 + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
    try:
        results.append(exchange(port, request, timeout=5)[0])
    except OSError as error:  # the answer was lost to a reset connection
        results.append(repr(error))


def main():
    quarterly, content, templates = sys.argv[1:4]
    _, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, 4096), hard))
    proc, port = start(quarterly, content, templates)
    held = []
    try:
        deadline = time.monotonic() + 20
        while True:  # the first load
            try:
                if exchange(port, b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", timeout=5)[0] == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline or proc.poll() is not None:
                fail("the site never loaded")
            time.sleep(0.1)

        held += open_connections(port, FILE_LIMIT + 50)
        held += open_connections(port, 50, b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
        print(f"serve soak: {len(held)} idle or half-sent connections open")
        answered_quickly(port, proc, f"beside {len(held)} idle or half-sent connections")
        for sock in held:
            sock.close()
        held = []

        generation = exchange(port, b"GET /_quarterly/generation HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")[2]
        held += open_connections(
            port, 100, b"GET /_quarterly/next/" + generation + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        answered_quickly(port, proc, f"beside {len(held)} pages waiting for the next rebuild")

        results = []
        senders = [threading.Thread(target=long_url, args=(port, results)) for _ in range(2)]
        for sender in senders:
            sender.start()
        answered_quickly(port, proc, "while two 300 KB URLs arrive")
        for sender in senders:
            sender.join(10)
        if results != [414, 414]:
            fail(f"300 KB URLs were answered {results}, not 414")
        status = exchange(port, b"GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + b"b" * 40_000 + b"\r\n\r\n")[0]
        if status != 431:
            fail(f"a 40 KB header was answered {status}, not 431")

        status, headers, body, _ = exchange(port, b"HEAD / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        if status != 200 or body or int(headers.get("content-length", "0")) == 0:
            fail(f"HEAD answered {status} with {len(body)} body bytes, content-length {headers.get('content-length')}")

        # Fewer files allowed than are open: every accept fails until one is closed.
        resource.prlimit(proc.pid, resource.RLIMIT_NOFILE, (64, FILE_LIMIT))
        held += open_connections(port, 100)
        answered_quickly(port, proc, "when no more files may be opened")
    finally:
        for sock in held:
            sock.close()
        proc.terminate()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
            fail("serve did not stop on SIGTERM")
    print("serve soak: passed")


main()
