"""Screenshots of a built site at phone and desktop widths.

Usage: capture.py SITE_DIR OUT_DIR QUARTER MEASURE
Serves SITE_DIR on 127.0.0.1, then writes OUT_DIR/<page>-<width>.png for the home,
quarter report, measure and exceptions pages (the last when the site has one) at 320
and 1280 CSS pixels: the whole page, cut off at MAX_HEIGHT.
"""
import base64
import functools
import http.server
import os
import sys
import threading

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

MAX_HEIGHT = 4000
WIDTHS = [320, 1280]


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(folder):
    handler = functools.partial(QuietHandler, directory=folder)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def browser():
    options = Options()
    options.binary_location = "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"]:
        options.add_argument(argument)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def capture(driver, url, width, path):
    # A true 320 CSS px layout viewport: a headless window cannot be made that narrow.
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": 800, "deviceScaleFactor": 1, "mobile": False})
    driver.get(url)
    height = min(MAX_HEIGHT, driver.execute_script("return document.documentElement.scrollHeight"))
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}})
    with open(path, "wb") as out:
        out.write(base64.b64decode(shot["data"]))
    print(f"  {path} ({width} x {height})")


def main():
    site, out, quarter, measure = sys.argv[1:5]
    server = serve(site)
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    pages = {"home": "", "quarter": f"quarters/{quarter}/", "measure": f"measures/{measure}/",
             "exceptions": "exceptions/"}
    driver = browser()
    try:
        for name, path in pages.items():
            if not os.path.exists(os.path.join(site, path, "index.html")):
                print(f"  no {path}index.html: no {name} screenshots")
                continue
            for width in WIDTHS:
                capture(driver, base + path, width, f"{out}/{name}-{width}.png")
    finally:
        driver.quit()
        server.shutdown()


if __name__ == "__main__":
    main()
