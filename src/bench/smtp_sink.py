#!/usr/bin/env python3
"""A minimal SMTP server for benchmarks: accepts every mail, answers each after DELAY_MS, and writes
one line per mail to OUT: the client's EHLO name (which Urpaq instance sent it) and the Message-ID.
Usage: smtp_sink.py PORT OUT [DELAY_MS]. Plain SMTP, no TLS, no AUTH: for 127.0.0.1 only."""
import re
import socketserver
import sys
import threading
import time

PORT = int(sys.argv[1])
OUT = sys.argv[2]
DELAY = (int(sys.argv[3]) if len(sys.argv) > 3 else 0) / 1000.0
lock = threading.Lock()


class Session(socketserver.StreamRequestHandler):
    def reply(self, line):
        self.wfile.write((line + "\r\n").encode())
        self.wfile.flush()

    def handle(self):
        helo = "?"
        self.reply("220 sink ESMTP")
        while True:
            raw = self.rfile.readline()
            if not raw:
                return
            command = raw.decode("utf-8", "replace").strip()
            verb = command[:4].upper()
            if verb in ("EHLO", "HELO"):
                helo = command[5:].strip() or "?"
                self.reply("250-sink" if verb == "EHLO" else "250 sink")
                if verb == "EHLO":
                    self.reply("250 8BITMIME")
            elif verb == "DATA":
                self.reply("354 go ahead")
                message_id = "?"
                while True:
                    line = self.rfile.readline()
                    if not line or line in (b".\r\n", b".\n"):
                        break
                    match = re.match(rb"(?i)^message-id:\s*(\S+)", line)
                    if match and message_id == "?":
                        message_id = match.group(1).decode()
                time.sleep(DELAY)
                with lock, open(OUT, "a") as out:
                    out.write(f"{helo} {message_id}\n")
                self.reply("250 queued")
            elif verb == "QUIT":
                self.reply("221 bye")
                return
            else:  # MAIL, RCPT, RSET, NOOP
                self.reply("250 ok")


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


if __name__ == "__main__":
    with Server(("127.0.0.1", PORT), Session) as server:
        server.serve_forever()
