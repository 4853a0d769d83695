#!/usr/bin/env python3
"""Checks of fault test (d) (rabbitmq.sh): after the broker was stopped during a submission load and started again,
every submission answered 2xx has its application.submitted event in the outbox once, sent, and on the observer's
queue under one message id (exactly once after applying by id, as consumers do); nothing on
the queue that the outbox did not send. Redeliveries of the same id (at-least-once delivery) are counted, not
failed. Prints one FAIL line per failed check and ends with N passed, M failed; exit status 0 only when none failed.

  brokeroutage.py --submissions FILE --events FILE --psql "psql -h 127.0.0.1 -U postgres -d DB"
"""
import argparse
import json
import subprocess
import sys


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--submissions", required=True)
    parser.add_argument("--events", required=True)
    parser.add_argument("--psql", required=True)
    args = parser.parse_args()
    passed, failed = 0, 0

    def check(ok, what):
        nonlocal passed, failed
        if ok:
            passed += 1
        else:
            failed += 1
            print("FAIL", what)

    def sql(query):
        out = subprocess.run(args.psql.split() + ["-Atc", query], check=True, capture_output=True, text=True).stdout
        return [line.split("|") for line in out.splitlines() if line]

    submissions = [json.loads(line) for line in open(args.submissions)]
    numbers = [r["number"] for r in submissions if r.get("status") in (200, 201) and r.get("number")]
    check(len(numbers) > 0, "at least one submission was answered 2xx")

    rows = sql("select id, seq, case_number, sent_at is not null, attempts from exchange_event_outbox "
               "where routing_key = 'application.submitted'")
    outbox = {}
    seq_of = {}
    for event_id, seq, case_number, sent, attempts in rows:
        outbox.setdefault(case_number, []).append((event_id, sent == "t", int(attempts)))
        seq_of[event_id] = int(seq)
    print(f"{len(numbers)} submissions answered 2xx; {len(rows)} application.submitted events in the outbox; "
          f"{sum(1 for r in rows if int(r[4]) > 1)} needed more than one attempt")
    check(any(int(r[4]) > 1 for r in rows), "some events waited for the broker (the outage was felt)")

    deliveries = [json.loads(line) for line in open(args.events)]
    ids_of_case = {}
    duplicates = 0
    seen = set()
    for delivery in deliveries:
        message = delivery["message"]
        check(delivery["messageId"] == message.get("id"), f"message {delivery['messageId']}: its id is its message-id")
        check(message.get("schemaVersion") == 1, f"message {delivery['messageId']}: schema version 1")
        if delivery["messageId"] in seen:
            duplicates += 1
            continue
        seen.add(delivery["messageId"])
        ids_of_case.setdefault(message.get("caseNumber"), set()).add(delivery["messageId"])
    print(f"{len(deliveries)} messages on the queue, {len(seen)} distinct ids, {duplicates} duplicate deliveries "
          f"(at least once; applied once by id)")

    for number in numbers:
        events = outbox.get(number, [])
        check(len(events) == 1, f"{number}: one application.submitted event in the outbox ({len(events)})")
        check(all(sent for _, sent, _ in events), f"{number}: its event was sent (confirmed by the broker)")
        ids = ids_of_case.get(number, set())
        check(len(ids) == 1 and ids == {e[0] for e in events},
              f"{number}: its event reached the queue under exactly one id ({len(ids)})")
    stray = [i for i in seen if i not in seq_of]
    check(not stray, f"no message on the queue that the outbox did not send ({len(stray)})")

    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
