"""Screenshots of a built site at phone and desktop widths, and a quarter report printed to PDF.

Usage: capture.py SITE_DIR OUT_DIR QUARTER MEASURE
Serves SITE_DIR on 127.0.0.1, then writes OUT_DIR/<page>-<width>.png for the home,
quarter, measure and trends pages at 320 and 1280 CSS pixels (the whole page, cut off
at MAX_HEIGHT), and OUT_DIR/quarter-report.pdf as headless Chromium prints it on A4.
"""
import base64
import functools
import http.server
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


def print_pdf(driver, url, path):
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    driver.get(url)
    pdf = driver.execute_cdp_cmd("Page.printToPDF", {
        "paperWidth": 8.27, "paperHeight": 11.69, "preferCSSPageSize": True, "printBackground": False})
    with open(path, "wb") as out:
        out.write(base64.b64decode(pdf["data"]))
    print(f"  {path}")


def main():
    site, out, quarter, measure = sys.argv[1:5]
    server = serve(site)
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    pages = {"home": "", "quarter": f"quarters/{quarter}/", "measure": f"measures/{measure}/", "trends": "trends/"}
    driver = browser()
    try:
        for name, path in pages.items():
            for width in WIDTHS:
                capture(driver, base + path, width, f"{out}/{name}-{width}.png")
        print_pdf(driver, base + pages["quarter"], f"{out}/quarter-report.pdf")
    finally:
        driver.quit()
        server.shutdown()


if __name__ == "__main__":
    main()
