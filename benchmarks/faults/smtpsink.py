#!/usr/bin/env python3
"""A minimal SMTP sink for fault test (c), standard library only: accepts every message on --port and appends each,
decoded (subject and text), as one JSON line to --out. No TLS, no authentication: for a local test only."""
import argparse
import email
import email.policy
import json
import socketserver
import threading

parser = argparse.ArgumentParser()
parser.add_argument("--port", type=int, default=2525)
parser.add_argument("--out", required=True)
args = parser.parse_args()
lock = threading.Lock()


class Session(socketserver.StreamRequestHandler):
    def reply(self, line):
        self.wfile.write((line + "\r\n").encode())

    def handle(self):
        self.reply("220 tongban-sink ESMTP")
        recipients = []
        while True:
            line = self.rfile.readline()
            if not line:
                return
            command = line.decode("utf-8", "replace").strip()
            verb = command[:4].upper()
            if verb == "EHLO":
                self.reply("250-tongban-sink")
                self.reply("250-8BITMIME")
                self.reply("250 SMTPUTF8")
            elif verb == "HELO":
                self.reply("250 tongban-sink")
            elif verb == "MAIL":
                recipients = []
                self.reply("250 OK")
            elif verb == "RCPT":
                recipients.append(command.split(":", 1)[1].strip())
                self.reply("250 OK")
            elif verb == "DATA":
                self.reply("354 End data with <CR><LF>.<CR><LF>")
                data = bytearray()
                while True:
                    chunk = self.rfile.readline()
                    if not chunk or chunk in (b".\r\n", b".\n"):
                        break
                    data += chunk[1:] if chunk.startswith(b"..") else chunk
                message = email.message_from_bytes(bytes(data), policy=email.policy.default)
                body = message.get_body(preferencelist=("plain", "html"))
                with lock, open(args.out, "a") as out:
                    out.write(json.dumps({"to": recipients, "subject": str(message["subject"]),
                                          "text": body.get_content() if body else ""}, ensure_ascii=False) + "\n")
                self.reply("250 OK queued")
            elif verb == "QUIT":
                self.reply("221 Bye")
                return
            else:  # RSET, NOOP and the rest
                self.reply("250 OK")


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


Server(("127.0.0.1", args.port), Session).serve_forever()
