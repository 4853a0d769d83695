#!/usr/bin/env python3
"""Submission load for the fault tests (issue 6, item 4), with no dependency beyond Python 3's standard library.

  submitload.py load   --base URL --out FILE --seconds N --workers N   drive submissions, one JSON line per submission
  submitload.py verify --base URL --out FILE --psql "psql ... -d DB"   check every submission, print N passed, M failed

Each worker logs in as the demo enterprise, starts a draft of the food licence, answers it, uploads two ~100 KB PDFs
(their SHA-256 kept) and submits with an Idempotency-Key. An answer that is not a definite one (connection refused or
reset, timeout, 5xx) is an unknown outcome: the worker retries with the same key until it gets a definite one.
"""
import argparse
import hashlib
import http.client
import json
import os
import subprocess
import sys
import threading
import time
import urllib.parse
import uuid

USER = os.environ.get("TONGBAN_APPLICANT", "91210202MA0Q5K7D3U")
PASSWORD = os.environ.get("TONGBAN_PASSWORD", "Tongban#2026")
MATTER = "SCJGJ-SPJYXK"
ANSWERS = {"agent": ["NO"], "premisesAddress": ["D市中山区人民路88号"], "premisesArea": ["120"],
           "diningArea": ["60"], "online": ["NO"], "businessForm": ["CATERING_RESTAURANT"], "items": ["HOT", "COLD"],
           "vending": ["NO"], "safetyManager": ["王小红"], "safetyManagerMobile": ["13912345678"],
           "staffCount": ["8"], "truthful": ["true"]}
MATERIALS = ("M04", "M05")


def resident_id(first17="21020219800101123"):
    """An 18-character resident ID number with its GB 11643 check character."""
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return first17 + "10X98765432"[sum(int(d) * w for d, w in zip(first17, weights)) % 11]


# Asked of the applicant only when the registries did not fill them in.
FALLBACK = {"legalRepIdNumber": [resident_id()], "mobile": ["13912345678"]}


class Unknown(Exception):
    """The request may or may not have taken effect."""


def pdf(marker, size=100 * 1024):
    """A one-page PDF of about `size` bytes whose page text holds `marker`; the padding is a PDF comment."""
    text = f"BT /F1 12 Tf 72 720 Td ({marker}) Tj ET".encode()
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n" % len(text) + text + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    padding = size - 700
    while padding > 0:
        line = min(padding, 100)
        out += b"%" + os.urandom(line // 2).hex().encode()[: line - 2] + b"\n"
        padding -= line
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


class Client:
    def __init__(self, base, timeout=15):
        parsed = urllib.parse.urlparse(base)
        self.host, self.port, self.timeout = parsed.hostname, parsed.port or 80, timeout
        self.token = None

    def request(self, method, path, body=None, headers=None, raw=False):
        """(status, parsed JSON or bytes); raises Unknown when the outcome cannot be known."""
        connection = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
        all_headers = {"Accept": "application/json, */*"}
        if self.token:
            all_headers["Authorization"] = "Bearer " + self.token
        all_headers.update(headers or {})
        try:
            connection.request(method, path, body=body, headers=all_headers)
            response = connection.getresponse()
            data = response.read()
        except (OSError, http.client.HTTPException) as failure:
            raise Unknown(f"{method} {path}: {type(failure).__name__} {failure}") from failure
        finally:
            connection.close()
        if response.status >= 500:
            raise Unknown(f"{method} {path}: {response.status} {data[:200]!r}")
        if raw:
            return response.status, data
        try:
            return response.status, json.loads(data) if data else None
        except ValueError:
            return response.status, data

    def json(self, method, path, payload, headers=None):
        return self.request(method, path, json.dumps(payload).encode(),
                            {"Content-Type": "application/json", **(headers or {})})

    def log_in(self):
        self.token = None
        status, body = self.json("POST", "/api/v1/auth/login", {"username": USER, "password": PASSWORD})
        if status != 200:
            raise Unknown(f"log-in: {status} {body}")
        self.token = body["token"]
        return True

    def upload(self, draft, material, name, content):
        boundary = uuid.uuid4().hex
        body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"material\"\r\n\r\n{material}\r\n"
                f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n"
                f"Content-Type: application/pdf\r\n\r\n").encode() + content + f"\r\n--{boundary}--\r\n".encode()
        return self.request("POST", f"/api/v1/drafts/{draft}/materials", body,
                            {"Content-Type": f"multipart/form-data; boundary={boundary}"})


def expect(status, wanted, what, body):
    if status == 401:
        raise Unknown(f"{what}: 401, logged out (a restart?)")
    assert status in wanted, f"{what}: {status} {str(body)[:300]}"


def until_known(step, deadline, what, log):
    """Repeats `step` (idempotent) while its outcome is unknown; None once the deadline passed."""
    while time.time() < deadline:
        try:
            return step()
        except Unknown as failure:
            log(what, str(failure))
            time.sleep(0.5)
    return None


def worker(args, index, stop_at, records, lock):
    client = Client(args.base)
    give_up = stop_at + args.grace

    def log(what, failure):
        with lock:
            print(f"[w{index}] unknown outcome of {what}: {failure}", file=sys.stderr, flush=True)

    while time.time() < stop_at:
        if until_known(client.log_in, give_up, "log-in", log) is None:
            return
        try:
            status, draft = client.json("POST", "/api/v1/drafts", {"matterCode": MATTER})
            expect(status, (201,), "draft", draft)
            draft_id = draft["id"]
            answers = dict(ANSWERS)
            answers.update({k: v for k, v in FALLBACK.items() if not (draft.get("answers") or {}).get(k)})
            status, body = client.json("PUT", f"/api/v1/drafts/{draft_id}", {"answers": answers})
            expect(status, (200,), "answers", body)
            hashes = {}
            for material in MATERIALS:
                content = pdf(f"{material} of {draft_id}")
                status, body = client.upload(draft_id, material, f"{material}.pdf", content)
                expect(status, (200, 201), "upload", body)
                hashes[body["attachmentId"]] = hashlib.sha256(content).hexdigest()
        except (Unknown, AssertionError) as failure:
            # Before the submission nothing is promised: an abandoned draft is the applicant's to delete.
            log("draft", str(failure))
            time.sleep(0.5 if isinstance(failure, Unknown) else 2)
            continue
        key = str(uuid.uuid4())
        record = {"draft": draft_id, "key": key, "materials": hashes, "attempts": 0, "unknown": 0}
        while True:
            record["attempts"] += 1
            try:
                status, body = client.request("POST", f"/api/v1/drafts/{draft_id}/submit", b"",
                                              {"Idempotency-Key": key})
            except Unknown as failure:
                record["unknown"] += 1
                log("submit", str(failure))
                if time.time() > give_up:
                    record.update(status=None, error=str(failure))
                    break
                time.sleep(0.5)
                continue
            if status == 401:
                until_known(client.log_in, give_up, "log-in", log)
                continue
            record.update(status=status, number=(body or {}).get("number") if isinstance(body, dict) else None)
            if status >= 300:
                record["error"] = str(body)[:500]
            break
        with lock:
            records.write(json.dumps(record) + "\n")
            records.flush()


def load(args):
    stop_at = time.time() + args.seconds
    lock = threading.Lock()
    with open(args.out, "a") as records:
        threads = [threading.Thread(target=worker, args=(args, i, stop_at, records, lock), daemon=True)
                   for i in range(args.workers)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()


def sql(args, query):
    return subprocess.run(args.psql.split() + ["-Atc", query], check=True, capture_output=True,
                          text=True).stdout.strip()


def verify(args):
    client = Client(args.base, timeout=60)
    client.log_in()
    records = [json.loads(line) for line in open(args.out)]
    passed, failed = 0, 0

    def check(ok, what):
        nonlocal passed, failed
        if ok:
            passed += 1
        else:
            failed += 1
            print("FAIL", what)

    accepted = [r for r in records if r.get("status") in (200, 201)]
    check(len(accepted) > 0, "at least one submission was answered 2xx")
    for record in records:
        if record.get("status") not in (200, 201):
            # A definite refusal is a failure of the platform too: a valid submission must be taken.
            check(False, f"submission of draft {record['draft']} ended {record.get('status')}: {record.get('error')}")
    for record in accepted:
        number, where = record["number"], f"{record['number']} (draft {record['draft']})"
        status, detail = client.request("GET", f"/api/v1/applications/{number}")
        check(status == 200 and detail["id"] == record["draft"], f"{where}: readable by number ({status})")
        if status != 200:
            continue
        for attachment, expected in record["materials"].items():
            status, content = client.request("GET", f"/api/v1/drafts/{record['draft']}/materials/{attachment}",
                                              raw=True)
            check(status == 200 and hashlib.sha256(content).hexdigest() == expected,
                  f"{where}: material {attachment} intact ({status})")
        counts = sql(args, f"""select (select count(*) from application_application where number = '{number}'),
            (select count(*) from application_submission_key where idempotency_key = '{record['key']}'),
            (select count(*) from approval_case where number = '{number}'),
            (select count(*) from supervision_clock where case_number = '{number}')""")
        check(counts == "1|1|1|1", f"{where}: exactly once as application|key|case|clock, found {counts}")
    retried = [r for r in accepted if r["unknown"] > 0]
    # Every application of the load's drafts has one number, and no submission made a second application.
    drafts = ",".join(f"'{r['draft']}'" for r in records) or "null"
    check(sql(args, f"select count(*) from application_application where id::varchar in ({drafts})"
              " and number is not null") == str(len(accepted)), "no application beyond the 2xx ones")
    print(f"submissions {len(records)}, answered 2xx {len(accepted)}, of which retried after an unknown outcome "
          f"{len(retried)}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("command", choices=["load", "verify"])
    parser.add_argument("--base", default="http://127.0.0.1:8090")
    parser.add_argument("--out", required=True)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--grace", type=int, default=90, help="seconds to keep retrying unknown outcomes")
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--psql", default="psql -h 127.0.0.1 -U postgres -d tongban_faults")
    arguments = parser.parse_args()
    sys.exit(load(arguments) if arguments.command == "load" else verify(arguments))
