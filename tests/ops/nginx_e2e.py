#!/usr/bin/python3
"""The production layout, for real: packaging/nginx/coworking.conf (this very file, its ports and
certificate paths substituted) with a self-signed certificate in front of two coworking-server
instances and a coworking-runner on one PostgreSQL database. Drives the API and a live WebSocket
through https://127.0.0.1:PORT/api/..., then checks the monitoring configuration against what the
programs really emit: every metric that the alert rules and the Grafana dashboard query exists in
a real /metrics scrape, every field that the promtail pipeline reads exists in a real log line.

Usage: nginx_e2e.py SOURCE_DIR SERVER_BINARY RUNNER_BINARY
Needs nginx, openssl, psql, python3-websockets and python3-yaml (scripts/install-deps.sh
--with-test-tools) and a PostgreSQL server named by PGHOST/PGPORT/PGUSER/PGPASSWORD, as
pg_virtualenv sets them around ctest (scripts/test.sh).
"""

import asyncio
import datetime
import http.client
import json
import os
import re
import shutil
import socket
import ssl
import struct
import subprocess
import sys
import tempfile
import time
import urllib.parse
import uuid
import zlib

import websockets
import yaml

from checks import check, failures

SOURCE, SERVER, RUNNER = sys.argv[1:4]
DEADLINE_S = 20  # for anything this test waits for


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until(predicate, what):
    deadline = time.monotonic() + DEADLINE_S
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.05)
    raise SystemExit(f"timed out waiting for {what}")


def answers(port):
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


class Stack:
    def __init__(self, tmp):
        self.tmp = tmp
        self.procs = []
        self.http_port, self.https_port = free_port(), free_port()
        self.server_ports = [free_port(), free_port()]
        self.cert = os.path.join(tmp, "cert.pem")
        self.key = os.path.join(tmp, "key.pem")
        self.database = "cw_ops_" + uuid.uuid4().hex[:12]

    def start(self):
        subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                        "ec_paramgen_curve:prime256v1", "-nodes", "-days", "1", "-subj",
                        "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1", "-keyout",
                        self.key, "-out", self.cert], check=True, capture_output=True)
        subprocess.run(["psql", "-qX", "-v", "ON_ERROR_STOP=1", "-d", "postgres", "-c",
                        f"CREATE DATABASE {self.database}"], check=True)
        url = "postgresql://{}:{}@{}:{}/{}".format(
            urllib.parse.quote(os.environ.get("PGUSER", "postgres")),
            urllib.parse.quote(os.environ.get("PGPASSWORD", "")),
            os.environ.get("PGHOST", "localhost"), os.environ.get("PGPORT", "5432"),
            self.database)
        # One data directory, as the systemd units share /var/lib/coworking: the token key (a
        # token one instance signed is good at the other) and the uploaded files.
        data = os.path.join(self.tmp, "data")
        os.mkdir(data)
        common = ["--database", url, "--data-dir", data, "--log-format", "json",
                  "--runner-heartbeat", "1"]
        # The first instance applies the migrations and writes the key; then the others start.
        for i, port in enumerate(self.server_ports):
            self.spawn(f"server{i}", [SERVER, "serve", "--listen", f"127.0.0.1:{port}",
                                      "--trusted-proxies", "127.0.0.1,::1", "--threads", "2",
                                      *common])
            wait_until(lambda: answers(port), f"server {i} on port {port}")
        self.spawn("runner", [RUNNER, *common])
        self.start_nginx()

    def spawn(self, name, argv):
        log = open(os.path.join(self.tmp, name + ".log"), "wb")
        self.procs.append((name, subprocess.Popen(argv, stdout=log, stderr=log)))

    def site(self):
        """packaging/nginx/coworking.conf with this test's ports and certificate: every line
        replaced must be there once, so the file and this test cannot drift apart unnoticed."""
        with open(os.path.join(SOURCE, "packaging/nginx/coworking.conf")) as f:
            text = f.read()
        replacements = [
            ("    listen 80;\n", f"    listen 127.0.0.1:{self.http_port};\n"),
            ("    listen [::]:80;\n", ""),
            ("    listen 443 ssl http2;\n", f"    listen 127.0.0.1:{self.https_port} ssl http2;\n"),
            ("    listen [::]:443 ssl http2;\n", ""),
            ("server 127.0.0.1:8080 ", f"server 127.0.0.1:{self.server_ports[0]} "),
            ("server 127.0.0.1:8081 ", f"server 127.0.0.1:{self.server_ports[1]} "),
            ("/etc/letsencrypt/live/coworking.example.com/fullchain.pem", self.cert),
            ("/etc/letsencrypt/live/coworking.example.com/privkey.pem", self.key),
        ]
        for old, new in replacements:
            if text.count(old) != 1:
                raise SystemExit(f"coworking.conf: expected {old!r} once, "
                                 f"found it {text.count(old)} times")
            text = text.replace(old, new)
        return text

    def start_nginx(self):
        prefix = os.path.join(self.tmp, "nginx")
        os.mkdir(prefix)
        with open(os.path.join(prefix, "site.conf"), "w") as f:
            f.write(self.site())
        temp_paths = "".join(f"    {kind}_temp_path {prefix}/{kind};\n"
                             for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
        # As root nginx would hand its workers to "nobody", who cannot write the temp paths.
        user = "user root;\n" if os.geteuid() == 0 else ""
        with open(os.path.join(prefix, "nginx.conf"), "w") as f:
            f.write(f"{user}daemon off;\nworker_processes 1;\npid {prefix}/nginx.pid;\n"
                    f"error_log {prefix}/error.log warn;\nevents {{ worker_connections 256; }}\n"
                    f"http {{\n    access_log {prefix}/access.log;\n{temp_paths}"
                    f"    include {prefix}/site.conf;\n}}\n")
        argv = ["nginx", "-p", prefix, "-e", f"{prefix}/error.log", "-c",
                f"{prefix}/nginx.conf"]
        subprocess.run(argv + ["-t", "-q"], check=True)
        self.spawn("nginx", argv)
        wait_until(lambda: answers(self.https_port), "nginx")

    def stop(self):
        for name, proc in reversed(self.procs):
            proc.terminate()
        for name, proc in reversed(self.procs):
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
                failures.append(f"{name} did not stop on SIGTERM")
        subprocess.run(["psql", "-qX", "-d", "postgres", "-c",
                        f"DROP DATABASE IF EXISTS {self.database}"], check=False)

    def log_lines(self, name):
        with open(os.path.join(self.tmp, name + ".log"), encoding="utf-8") as f:
            return [json.loads(line) for line in f if line.startswith("{")]


class Client:
    """HTTPS to nginx, verifying its certificate; optionally from another loopback address."""

    def __init__(self, stack, source="127.0.0.1"):
        self.stack = stack
        self.ssl = ssl.create_default_context(cafile=stack.cert)
        self.source = source

    def request(self, method, path, body=None, token=None, headers=None):
        conn = http.client.HTTPSConnection("127.0.0.1", self.stack.https_port, timeout=30,
                                           context=self.ssl, source_address=(self.source, 0))
        all_headers = dict(headers or {})
        data = None
        if body is not None:
            data = body if isinstance(body, bytes) else json.dumps(body).encode()
            all_headers.setdefault("Content-Type", "application/json")
        if token:
            all_headers["Authorization"] = "Bearer " + token
        conn.request(method, path, body=data, headers=all_headers)
        reply = conn.getresponse()
        raw = reply.read()
        conn.close()
        try:
            payload = json.loads(raw) if raw else None
        except ValueError:
            payload = raw
        return reply.status, reply.headers, payload


def scrape(port):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request("GET", "/metrics")
    text = conn.getresponse().read().decode()
    conn.close()
    samples = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name_labels, value = line.rsplit(" ", 1)
            samples[name_labels] = float(value)
    return samples


def label_values(scrapes):
    """metric name -> label name -> the values seen, over every scrape."""
    seen = {}
    for samples in scrapes:
        for key in samples:
            name = re.match(r"[a-zA-Z_:][a-zA-Z0-9_:]*", key).group(0)
            labels = seen.setdefault(name, {})
            for label, value in re.findall(r'(\w+)="((?:[^"\\]|\\.)*)"', key):
                labels.setdefault(label, set()).add(value)
    return seen


def png(padding):
    """A valid 1x1 PNG made larger than the server's 1 MiB body limit by an ancillary chunk, as a
    photo would be: only an upload route may take it, and nginx must let it through."""
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"tEXt", b"Comment\0" + b"x" * padding)
            + chunk(b"IDAT", zlib.compress(b"\0\xff\x80\x00")) + chunk(b"IEND", b""))


def booking(spot, hour):
    # The day after tomorrow in Moscow (the coworking's time zone): open, and within the 30 days
    # a booking may be made in advance.
    day = (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(days=2)).date()
    return {"spot_id": spot, "time_from": f"{day}T{hour:02d}:00:00+03:00",
            "time_until": f"{day}T{hour + 1:02d}:00:00+03:00"}


async def live_snapshot_then_change(stack, client, coworking, token, spot):
    url = f"wss://127.0.0.1:{stack.https_port}/api/coworkings/{coworking}/live?access_token={token}"
    async with websockets.connect(url, ssl=client.ssl, open_timeout=DEADLINE_S) as ws:
        first = json.loads(await asyncio.wait_for(ws.recv(), DEADLINE_S))
        check(first.get("type") == "snapshot", f"wss:// live: the first message is a snapshot "
                                                f"({first.get('type')})")
        # A booking made at each instance directly reaches this subscriber, whichever instance
        # nginx gave it: changes cross instances through PostgreSQL.
        for hour, port in zip((15, 17), stack.server_ports):
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            conn.request("POST", "/bookings", json.dumps(booking(spot, hour)),
                         {"Authorization": "Bearer " + token, "Content-Type": "application/json"})
            status = conn.getresponse().status
            conn.close()
            check(status == 201, f"booking at instance :{port} while subscribed: 201 ({status})")
            change = json.loads(await asyncio.wait_for(ws.recv(), DEADLINE_S))
            check(change.get("type") == "booking" and change.get("event") == "created",
                  f"wss:// live: the booking made at :{port} arrives "
                  f"({change.get('type')} {change.get('event')})")


def drive(stack):
    client = Client(stack)

    # Plain HTTP only redirects, keeping the path.
    conn = http.client.HTTPConnection("127.0.0.1", stack.http_port, timeout=10)
    conn.request("GET", "/api/healthcheck?x=1")
    reply = conn.getresponse()
    check(reply.status == 301 and reply.headers["Location"] == "https://127.0.0.1/api/healthcheck?x=1",
          f"http:// redirects to https:// ({reply.status} {reply.headers['Location']})")
    conn.close()

    status, headers, body = client.request("GET", "/api/healthcheck")
    check(status == 200 and body.get("database") == "ok", f"/api/healthcheck: 200 ({body})")
    hsts = headers.get("Strict-Transport-Security", "")
    match = re.search(r"max-age=(\d+)", hsts)
    check(match is not None and int(match.group(1)) >= 31536000, f"HSTS for a year or more ({hsts})")

    # Protocols and ciphers: TLS 1.3 negotiated; TLS 1.2 without forward secrecy refused.
    with socket.create_connection(("127.0.0.1", stack.https_port)) as raw:
        with client.ssl.wrap_socket(raw, server_hostname="127.0.0.1") as tls:
            check(tls.version() == "TLSv1.3", f"TLS 1.3 negotiated ({tls.version()})")
    weak = ssl.create_default_context(cafile=stack.cert)
    weak.maximum_version = ssl.TLSVersion.TLSv1_2
    weak.set_ciphers("AES128-GCM-SHA256")  # RSA key exchange: no forward secrecy
    try:
        with socket.create_connection(("127.0.0.1", stack.https_port)) as raw:
            with weak.wrap_socket(raw, server_hostname="127.0.0.1"):
                refused = False
    except ssl.SSLError:
        refused = True
    check(refused, "a TLS 1.2 cipher without forward secrecy is refused")

    # Register, sign in, set up a coworking, book, and meet a conflict, all under /api.
    password = "correct horse battery staple"
    owner_mail, guest_mail = "owner@example.com", "guest@example.com"
    for mail, business in ((owner_mail, True), (guest_mail, False)):
        status, _, body = client.request("POST", "/api/users", {
            "email": mail, "full_name": "Ops " + mail, "password": password,
            "is_business": business})
        check(status == 201, f"register {mail}: 201 ({status} {body})")
    tokens = {}
    for mail in (owner_mail, guest_mail):
        status, _, body = client.request("POST", "/api/auth/login",
                                         {"email": mail, "password": password})
        check(status == 200, f"login {mail}: 200 ({status})")
        tokens[mail] = body["access_token"]
    owner, guest = tokens[owner_mail], tokens[guest_mail]
    status, _, body = client.request("POST", "/api/coworkings", {
        "name": "Ops hub", "description": "d", "address": "Street 1", "opens_at": "08:00",
        "closes_at": "20:00", "timezone": "Europe/Moscow"}, owner)
    check(status == 201, f"create a coworking: 201 ({status} {body})")
    coworking = body["id"]
    status, _, body = client.request("POST", f"/api/coworkings/{coworking}/spots", [
        {"name": "A", "description": "a", "position": 1}], owner)
    check(status == 201, f"create a spot: 201 ({status})")
    spot = body[0]["id"]
    status, _, body = client.request("POST", "/api/bookings", booking(spot, 10), guest)
    check(status == 201, f"book: 201 ({status} {body})")
    status, _, body = client.request("POST", "/api/bookings", booking(spot, 10), owner)
    check(status == 409 and body["error"]["code"] == "BOOKING_CONFLICT",
          f"the same spot again: 409 BOOKING_CONFLICT ({status})")
    status, _, _ = client.request("GET", "/api/metrics")
    check(status == 404, f"/api/metrics is not published ({status})")

    # Bodies over the limit: the server's 413 (1 MiB) and nginx's (10 MiB) look the same.
    status, _, body = client.request("POST", "/api/bookings", b"x" * (2 * 1024 * 1024), guest)
    check(status == 413 and body["error"]["code"] == "PAYLOAD_TOO_LARGE"
          and body["error"]["details"]["max_bytes"] == 1024 * 1024,
          f"2 MiB: the server's 413 ({status} {body})")
    conn = http.client.HTTPSConnection("127.0.0.1", stack.https_port, timeout=30,
                                       context=client.ssl)
    conn.putrequest("POST", f"/api/coworkings/{coworking}/images")
    conn.putheader("Content-Type", "image/png")
    conn.putheader("Content-Length", str(11 * 1024 * 1024))
    conn.endheaders()  # nginx answers from the header alone: no need to send 11 MiB
    reply = conn.getresponse()
    body = json.loads(reply.read())
    conn.close()
    check(reply.status == 413 and body["error"]["code"] == "PAYLOAD_TOO_LARGE"
          and body["error"]["details"]["max_bytes"] == 10 * 1024 * 1024
          and reply.headers.get_content_type() == "application/json",
          f"11 MiB: nginx's 413 in the API's shape ({reply.status} {body})")

    # An image above the 1 MiB body limit: nginx lets the upload through, and both instances
    # serve it (they share the data directory, as on a host).
    image = png(2 * 1024 * 1024)
    status, _, body = client.request("POST", f"/api/coworkings/{coworking}/images", image, owner,
                                     {"Content-Type": "image/png"})
    check(status == 201, f"a 2 MiB image uploaded through nginx: 201 ({status})")
    path = urllib.parse.urlsplit(body["url"]).path if status == 201 else "/storage/none"
    for port in stack.server_ports:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        conn.request("GET", path)
        reply = conn.getresponse()
        served = reply.read()
        conn.close()
        check(reply.status == 200 and len(served) > 1024 * 1024,
              f"instance :{port} serves the uploaded image ({reply.status}, {len(served)} bytes)")

    # Sign-in throttling as the alert counts it: failed attempts past --login-attempts (5) get
    # 429 on the route /auth/login.
    statuses = [client.request("POST", "/api/auth/login", {"email": guest_mail,
                                                           "password": "wrong"})[0]
                for _ in range(6)]
    check(statuses[-1] == 429, f"the 6th failed sign-in is throttled ({statuses})")

    # The client's address: nginx names it, the server trusts only nginx. From 127.0.0.2 with a
    # forged X-Forwarded-For, the access log shows 127.0.0.2.
    other = Client(stack, source="127.0.0.2")
    other.request("GET", "/api/no/such/path", headers={"X-Forwarded-For": "203.0.113.9"})
    other.request("GET", "/api/no/such/path")

    asyncio.run(live_snapshot_then_change(stack, client, coworking, guest, spot))

    # Both instances served requests (nginx balances across the upstream block).
    scrapes = [scrape(port) for port in stack.server_ports]
    for i, samples in enumerate(scrapes):
        answered = sum(v for k, v in samples.items()
                       if k.startswith("coworking_http_requests_total") and "/metrics" not in k)
        check(answered > 0, f"instance {i} answered requests through nginx ({answered:.0f})")
    wait_until(lambda: scrape(stack.server_ports[0]).get("coworking_runners_alive", 0) >= 1,
               "the runner's heartbeat in coworking_runners_alive")
    # The bookings' events: the runner handles them, so the outbox drains.
    wait_until(lambda: scrape(stack.server_ports[1]).get("coworking_outbox_pending_events") == 0,
               "the runner to handle the outbox (coworking_outbox_pending_events 0)")
    scrapes = [scrape(port) for port in stack.server_ports]

    # Both instances gone: nginx answers in the API's error shape, not with its HTML page.
    for name, proc in stack.procs:
        if name.startswith("server"):
            proc.terminate()
            proc.wait(timeout=10)
    status, headers, body = client.request("GET", "/api/coworkings")
    check(status == 503 and isinstance(body, dict) and body["error"]["code"] == "UNAVAILABLE"
          and headers.get("Retry-After") == "5",
          f"no instance up: 503 UNAVAILABLE as JSON with Retry-After ({status} {body})")
    return scrapes, coworking


def check_client_address(stack):
    lines = [line for name in ("server0", "server1") for line in stack.log_lines(name)]
    forged = [line for line in lines if line.get("route") == "unmatched"]
    check(len(forged) >= 2 and all(line.get("client") == "127.0.0.2" for line in forged),
          "access log: the client's own address, not nginx's nor a forged one "
          f"({[line.get('client') for line in forged]})")
    # nginx's $request_id (32 hex digits) names the request in the server's log too.
    check(all(re.fullmatch(r"[0-9a-f]{32}", line.get("request_id", "")) for line in forged),
          f"access log: the request id is nginx's X-Request-Id "
          f"({[line.get('request_id') for line in forged]})")
    return lines


def check_metrics_used(scrapes):
    seen = label_values(scrapes)
    used = {}
    with open(os.path.join(SOURCE, "packaging/prometheus/alerts.yml")) as f:
        for group in yaml.safe_load(f)["groups"]:
            for rule in group["rules"]:
                used.setdefault("alerts.yml", []).append(rule["expr"])
    dashboard_dir = os.path.join(SOURCE, "packaging/grafana/dashboards")
    for file in sorted(os.listdir(dashboard_dir)):
        with open(os.path.join(dashboard_dir, file)) as f:
            dashboard = json.load(f)
        for panel in dashboard["panels"]:
            for target in panel.get("targets", []):
                used.setdefault(file, []).append(target["expr"])
    check(len(used.get("alerts.yml", [])) >= 6, "alerts.yml has rules")
    for source, exprs in used.items():
        text = " ".join(exprs)
        for name in sorted(set(re.findall(r"\b(?:coworking|process)_[a-z_]+\b", text))):
            check(name in seen, f"{source}: {name} is in a real scrape")
        # Label matchers: the label exists on that metric, and a literal value (= or !=) is one
        # the server really writes. job and instance are Prometheus's own; $x is Grafana's.
        for name, matchers in re.findall(r'\b((?:coworking|process)_[a-z_]+)\{((?:[^}"]|"[^"]*")*)\}',
                                    text):
            for label, op, value in re.findall(r'(\w+)\s*(=~|!~|!=|=)\s*"([^"]*)"', matchers):
                if label in ("job", "instance") or name not in seen:
                    continue
                values = seen[name].get(label, set())
                check(bool(values), f"{source}: {name} has a label {label!r}")
                if op in ("=", "!=") and "$" not in value:
                    check(value in values, f"{source}: {name}{{{label}{op}{value!r}}} names a "
                                           "value a real scrape has")


def check_log_fields(stack, server_lines):
    with open(os.path.join(SOURCE, "packaging/loki/promtail.yml")) as f:
        promtail = yaml.safe_load(f)
    runner_lines = stack.log_lines("runner")
    check(len(runner_lines) > 0, f"the runner logs JSON ({len(runner_lines)} lines)")
    fields = set()
    for job in promtail["scrape_configs"]:
        for stage in job.get("pipeline_stages", []):
            if "json" in stage:
                fields.update(v or k for k, v in stage["json"]["expressions"].items())
    check(len(fields) >= 5, f"promtail reads fields ({sorted(fields)})")
    seen = set()
    for line in server_lines + runner_lines:
        seen.update(line)
    for field in sorted(fields):
        check(field in seen, f"promtail.yml: field {field!r} is in a real log line")


def main():
    for tool in ("nginx", "openssl", "psql"):
        if shutil.which(tool) is None and not os.path.exists(f"/usr/sbin/{tool}"):
            raise SystemExit(f"{tool} is missing: scripts/install-deps.sh --with-test-tools")
    os.environ["PATH"] += ":/usr/sbin"
    if "PGHOST" not in os.environ and "PGPORT" not in os.environ:
        raise SystemExit("no PostgreSQL: run inside pg_virtualenv (scripts/test.sh does)")
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="coworking-ops-") as tmp:
        stack = Stack(tmp)
        try:
            stack.start()
            scrapes, _ = drive(stack)
        except BaseException:
            for name, _ in stack.procs:
                print(f"--- {name}.log (tail)")
                with open(os.path.join(tmp, name + ".log"), errors="replace") as f:
                    print("".join(f.readlines()[-15:]))
            raise
        finally:
            stack.stop()
        server_lines = check_client_address(stack)
        check_metrics_used(scrapes)
        check_log_fields(stack, server_lines)
    print(f"{len(failures)} failed, took {time.monotonic() - started:.1f}s")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
