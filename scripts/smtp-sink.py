#!/usr/bin/env python3
"""A local SMTP sink for the tests: accepts every message on 127.0.0.1:PORT and writes each, raw, to FOLDER.

    smtp-sink.py PORT FOLDER
"""
import os
import sys
import time
import uuid

from aiosmtpd.controller import Controller


class Save:
    def __init__(self, folder):
        self.folder = folder

    async def handle_DATA(self, server, session, envelope):
        name = os.path.join(self.folder, f"{time.time():.6f}-{uuid.uuid4().hex}.eml")
        with open(name, "wb") as out:
            out.write(b"X-Envelope-To: " + ",".join(envelope.rcpt_tos).encode() + b"\r\n")
            out.write(envelope.original_content)
        return "250 OK"


if __name__ == "__main__":
    port, folder = int(sys.argv[1]), sys.argv[2]
    os.makedirs(folder, exist_ok=True)
    controller = Controller(Save(folder), hostname="127.0.0.1", port=port)
    controller.start()
    print(f"SMTP sink on 127.0.0.1:{port}, messages in {folder}", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        controller.stop()
