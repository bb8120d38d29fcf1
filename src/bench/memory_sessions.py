"""Opens signed-in Vaadin sessions on one page each over plain HTTP, as a browser's first visit does:
GET /login (CSRF token), POST /login, GET /?v-r=init (the UI), then the UIDL event "ui-navigate"
that makes the server build the route's view, and the browser's immediate second message. No heartbeats follow: the UIs stay for 3 heartbeat
intervals (15 min), the sessions for the session timeout (60 min).

  python3 memory_sessions.py BASE_URL EMAIL PASSWORD ROUTE COUNT [RECOVERY_CODE_PREFIX]
Prints one line: how many sessions opened, failures, and the mean time per session.

Staff accounts (jurors, administrators) must give a second factor after the password (decision
018): with RECOVERY_CODE_PREFIX, each session posts the second-factor page a code of its own,
PREFIX00001, PREFIX00002 and so on, which the seed stored as the account's recovery codes. An
app's TOTP code would not do for hundreds of sessions of one account: each is accepted once,
so one account signs in at most about once per 30-second step.
"""
import itertools
import threading
import http.cookiejar
import json
import re
import sys
import time
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

BASE, EMAIL, PASSWORD, ROUTE, COUNT = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
RECOVERY_PREFIX = sys.argv[6] if len(sys.argv) > 6 else ""
NUMBERS = itertools.count(1)
SECOND_FACTOR_LOCK = threading.Lock()
SESSIONS = []  # the openers are kept so that nothing is closed while the heap is measured
FIRST_RENDER = []


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


def open_session():
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect())
    page = opener.open(BASE + "/login", timeout=60).read().decode()
    csrf = re.search(r'name="_csrf" content="([^"]+)"', page).group(1)
    form = urllib.parse.urlencode({"username": EMAIL, "password": PASSWORD, "_csrf": csrf}).encode()
    try:
        opener.open(BASE + "/login", data=form, timeout=60)
    except urllib.error.HTTPError as e:  # 302 to / on success, to /login?error otherwise
        if e.code != 302 or "error" in e.headers.get("Location", ""):
            raise RuntimeError("sign-in refused for " + EMAIL)
    if RECOVERY_PREFIX:
        second_factor(opener)
    init = json.loads(opener.open(BASE + "/?v-r=init&location=" + urllib.parse.quote(ROUTE, safe="")
                                  + "&query=", timeout=60).read())
    config = init["appConfig"]
    key = config["uidl"]["Vaadin-Security-Key"]
    ui = config["v-uiId"]
    body = json.dumps({"csrfToken": key, "rpc": [{"type": "event", "node": 1, "event": "ui-navigate", "data": {
        "route": ROUTE, "query": "", "appShellTitle": "", "historyState": {"idx": 0}, "trigger": ""}}],
                       "syncId": 0, "clientId": 0}).encode()
    request = urllib.request.Request(BASE + "/?v-r=uidl&v-uiId=" + str(ui), data=body,
                                     headers={"Content-Type": "application/json; charset=UTF-8"})
    answer = opener.open(request, timeout=120).read().decode()
    if '"appError"' in answer or "sessionExpired" in answer or len(answer) < 2000:
        raise RuntimeError("the view did not open: " + answer[:300])
    # Chromium answers the first render at once with a second message (the web components' first
    # property sync). Flow keeps the text of the last answer to resend it if the browser asks again
    # (UIInternals.lastRequestResponse), so without this message every session would keep the whole
    # first render (about 80,000 characters, stored as UTF-16 because of the Kazakh text).
    rendered = json.loads(answer[answer.index("{"):])
    if not FIRST_RENDER:
        FIRST_RENDER.append(described(rendered))
    body = json.dumps({"csrfToken": key, "rpc": [], "syncId": rendered["syncId"],
                       "clientId": rendered.get("clientId", 1)}).encode()
    request = urllib.request.Request(BASE + "/?v-r=uidl&v-uiId=" + str(ui), data=body,
                                     headers={"Content-Type": "application/json; charset=UTF-8"})
    followed = opener.open(request, timeout=120).read().decode()
    if '"syncId"' not in followed or len(followed) > 2000:
        raise RuntimeError("the second message was not answered as a browser's is: " + followed[:300])
    SESSIONS.append(opener)


def described(rendered):
    """What the first render holds: its state nodes and the view's class names, to tell which page came."""
    nodes = {change["node"] for change in rendered.get("changes", [])}
    # class names come as lists added to each element's class list
    views = sorted({name for change in rendered.get("changes", []) if change.get("type") == "splice"
                    for name in change.get("add", []) if isinstance(name, str) and name.endswith("-view")})
    return "%d state nodes in the first render, view %s" % (len(nodes), " ".join(views) or "?")


def second_factor(opener):
    """The code step of a staff sign-in: the code page (its CSRF token), then the code posted to it."""
    try:
        opener.open(BASE + "/", timeout=60)
        raise RuntimeError("no second-factor step for " + EMAIL)
    except urllib.error.HTTPError as e:  # the filter sends a page request to the code page
        if e.code != 302 or "second-factor" not in e.headers.get("Location", ""):
            raise
    page = opener.open(BASE + "/second-factor", timeout=60).read().decode()
    csrf = re.search(r'name="_csrf" content="([^"]+)"', page).group(1)
    # One code at a time: each spends a recovery code of the one account's factor, and two at once
    # would collide on the factor's version, as two sign-ins of one person at the same instant would.
    with SECOND_FACTOR_LOCK:
        code = "%s%05d" % (RECOVERY_PREFIX, next(NUMBERS))
        form = urllib.parse.urlencode({"code": code, "_csrf": csrf}).encode()
        try:
            opener.open(BASE + "/second-factor/verify", data=form, timeout=60)
        except urllib.error.HTTPError as e:  # 302 on to the page asked for; back to the code page when refused
            target = e.headers.get("Location", "")
            if e.code != 302 or "second-factor" in target or "login" in target:
                raise RuntimeError("second factor refused for " + EMAIL + ": " + target)


def timed(_):
    start = time.monotonic()
    try:
        open_session()
        return time.monotonic() - start, None
    except Exception as e:  # reported, not fatal: the count of failures is printed
        return time.monotonic() - start, str(e)[:200]


with ThreadPoolExecutor(max_workers=4) as pool:
    results = list(pool.map(timed, range(COUNT)))
errors = [e for _, e in results if e]
print("opened %d sessions on %s as %s, %d failed, %.0f ms per session (mean); %s%s" % (
    len(SESSIONS), ROUTE, EMAIL, len(errors), 1000 * sum(t for t, _ in results) / max(1, len(results)),
    FIRST_RENDER[0] if FIRST_RENDER else "no render", ("; first error: " + errors[0]) if errors else ""))
