#!/usr/bin/env python3
"""Browser tests: start `trygg serve --demo` on a temporary SQLite file and drive headless Chromium.

Signs in as each demo role, checks the start page, signs out. Screenshots go to .build/screenshots/.
Prints a closing line 'N passed, N failed' and exits non-zero on any failure.
"""
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
import traceback

os.environ["TZ"] = "Europe/Stockholm"
time.tzset()
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.support.ui import WebDriverWait

import sweep

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.environ.get("TRYGG_BINARY", os.path.join(ROOT, ".build", "debug", "trygg"))
SHOTS = os.path.join(ROOT, ".build", "screenshots")

# Start-page heading each demo user's first role shows.
EXPECTED = {
    "samordnare": "Samordnare",
    "granskare": "Granskare",
    "analytiker": "Analytiker",
    "rapportor": "Rapportör",
    "lasare": "Läsare",
}


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(folder):
    port = free_port()
    env = dict(os.environ, TRYGG_DATABASE_URL=f"sqlite://{folder}/browser.sqlite", TRYGG_LOG_LEVEL="warning", TZ="Europe/Stockholm")
    process = subprocess.Popen([BINARY, "serve", "--demo", "--port", str(port)], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    passwords, lines = {}, []
    deadline = time.time() + 60
    while time.time() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        lines.append(line)
        match = re.match(r"\s+(\w+)\s+(\S+-\S+-\S+-\S+)\s", line)
        if match:
            passwords[match.group(1)] = match.group(2)
        if line.startswith("Trygg serves"):
            break
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/health", timeout=1)
            return process, base, passwords
        except Exception:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError("server did not start:\n" + "".join(lines))


def browser(width, height):
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", f"--window-size={width},{height}", "--lang=sv-SE"):
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"intl.accept_languages": "sv-SE,sv"})
    options.binary_location = "/usr/bin/chromium"
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def click_and_wait(driver, selector):
    """Clicks a submit button and waits until the next page has replaced this one."""
    driver.execute_script("window.__before = true")
    driver.find_element(By.CSS_SELECTOR, selector).click()
    # The old page's marker is gone once the new page has loaded; mid-navigation errors are retried.
    WebDriverWait(driver, 10, ignored_exceptions=[WebDriverException]).until(
        lambda d: d.execute_script("return window.__before === undefined && document.readyState === 'complete'"))


def pick_porson(base, passwords):
    """Zooms the place picker to Porsön, clicks on its label (the cells are convex, so the label point is
    inside) and expects the page to say the chosen place is in Porsön."""
    driver = browser(1280, 900)
    try:
        driver.get(base + "/sign-in")
        driver.find_element(By.ID, "username").send_keys("rapportor")
        driver.find_element(By.ID, "password").send_keys(passwords["rapportor"])
        click_and_wait(driver, "form.form button[type=submit]")
        driver.get(base + "/map/pick?area=porson&zoom=1")
        label = next(t for t in driver.find_elements(By.CSS_SELECTOR, "svg.map .area-labels text") if t.text == "Porsön")
        ActionChains(driver).move_to_element(label).click().perform()
        WebDriverWait(driver, 10).until(lambda d: "Porsön" in d.find_element(By.CSS_SELECTOR, "[data-summary]").text)
        assert driver.find_element(By.NAME, "latitude").get_attribute("value"), "the hidden latitude is filled"
        driver.save_screenshot(os.path.join(SHOTS, "pick-porson.png"))
        return None
    except Exception as error:  # noqa: BLE001
        driver.save_screenshot(os.path.join(SHOTS, "failed-pick-porson.png"))
        return f"{error.__class__.__name__}: {getattr(error, 'msg', error)}"
    finally:
        driver.quit()


def find_and_zoom(base, passwords):
    """A reporter on a phone finds "Kulturens hus" by name in the report form (Enter searches, it does not send
    the report), chooses it, and zooms the map in; an analyst opens a report from a point on the map."""
    driver = browser(390, 844)
    try:
        sign_in(driver, base, "rapportor", passwords)
        driver.get(base + "/reports/new")
        search = driver.find_element(By.ID, "picker-search")
        search.send_keys("kultur", Keys.ENTER)
        WebDriverWait(driver, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".place-results button"))
        assert driver.current_url.endswith("/reports/new"), "Enter in the search did not send the report"
        driver.find_element(By.CSS_SELECTOR, ".place-results button").click()
        WebDriverWait(driver, 10).until(lambda d: "Centrum" in d.find_element(By.CSS_SELECTOR, "[data-summary]").text)
        assert driver.find_element(By.NAME, "place").get_attribute("value") == "Kulturens hus", "the place description is filled"
        assert driver.find_element(By.NAME, "area").get_attribute("value") == "centrum", "the area is chosen"
        view_box = "return document.querySelector('svg.map').getAttribute('viewBox')"
        before = driver.execute_script(view_box)
        driver.find_element(By.CSS_SELECTOR, ".map-controls button").click()
        after = driver.execute_script(view_box)
        assert before != after, f"the + button zooms ({before} -> {after})"
        driver.save_screenshot(os.path.join(SHOTS, "find-kulturens-hus.png"))
        driver.delete_all_cookies()
        sign_in(driver, base, "analytiker", passwords)
        driver.get(base + "/map?zoom=area%3Acentrum")
        point = driver.find_element(By.CSS_SELECTOR, "svg.map .points a[href^='/reports/']")
        href = driver.execute_script("return arguments[0].getAttribute('href')", point)
        driver.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true}))", point)
        WebDriverWait(driver, 10).until(lambda d: "/reports/" in d.current_url)
        assert driver.current_url.endswith(href.split("/")[-1]), "the point opened its report"
        return None
    except Exception as error:  # noqa: BLE001
        driver.save_screenshot(os.path.join(SHOTS, "failed-find-and-zoom.png"))
        return f"{error.__class__.__name__}: {getattr(error, 'msg', error)}"
    finally:
        driver.quit()


def download(driver, url):
    """Fetches a file with the browser's session, as the download link would."""
    cookies = "; ".join(f"{c['name']}={c['value']}" for c in driver.get_cookies())
    request = urllib.request.Request(url, headers={"Cookie": cookies})
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.read()


def sign_in(driver, base, username, passwords):
    driver.get(base + "/sign-in")
    driver.find_element(By.ID, "username").send_keys(username)
    driver.find_element(By.ID, "password").send_keys(passwords[username])
    click_and_wait(driver, "form.form button[type=submit]")


def est_flow(base, passwords):
    """The EST loop as people do it: a caretaker reports from a phone, the police reviewer approves it at
    this week's meeting and closes the meeting, and a department reader finds it in the published week."""
    description = "Krossad ruta i busskuren vid Smedjegatan"
    drivers = []
    try:
        phone = browser(390, 844)
        drivers.append(phone)
        sign_in(phone, base, "rapportor", passwords)
        phone.get(base + "/reports/new")
        phone.find_element(By.CSS_SELECTOR, "#what option[value='vandalism:broken-glass']").click()
        # An hour ago, Swedish time, typed the way the time field stores it.
        phone.execute_script("document.getElementById('time').value = arguments[0]",
                             time.strftime("%H:%M", time.localtime(time.time() - 3600)))
        phone.find_element(By.CSS_SELECTOR, "#picker-area option[value='centrum']").click()
        phone.find_element(By.ID, "picker-place").send_keys("Busshållplatsen Smedjegatan")
        phone.find_element(By.ID, "description").send_keys(description)
        phone.save_screenshot(os.path.join(SHOTS, "report-phone.png"))
        click_and_wait(phone, "form.report-form button.primary")
        assert "Rapporten är skickad" in phone.page_source, "the reporter is thanked"

        desk = browser(1280, 900)
        drivers.append(desk)
        sign_in(desk, base, "granskare", passwords)
        desk.get(base + "/meetings")
        item = next(e for e in desk.find_elements(By.CSS_SELECTOR, ".agenda-item") if description in e.text)
        item.find_element(By.CSS_SELECTOR, "input[type=checkbox]").click()
        desk.save_screenshot(os.path.join(SHOTS, "meeting.png"))
        click_and_wait(desk, "form.agenda button[value=approve]")
        assert "1 rapport beslutad." in desk.page_source, "the decision is confirmed"
        desk.find_element(By.ID, "focus").send_keys("Centrum: busskurerna vid Smedjegatan")
        click_and_wait(desk, "button[formaction$='/close']")
        # The demo's agenda still has undecided reports: closing asks first, and keeps the focus typed.
        assert "väntar fortfarande på beslut" in desk.page_source, "closing with undecided reports asks first"
        desk.save_screenshot(os.path.join(SHOTS, "meeting-confirm-close.png"))
        click_and_wait(desk, ".confirm button.primary")
        assert "Lägesbilden är publicerad" in desk.page_source, "closing publishes the week"
        assert "Centrum: busskurerna vid Smedjegatan" in desk.page_source, "the focus typed before closing is published"
        week_url = desk.current_url.split("?")[0]

        reader = browser(1280, 900)
        drivers.append(reader)
        sign_in(reader, base, "lasare", passwords)
        reader.get(week_url)
        assert description in reader.page_source, "the reader finds the report in the published week"
        assert "Rasmus" not in reader.page_source, "readers never see who reported"
        reader.save_screenshot(os.path.join(SHOTS, "week.png"))

        # The reviewer finds the report by a word and opens the export in a real spreadsheet reader.
        desk.get(base + "/reports?q=smedjegatan&area=centrum")
        assert "1 rapport" in desk.page_source, "the search finds the report by a word of its place"
        export = download(desk, base + "/reports.xlsx?q=smedjegatan&area=centrum")
        import openpyxl  # noqa: PLC0415 - only this scenario needs it
        sheet = openpyxl.load_workbook(__import__("io").BytesIO(export)).active
        header = [cell.value for cell in sheet[1]]
        row = dict(zip(header, [cell.value for cell in sheet[2]]))
        assert sheet.max_row == 2 and row["description"] == description and row["area_name"] == "Centrum", row
        assert sheet.freeze_panes == "A2" and sheet["A1"].font.b, "the header is bold and frozen"
        return None
    except Exception as error:  # noqa: BLE001
        for index, driver in enumerate(drivers):
            driver.save_screenshot(os.path.join(SHOTS, f"failed-est-{index}.png"))
        return f"{error.__class__.__name__}: {getattr(error, 'msg', error)}"
    finally:
        for driver in drivers:
            driver.quit()


def analysis(base, passwords):
    """An analyst, new to Trygg, opens Analys from the menu, finds the hot spots of last month and the
    emerging drug-dealing cluster in Björkskatan, then prints the monthly picture."""
    driver = browser(1280, 900)
    try:
        sign_in(driver, base, "analytiker", passwords)
        driver.find_element(By.LINK_TEXT, "Analys").click()
        driver.find_element(By.LINK_TEXT, "Brännpunkter").click()
        assert driver.find_elements(By.CSS_SELECTOR, "figure.map-frame svg .density rect"), "hot cells are drawn on the map"
        assert "Brännpunkt 99 %" in driver.page_source, "the table lists hot cells"
        driver.save_screenshot(os.path.join(SHOTS, "analysis-hotspots.png"))
        driver.find_element(By.LINK_TEXT, "Framväxande brännpunkter").click()
        rows = [r.text for r in driver.find_elements(By.CSS_SELECTOR, "table tbody tr")]
        assert any(r.startswith("Ny Björkskatan") for r in rows), "the emerging cluster is new in Björkskatan"
        assert any(r.startswith("Ihållande") for r in rows), "the persistent clusters are listed"
        driver.save_screenshot(os.path.join(SHOTS, "analysis-emerging.png"))
        driver.find_element(By.LINK_TEXT, "Analys").click()
        driver.find_elements(By.CSS_SELECTOR, ".month-list a")[0].click()
        assert "Månadsbild" in driver.find_element(By.TAG_NAME, "h1").text
        assert "Björkskatan" in driver.page_source and "Signifikant ökning" in driver.page_source, "the rise is named"
        driver.save_screenshot(os.path.join(SHOTS, "analysis-month.png"))
        pdf = driver.execute_cdp_cmd("Page.printToPDF", {"paperWidth": 8.27, "paperHeight": 11.69, "printBackground": True})
        with open(os.path.join(SHOTS, "analysis-month.pdf"), "wb") as out:
            out.write(__import__("base64").b64decode(pdf["data"]))
        return None
    except Exception as error:  # noqa: BLE001
        driver.save_screenshot(os.path.join(SHOTS, "failed-analysis.png"))
        where = traceback.extract_tb(error.__traceback__)[-1].line
        return f"{error.__class__.__name__}: {getattr(error, 'msg', error)} at {where}"
    finally:
        driver.quit()


def main():
    # A hung server or browser must not hang CI: give up after eight minutes (the page sweep takes about three).
    signal.alarm(480)
    os.makedirs(SHOTS, exist_ok=True)
    results = []
    with tempfile.TemporaryDirectory() as folder:
        process, base, passwords = start_server(folder)
        try:
            for username, heading in EXPECTED.items():
                phone = username == "rapportor"
                driver = browser(390, 844) if phone else browser(1280, 900)
                try:
                    driver.get(base + "/")
                    assert "/sign-in" in driver.current_url, "an anonymous visitor is sent to sign-in"
                    if username == "samordnare":
                        driver.save_screenshot(os.path.join(SHOTS, "sign-in.png"))
                    driver.find_element(By.ID, "username").send_keys(username)
                    driver.find_element(By.ID, "password").send_keys(passwords[username])
                    click_and_wait(driver, "form.form button[type=submit]")
                    headings = [h.text for h in driver.find_elements(By.CSS_SELECTOR, ".card h2")]
                    assert headings and headings[0] == heading, f"start page headings {headings}"
                    driver.save_screenshot(os.path.join(SHOTS, f"start-{username}.png"))
                    if username == "samordnare":
                        driver.get(base + "/admin/users")
                        assert "rapportor" in driver.page_source, "the user list shows the demo users"
                        driver.save_screenshot(os.path.join(SHOTS, "admin-users.png"))
                        driver.get(base + "/admin/users/new")
                        click_and_wait(driver, "form.form button[type=submit]")
                        assert "Formuläret behöver rättas" in driver.page_source, "an empty user form is explained"
                        driver.save_screenshot(os.path.join(SHOTS, "admin-user-errors.png"))
                    click_and_wait(driver, "form[action='/sign-out'] button")
                    assert "Du är utloggad." in driver.page_source, "the sign-in page says you are signed out"
                    driver.get(base + "/")
                    assert "/sign-in" in driver.current_url, "after sign-out the start page needs sign-in again"
                    results.append((username, None))
                except Exception as error:  # noqa: BLE001 - every failure is reported, then counted
                    driver.save_screenshot(os.path.join(SHOTS, f"failed-{username}.png"))
                    where = traceback.extract_tb(error.__traceback__)[-1].line
                    results.append((username, f"{error.__class__.__name__}: {getattr(error, 'msg', error)} at {where}"))
                finally:
                    driver.quit()
            results.append(("a click inside Porsön on the place picker", pick_porson(base, passwords)))
            results.append(("find a place by name in the report form, zoom the map, open a report from a point", find_and_zoom(base, passwords)))
            results.append(("report on a phone, approve in the meeting, publish, read the week", est_flow(base, passwords)))
            results.append(("an analyst finds last month's hot spots, the emerging cluster and the monthly picture", analysis(base, passwords)))
            failures = sweep.sweep(browser, sign_in, base, passwords, SHOTS)
            for page, problems in failures:
                results.append((f"{page}: no sideways scrolling, no serious axe violation", "; ".join(problems)))
            if not failures:
                results.append(("every role's pages at 360 px and 1280 px: no sideways scrolling, no serious axe violation", None))
        finally:
            process.terminate()
            process.wait(timeout=20)
    for username, error in results:
        label = username if " " in username else f"sign in and out as {username}"
        print(f"{'ok  ' if error is None else 'FAIL'} {label}" + (f": {error}" if error else ""))
    failed = sum(1 for _, error in results if error is not None)
    print(f"browser: {len(results) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
