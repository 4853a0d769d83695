#!/usr/bin/env python3
"""Fault test (c), the driving half: the clerk accepts submitted cases before, during and after a mail server outage
(the sink's process is stopped by the caller via --stop / --start commands), then every e-mail notice must be SENT
in the outbox and received by the sink. Prints the checks and `N passed, M failed`."""
import argparse
import base64
import hashlib
import hmac
import json
import struct
import subprocess
import sys
import time

sys.path.insert(0, __import__("os").path.dirname(__file__))
from submitload import Client  # noqa: E402

parser = argparse.ArgumentParser()
parser.add_argument("--base", default="http://127.0.0.1:8090")
parser.add_argument("--submissions", required=True, help="JSON lines of submitload.py load")
parser.add_argument("--received", required=True, help="JSON lines of smtpsink.py")
parser.add_argument("--psql", required=True)
parser.add_argument("--stop", required=True, help="shell command that stops the mail server")
parser.add_argument("--start", required=True, help="shell command that starts it again")
parser.add_argument("--outage", type=int, default=120)
parser.add_argument("--settle", type=int, default=240, help="seconds the outbox has to deliver everything after")
args = parser.parse_args()

CLERK, SECRET = "scjgj.clerk", "W6CEOX2HI5BAAV57EZOJJHFLTTNF2N2A"


def totp(secret, at=None):
    counter = int((at or time.time()) // 30)
    digest = hmac.new(base64.b32decode(secret), struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    return "%06d" % ((struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1000000)


def sql(query):
    return subprocess.run(args.psql.split() + ["-Atc", query], check=True, capture_output=True,
                          text=True).stdout.strip()


staff = Client(args.base, timeout=30)
status, body = staff.json("POST", "/api/v1/auth/login", {"username": CLERK, "password": "Tongban#2026",
                                                          "otp": totp(SECRET)})
assert status == 200, f"clerk log-in: {status} {body}"
staff.token = body["token"]
numbers = [r["number"] for r in map(json.loads, open(args.submissions)) if r.get("status") in (200, 201)]
assert len(numbers) >= 6, f"too few submissions to spread over the outage: {len(numbers)}"
third = len(numbers) // 3
phases = {"before": numbers[:third], "during": numbers[third:2 * third], "after": numbers[2 * third:]}
accepted = []


def accept(batch, spread):
    for number in batch:
        status, body = staff.json("POST", f"/api/v1/staff/cases/{number}/accept", {"opinion": "材料齐全，予以受理。"})
        if status in (200, 201, 204):
            accepted.append(number)
        else:
            print(f"accept {number}: {status} {body}", flush=True)
        time.sleep(spread / max(len(batch), 1))


accept(phases["before"], 5)
subprocess.run(args.stop, shell=True, check=True)
print(f"mail server stopped at {time.strftime('%H:%M:%S', time.gmtime())}", flush=True)
accept(phases["during"], args.outage)
subprocess.run(args.start, shell=True, check=True)
print(f"mail server started again at {time.strftime('%H:%M:%S', time.gmtime())}", flush=True)
accept(phases["after"], 5)
in_list = ",".join(f"'{n}'" for n in accepted)
deadline = time.time() + args.settle
while time.time() < deadline:
    pending = sql("select count(*) from notification_outbox where channel = 'EMAIL' and status <> 'SENT'")
    if pending == "0":
        break
    time.sleep(5)
rows = sql("select status, count(*), max(attempts) from notification_outbox where channel = 'EMAIL' group by status")
print("e-mail outbox rows (status|count|max attempts):", rows.replace("\n", "; "))
received = [json.loads(line) for line in open(args.received)]
passed = failed = 0


def check(ok, what):
    global passed, failed
    passed, failed = passed + bool(ok), failed + (not ok)
    print(("PASS " if ok else "FAIL ") + what, flush=True)


check(len(accepted) == len(numbers), f"the clerk accepted every case ({len(accepted)} of {len(numbers)})")
emails = int(sql("select count(*) from notification_outbox where channel = 'EMAIL' and kind = 'ACCEPTED'"))
check(emails == len(accepted), f"one ACCEPTED e-mail notice per accepted case in the outbox ({emails})")
check(sql("select count(*) from notification_outbox where channel = 'EMAIL' and status <> 'SENT'") == "0",
      "every e-mail notice SENT (none PENDING or FAILED)")
retried = int(sql("select count(*) from notification_outbox where channel = 'EMAIL' and attempts > 1"))
check(retried > 0, f"the outage was felt: {retried} e-mails needed more than one attempt")
missing = [n for n in accepted if not any(n in m["subject"] + m["text"] for m in received)]
check(not missing, f"the sink received an e-mail for every accepted case (missing {missing[:5]})")
check(len(received) == len([m for m in received if any(n in m["subject"] + m["text"] for n in accepted)]),
      f"no stray e-mails ({len(received)} received)")
per_case = {n: sum(n in m["subject"] + m["text"] for m in received) for n in accepted}
duplicates = {n: c for n, c in per_case.items() if c > 1}
print(f"cases accepted before / during / after the outage: {len(phases['before'])} / {len(phases['during'])} / "
      f"{len(phases['after'])}; duplicated e-mails (at-least-once delivery): {len(duplicates)}")
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
