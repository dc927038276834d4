"""Searches a built site the way a reader does, in headless Chromium.

Usage: search.py SITE_DIR BASE_PATH QUERY EXPECTED_PATH
Serves SITE_DIR under BASE_PATH on 127.0.0.1, opens the search page, types QUERY and
waits for a result linking to EXPECTED_PATH. Exits 1 if it never appears.
"""
import functools
import http.server
import pathlib
import sys
import tempfile
import threading
import time

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def main() -> int:
    site, base, query, expected = sys.argv[1:5]
    # Lay the site out under its base path, as a web server would.
    root = pathlib.Path(tempfile.mkdtemp())
    mount = root / base.strip("/") if base.strip("/") else root
    if mount != root:
        mount.parent.mkdir(parents=True, exist_ok=True)
        mount.symlink_to(pathlib.Path(site).resolve())
    else:
        root = pathlib.Path(site).resolve()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(root)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    options = Options()
    options.binary_location = "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu"]:
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    try:
        driver.get(f"http://127.0.0.1:{server.server_address[1]}{base}search/")
        box = None
        for _ in range(50):
            boxes = driver.find_elements(By.CSS_SELECTOR, "#search input")
            if boxes:
                box = boxes[0]
                break
            time.sleep(0.1)
        if box is None:
            print("search check: the search page has no search box (was the site indexed with pagefind?)")
            return 1
        box.send_keys(query)
        links = []
        for _ in range(100):
            links = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "#search a")]
            if any(expected in (link or "") for link in links):
                print(f"search check: '{query}' finds {expected} ({len(links)} result links)")
                return 0
            time.sleep(0.1)
        print(f"search check: '{query}' did not find {expected}; results: {links[:10]}")
        return 1
    finally:
        driver.quit()
        server.shutdown()


if __name__ == "__main__":
    sys.exit(main())
