"""Every page each role opens, at a real 360 px phone width and at desktop size: no page may scroll sideways,
and axe-core may find no serious or critical violation. Used by run.py; runnable alone against a server:

    python BrowserTests/sweep.py http://127.0.0.1:PORT samordnare=PASSWORD granskare=PASSWORD ...
"""
import glob
import json
import os
import sys
import zipfile

from selenium.webdriver.common.by import By

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def axe_source():
    """axe-core as shipped in the axe-playwright-python wheel that scripts/services.sh downloads."""
    wheels = glob.glob(os.path.join(ROOT, ".venv-browser", "axe", "axe_playwright_python-*.whl"))
    if not wheels:
        raise RuntimeError("axe-core is missing: run scripts/test --with-services")
    with zipfile.ZipFile(sorted(wheels)[-1]) as wheel:
        return wheel.read("axe_playwright_python/axe.min.js").decode("utf-8")


def pages(driver, base, role):
    """The pages a role reaches, with ids taken from the pages themselves (a report, the latest week)."""
    driver.get(base + "/weeks")
    weeks = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "main a[href*='/weeks/']")]
    common = ["/", "/reports", "/weeks", "/map", "/account/tokens", "/account/notices", "/account/password", "/help",
              "/help/methods"] + ([weeks[0].replace(base, "")] if weeks else [])
    driver.get(base + "/reports")
    reports = [a.get_attribute("href").replace(base, "") for a in driver.find_elements(By.CSS_SELECTOR, "main a[href*='/reports/']")
               if a.get_attribute("href").split("/")[-1].count("-") == 4]
    extra = {
        "rapportor": ["/reports/new", "/map/pick", "/map/pick?q=stor", "/map?zoom=data"] + reports[:1],
        "granskare": ["/meetings"] + reports[:1],
        "analytiker": ["/map?zoom=area%3Acentrum", "/analysis", "/analysis/trends", "/analysis/hotspots", "/analysis/density", "/analysis/hottimes",
                       "/analysis/emerging"],
        "samordnare": ["/admin/users", "/admin/users/new", "/admin/users/grants", "/admin/organisations", "/admin/indicators",
                       "/admin/areas", "/admin/areas/import", "/admin/municipality"],
        "lasare": [],
    }[role]
    # Problems and measures: the lists, the first problem, measure and its evaluation, a working group.
    work = ["/problems", "/measures", "/steering", "/decisions", "/working-groups"]
    for listing, pattern in [("/problems", "/problems/"), ("/measures", "/measures/"), ("/working-groups", "/working-groups/")]:
        driver.get(base + listing)
        found = [a.get_attribute("href").replace(base, "") for a in driver.find_elements(By.CSS_SELECTOR, f"main a[href*='{pattern}']")
                 if a.get_attribute("href").split("/")[-1].count("-") == 4]
        work += found[:1]
        if pattern == "/measures/" and found:
            work.append(found[0] + "/evaluation")
    extra += work + {"analytiker": ["/agenda", "/problems/new"], "samordnare": ["/working-groups/new", "/decisions/new"]}.get(role, [])
    if role == "analytiker":
        driver.get(base + "/analysis")
        months = [a.get_attribute("href").replace(base, "") for a in driver.find_elements(By.CSS_SELECTOR, ".month-list a")]
        extra += months[:1]
    return common + extra


def check(driver, base, path, axe, width):
    """Problems of one page at one width, as sentences."""
    driver.get(base + path)
    problems = []
    if width <= 400:
        scroll = driver.execute_script("return document.documentElement.scrollWidth")
        if scroll > width:
            wide = driver.execute_script("""
                return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > arguments[0] + 1
                    && !e.closest('.table-wrap, .map-frame, .chart-frame'))
                  .slice(0, 4).map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ')[0] : '')
                    + ' ' + Math.round(e.getBoundingClientRect().right));""", width)
            problems.append(f"scrolls sideways ({scroll} px): {wide}")
    driver.execute_script(axe)
    result = driver.execute_async_script("""
        const done = arguments[arguments.length - 1];
        axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.map(v =>
            ({id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))})))).catch(e => done([{id: 'axe-error', impact: 'critical', nodes: [String(e)]}]));""")
    for violation in result:
        if violation["impact"] in ("serious", "critical"):
            problems.append(f"axe {violation['id']} ({violation['impact']}): {violation['nodes']}")
    return problems


def phone(driver, width=360):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": width, "height": 780, "deviceScaleFactor": 2, "mobile": True})


def sweep(make_browser, sign_in, base, passwords, shots):
    """Returns a list of (page, problems) for every role, at phone and desktop width."""
    axe = axe_source()
    failures = []
    for role in passwords:
        for width in (360, 1280):
            driver = make_browser(1280, 900)
            try:
                driver.set_script_timeout(30)
                if width == 360:
                    phone(driver)
                sign_in(driver, base, role, passwords)
                for path in pages(driver, base, role):
                    problems = check(driver, base, path, axe, width)
                    if problems:
                        name = f"sweep-{role}-{width}-" + path.strip("/").replace("/", "_")[:60]
                        driver.save_screenshot(os.path.join(shots, name + ".png"))
                        failures.append((f"{role} {width}px {path}", problems))
            finally:
                driver.quit()
    return failures


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import run  # noqa: E402
    base = sys.argv[1]
    passwords = dict(arg.split("=", 1) for arg in sys.argv[2:])
    os.makedirs(run.SHOTS, exist_ok=True)
    for page, problems in sweep(run.browser, run.sign_in, base, passwords, run.SHOTS):
        print(page)
        for problem in problems:
            print("   ", problem)
