#!/usr/bin/env python3
"""Fault test (b), the probing half: while the platform is under load, stop PostgreSQL at once (-m immediate), keep
it down for --down seconds, start it again, and classify every answer of the platform by when it was asked:
before, while PostgreSQL was down, after. Prints the checks and `N passed, M failed`."""
import argparse
import collections
import subprocess
import sys
import threading
import time

sys.path.insert(0, __import__("os").path.dirname(__file__))
from submitload import Client, Unknown  # noqa: E402

parser = argparse.ArgumentParser()
parser.add_argument("--base", default="http://127.0.0.1:8090")
parser.add_argument("--pgver", required=True)
parser.add_argument("--down", type=int, default=45)
parser.add_argument("--recover", type=int, default=60, help="seconds the platform has to answer 200 again")
parser.add_argument("--pid", type=int, required=True, help="the platform's process, which must not restart")
args = parser.parse_args()

client = Client(args.base, timeout=40)
client.log_in()
token = client.token
# Reads that need the database: my applications (the applicant's list) and the public query. (The catalogue is
# left out: answering it from memory while the database is down would be no fault.)
PATHS = ["/api/v1/applications", "/api/v1/query?number=TB20261127999999&code=ABCD2345"]
answers = []  # (asked at, answered at, path, status or exception name)
lock = threading.Lock()
stop = threading.Event()


def probe(index):
    probe_client = Client(args.base, timeout=40)
    probe_client.token = token
    while not stop.is_set():
        path = PATHS[index % len(PATHS)]
        asked = time.time()
        try:
            status, _ = probe_client.request("GET", path)
        except Unknown as failure:
            text = str(failure)
            status = int(text.split(": ")[1][:3]) if ": 5" in text else "no answer"
        with lock:
            answers.append((asked, time.time(), path, status))
        time.sleep(0.2)


threads = [threading.Thread(target=probe, args=(i,), daemon=True) for i in range(3)]
for thread in threads:
    thread.start()
time.sleep(5)
# What each path answers while all is well (the query names no real application: 404), to recognise recovery.
with lock:
    normal = {a[2]: a[3] for a in answers}
cluster = ["pg_ctlcluster", "--skip-systemctl-redirect", args.pgver, "main"]
subprocess.run(cluster + ["stop", "-m", "immediate"], check=True)
down_from = time.time()
print(f"PostgreSQL stopped (immediate) at {time.strftime('%H:%M:%S', time.gmtime(down_from))}", flush=True)
time.sleep(args.down)
down_until = time.time()
subprocess.run(cluster + ["start"], check=True)
print(f"PostgreSQL started again after {down_until - down_from:.0f} s", flush=True)
deadline = time.time() + args.recover
recovered_at = None
while time.time() < deadline and recovered_at is None:
    time.sleep(1)
    with lock:
        late = [a for a in answers if a[0] > down_until and a[3] == normal.get(a[2])]
        if len(late) >= 3 and all(a[3] == normal.get(a[2]) for a in answers[-6:]):
            recovered_at = late[0][1]
time.sleep(3)
stop.set()
for thread in threads:
    thread.join()

# While down: asked after the stop and answered before the start, so the database was down the whole request.
during = [a for a in answers if a[0] >= down_from and a[1] <= down_until]
statuses = collections.Counter(a[3] for a in during)
by_path = collections.Counter((a[2].split("?")[0], a[3]) for a in during)
print("answers while PostgreSQL was down:", dict(statuses))
print("  by path:", dict(by_path))
for status in statuses:
    waits = sorted(a[1] - a[0] for a in during if a[3] == status)
    print(f"  {status}: answered after {waits[0]:.1f} s at least, {waits[len(waits) // 2]:.1f} s median, "
          f"{waits[-1]:.1f} s at most")
passed = failed = 0


def check(ok, what):
    global passed, failed
    passed, failed = passed + bool(ok), failed + (not ok)
    print(("PASS " if ok else "FAIL ") + what, flush=True)


check(normal.get(PATHS[0]) == 200 and normal.get(PATHS[1]) == 404,
      f"before the outage the list answered 200 and the query of an unknown number 404 ({normal})")
check(len(during) > 0, f"the platform was asked while PostgreSQL was down ({len(during)} requests)")
check(not any(isinstance(s, int) and 200 <= s < 300 for s in statuses),
      "no 2xx while PostgreSQL was down")
check(set(statuses) <= {503}, f"only 503 while PostgreSQL was down (got {dict(statuses)})")
check(recovered_at is not None,
      f"answers as before again ({normal}) after PostgreSQL is back" + (f", {recovered_at - down_until:.1f} s after its start"
                                                       if recovered_at else f" (not within {args.recover} s)"))
try:
    __import__("os").kill(args.pid, 0)
    alive = True
except OSError:
    alive = False
check(alive, "without a restart of the platform (same process)")
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
