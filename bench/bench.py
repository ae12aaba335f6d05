#!/usr/bin/env python3
"""Measures the running app against the store's own CLI (sqlite3 or psql) on the same database. Started by bench/run."""
import argparse
import concurrent.futures
import datetime
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

ADMIN = "bench@bench.imeiportal.test"
PASSWORD = "Bench!2026pw"
NETWORK_KEY = "bench-network-key"
# Quoted: the same SQL reads the same columns on SQLite and on PostgreSQL (whose names keep the model's case).
SIM_COLUMNS = ", ".join(f'"{c}"' for c in (
    "Iccid", "Imsi", "Msisdn", "Network", "PartnerId", "CustomerId", "Status", "Imei", "ImeiLock", "ImeiStatus",
    "ImeiLastSeenAt", "FirstImeiAfterTrigger", "FrequentImeiChanges", "TacChanged", "CreatedAt"))
DIFFERED = 3


def parse_args():
    p = argparse.ArgumentParser()
    p.add_argument("--db", required=True, help="the SQLite file, or with --provider postgresql the Npgsql connection string")
    p.add_argument("--provider", choices=("sqlite", "postgresql"), default="sqlite")
    p.add_argument("--bin", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--sims", type=int, default=1_000_000)
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--port", type=int, default=5299)
    p.add_argument("--ingest", type=int, default=200_000, help="detections posted in the ingest test")
    p.add_argument("--clients", type=int, default=4, help="concurrent ingest clients")
    p.add_argument("--only", default="list,csv,xlsx,ingest,authorize", help="comma-separated parts to run (also: console)")
    p.add_argument("--seconds", type=int, default=10, help="length of each wrk pass (authorize, /health/live)")
    p.add_argument("--connections", type=int, default=16, help="requests in flight in the wrk passes")
    p.add_argument("--pages", type=int, default=50, help="open SIM lists in the console memory measurement")
    p.add_argument("--json", help="also write every run's raw figures here (for bench/compare)")
    return p.parse_args()


# Every run's raw figure by measurement, in run order: bench/compare pairs them across two builds.
SAMPLES = {}


class SqliteStore:
    """The SQLite file: read by Python's sqlite3, timed by the sqlite3 CLI."""
    cli = "sqlite3 CLI"

    def __init__(self, db):
        self.db = db

    port = None  # no server: SQLite works inside the app
    # Where a SIM's columns are read from.
    sims = '"Sims"'

    def app_settings(self):
        return {"ConnectionStrings__Portal": f"Data Source={self.db}"}

    def rows(self, sql, params=()):
        with sqlite3.connect(self.db) as con:
            return con.execute(sql, params).fetchall()

    def timed(self, sql, csv=False):
        # The app's background checkpoint briefly takes the write lock: wait for it like the app's connections do.
        args = ["sqlite3", "-cmd", ".timeout 10000"] + (["-csv", "-header"] if csv else []) + [self.db, sql]
        start = time.perf_counter()
        subprocess.run(args, check=True, stdout=subprocess.DEVNULL)
        return time.perf_counter() - start

    def timed_csv(self, select):
        return self.timed(select, csv=True)

    def timed_query(self, sql):
        """A list's statements, timed as one sqlite3 process (it opens the file in about a millisecond)."""
        return self.timed(sql)

    # A prefix search as the app runs it: SQLite's LIKE ignores case unless told not to (the app's search is exact).
    prefix_setup = "PRAGMA case_sensitive_like=ON; "

    def ingest_sql(self, tag):
        """One transaction updating 10,000 random SIMs' last-seen and history head and appending as many detections."""
        return ("BEGIN; WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000) "
                "UPDATE Sims SET ImeiLastSeenAt = '2026-01-01 00:00:00', Version = Version + 1, LastDetectionId = 1 "
                "WHERE Id IN (SELECT abs(random()) % (SELECT max(Id) FROM Sims) + 1 FROM n); "
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000) "
                "INSERT INTO Detections (PreviousId, DetectionId, SimId, Iccid, Imei, ObservedAt, ReceivedAt, Result) "
                f"SELECT i, '{tag}-' || i, abs(random()) % (SELECT max(Id) FROM Sims) + 1, '0', NULL, "
                "'2026-01-01 00:00:00', '2026-01-01 00:00:00', 1 FROM n; ROLLBACK;")


class PostgresStore:
    """A PostgreSQL database, read and timed by psql."""
    cli = "psql"
    # A SIM's "last seen" is in a table of its own on PostgreSQL (PostgreSqlPortalDbContext); the app joins it too.
    sims = '"Sims" JOIN "SimLastSeen" USING ("Id")'

    def __init__(self, connection_string):
        self.connection_string = connection_string
        parts = dict(p.split("=", 1) for p in connection_string.split(";") if "=" in p)
        lower = {k.strip().lower(): v for k, v in parts.items()}
        self.port = int(lower.get("port", "5432"))
        self.psql = ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", lower.get("host", "127.0.0.1"),
                     "-p", lower.get("port", "5432"), "-U", lower.get("username", lower.get("user id", "postgres")),
                     "-d", lower.get("database", "postgres")]

    def app_settings(self):
        return {"Database__Provider": "PostgreSQL", "ConnectionStrings__Portal": self.connection_string}

    def rows(self, sql, params=()):
        for value in params:
            sql = sql.replace("?", str(int(value)), 1)
        out = subprocess.run(self.psql + ["-At", "-F", "\t", "-c", sql], check=True, capture_output=True, text=True).stdout
        return [tuple(None if v == "" else v for v in line.split("\t")) for line in out.splitlines() if line]

    def timed(self, sql, csv=False):
        start = time.perf_counter()
        subprocess.run(self.psql + ["-At", "-c", sql], check=True, stdout=subprocess.DEVNULL)
        return time.perf_counter() - start

    def timed_csv(self, select):
        start = time.perf_counter()
        subprocess.run(self.psql + ["-c", f"\\copy ({select}) to stdout with csv header"], check=True, stdout=subprocess.DEVNULL)
        return time.perf_counter() - start

    def timed_query(self, sql):
        """A list's statements as psql's \\timing reports them (sent, run, answered): without the 30-40 ms psql takes to
        start and connect, which a portal's pooled connection never pays."""
        out = subprocess.run(self.psql + ["-At", "-c", "\\timing on", "-c", sql], check=True, capture_output=True, text=True).stdout
        return sum(float(l.split()[1]) for l in out.splitlines() if l.startswith("Time: ")) / 1000

    prefix_setup = ""

    def ingest_sql(self, tag):
        # As the app writes them here: the SIM row (version, history head) and its "last seen" row.
        return ('BEGIN; CREATE TEMP TABLE v ON COMMIT DROP AS SELECT DISTINCT floor(random() * (SELECT max("Id") FROM "Sims"))::bigint + 1 AS id '
                'FROM generate_series(1, 10000); '
                'UPDATE "Sims" SET "Version" = "Version" + 1, "LastDetectionId" = 1 WHERE "Id" IN (SELECT id FROM v); '
                'UPDATE "SimLastSeen" SET "ImeiLastSeenAt" = \'2026-01-01 00:00:00+00\' WHERE "Id" IN (SELECT id FROM v); '
                'INSERT INTO "Detections" ("Id", "PreviousId", "DetectionId", "SimId", "Iccid", "Imei", "ObservedAt", "ReceivedAt", "Result") '
                f'SELECT m.top + i, i, \'{tag}-\' || i, floor(random() * m.sims)::bigint + 1, \'0\', NULL, '
                '\'2026-01-01 00:00:00+00\', \'2026-01-01 00:00:00+00\', 1 FROM generate_series(1, 10000) AS i, '
                '(SELECT (SELECT max("Id") FROM "Detections") AS top, (SELECT max("Id") FROM "Sims") AS sims) AS m; ROLLBACK;')


class App:
    """The portal as a child process, with its memory read from /proc."""

    def __init__(self, args):
        self.args = args
        self.base = f"http://127.0.0.1:{args.port}"
        self.proc = None
        self.token = None

    def start(self):
        # A portal left running on the port (an earlier run, a hand-started one) would answer in this one's place, and
        # its figures would pass for this build's: refuse instead.
        try:
            urllib.request.urlopen(self.base + "/health/live", timeout=2)
            answered = True
        except urllib.error.HTTPError:
            answered = True
        except (urllib.error.URLError, ConnectionError):
            answered = False
        if answered:
            sys.exit(f"something already answers on {self.base}: stop it, or pass another --port")
        env = dict(os.environ, **self.args.store.app_settings(),
                   Seed__AdminEmail=ADMIN, Seed__AdminPassword=PASSWORD, Seed__Demo="false",
                   Network__ApiKey=NETWORK_KEY, ASPNETCORE_ENVIRONMENT="Production",
                   RateLimiting__LoginPerMinute="100000", RateLimiting__NetworkPerSecond="100000",
                   Logging__LogLevel__Default="Warning")
        log = open(os.path.join(os.path.dirname(self.args.out), "app.log"), "ab")
        self.proc = subprocess.Popen([self.args.bin, "--urls", self.base], env=env, stdout=log, stderr=log,
                                     cwd=os.path.dirname(self.args.out))
        deadline = time.time() + 120
        while time.time() < deadline:
            if self.proc.poll() is not None:
                sys.exit(f"app exited with {self.proc.returncode}; see bench/out/app.log")
            try:
                self.token = self.login()
                return
            except urllib.error.HTTPError as e:
                sys.exit(f"bench login answered {e.code}: the database was started with other seed users; "
                         "delete it to have bench/run generate a fresh one")
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.3)
        sys.exit("app did not start within 120 s")

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None

    def restart(self):
        self.stop()
        self.start()

    def memory_kb(self, field):
        with open(f"/proc/{self.proc.pid}/status") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
        return 0

    def login(self):
        body = json.dumps({"email": ADMIN, "password": PASSWORD}).encode()
        req = urllib.request.Request(self.base + "/api/auth/login", body, {"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=30) as r:
            return json.load(r)["accessToken"]

    def get(self, path, sink=None):
        """Returns (status, seconds, bytes); the body is read to the end (and optionally kept)."""
        req = urllib.request.Request(self.base + path, headers={"Authorization": "Bearer " + self.token})
        start = time.perf_counter()
        size = 0
        try:
            with urllib.request.urlopen(req, timeout=600) as r:
                while chunk := r.read(1 << 16):
                    size += len(chunk)
                    if sink:
                        sink.write(chunk)
                return r.status, time.perf_counter() - start, size
        except urllib.error.HTTPError as e:
            e.read()
            return e.code, time.perf_counter() - start, 0

    def post(self, path, body, headers):
        req = urllib.request.Request(self.base + path, body, dict(headers, **{"Content-Type": "application/json"}))
        try:
            with urllib.request.urlopen(req, timeout=600) as r:
                return r.status, r.read()
        except urllib.error.HTTPError as e:
            return e.code, e.read()


def download(app, path):
    """Returns (status, seconds, bytes) of a download by curl: a Python client would take a core of its own
    on a 2-core machine to read a 150 MB body, and slow the app it measures."""
    out = subprocess.run(["curl", "-s", "-o", "/dev/null", "-w", "%{http_code} %{time_total} %{size_download}",
                          "-H", "Authorization: Bearer " + app.token, app.base + path],
                         check=True, capture_output=True, text=True).stdout.split()
    return int(out[0]), float(out[1]), int(out[2])


def cpu_seconds(*pids):
    """utime + stime of the processes, from /proc (a process gone meanwhile counts 0)."""
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])
        except (FileNotFoundError, ProcessLookupError):
            pass
    return total / os.sysconf("SC_CLK_TCK")


def postgres_pids(port):
    """The server listening on the port and its processes (backends, writers); other clusters on the machine are not."""
    if port is None:
        return []
    procs = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open(f"/proc/{name}/comm") as f:
                    if f.read().strip() != "postgres":
                        continue
                with open(f"/proc/{name}/cmdline") as f:
                    command = f.read().split("\0")
                with open(f"/proc/{name}/status") as f:
                    parent = next(int(l.split()[1]) for l in f if l.startswith("PPid:"))
                procs[int(name)] = (command, parent)
            except (OSError, StopIteration):
                pass
    server = next((pid for pid, (command, _) in procs.items() if "-p" in command and str(port) in command), None)
    return [] if server is None else [server] + [pid for pid, (_, parent) in procs.items() if parent == server]


def median(values):
    return statistics.median(values) if values else None


def ms(seconds):
    return "n/a" if seconds is None else f"{seconds * 1000:.1f} ms"


def sec(seconds):
    return "n/a" if seconds is None else f"{seconds:.2f} s"


def ratio(a, b):
    return "n/a" if a is None or not b else f"{a / b:.2f}x"


def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def measure_list(app, args, results):
    one = app.get("/api/sims?pageSize=1")[0]
    if one in (404, 405):
        results.append(("SIM list, imeiStatus=Differed, first page", "endpoint missing", "", "", ""))
        results.append(("SIM list, search by ICCID prefix, first page", "endpoint missing", "", "", ""))
        return
    store = args.store
    iccid = store.rows('SELECT "Iccid" FROM "Sims" ORDER BY "Id" LIMIT 1 OFFSET ?', (min(123_456, args.sims // 2),))[0][0]
    prefix = iccid[:15]

    def page(where):
        # As the app pages (SimService.ListAsync): the page's ids first, then those SIMs' columns, so a table the SIM is
        # split into (PostgreSQL's last seen) is joined for the page's rows, not for every match.
        return (f'SELECT {SIM_COLUMNS} FROM {store.sims} WHERE "Id" IN '
                f'(SELECT "Id" FROM "Sims" WHERE {where} ORDER BY "Iccid" LIMIT 50) ORDER BY "Iccid"; ')

    cases = [
        ("SIM list, imeiStatus=Differed, first page", "/api/sims?imeiStatus=Differed&pageSize=50",
         page(f'"ImeiStatus" = {DIFFERED}')
         + f'SELECT count(*) FROM "Sims" WHERE "ImeiStatus" = {DIFFERED};'),
        (f"SIM list, search={prefix} (prefix), first page", f"/api/sims?search={prefix}&pageSize=50",
         store.prefix_setup
         + page(f'"Iccid" LIKE \'{prefix}%\' OR "Imsi" LIKE \'{prefix}%\' OR "Msisdn" LIKE \'{prefix}%\' OR "Imei" LIKE \'{prefix}%\'')
         + f'SELECT count(*) FROM "Sims" WHERE "Iccid" LIKE \'{prefix}%\' OR "Imsi" LIKE \'{prefix}%\' OR "Msisdn" LIKE \'{prefix}%\' OR "Imei" LIKE \'{prefix}%\';'),
    ]
    for name, path, sql in cases:
        # Warm-up. A running server has answered this list many times; 3 requests measured the JIT's first tiers
        # instead (a method is recompiled optimised after 30 calls), and a build with more code paths paid more for it.
        for _ in range(100):
            app.get(path)
        for _ in range(3):  # the CLI's page cache
            store.timed_query(sql)
        api = []
        cli = []
        for _ in range(max(args.runs, 5) * 4):
            status, seconds, _ = app.get(path)
            if status != 200:
                sys.exit(f"{path} answered {status}")
            api.append(seconds)
            cli.append(store.timed_query(sql))
        SAMPLES["SIM list, " + ("Differed" if "Differed" in path else "ICCID prefix") + ", ms"] = [a * 1000 for a in api]
        paired = median([a / c for a, c in zip(api, cli)])
        results.append((name, ms(median(api)), ms(median(cli)), f"{paired:.2f}x", "target <= 20 ms and <= 2x"))


def measure_console(app, args, results):
    """The SIM list page in Chromium (ImeiPortal.Tools console): filter latency beside the API answering the same
    lists, and the server's resident memory growth per open SIM list circuit."""
    tools = os.path.join(os.path.dirname(args.bin), "..", "..", "..", "..", "ImeiPortal.Tools", "bin", "Release", "net10.0",
                         "ImeiPortal.Tools")
    out = subprocess.run([tools, "console", "--url", app.base, "--email", ADMIN, "--password", PASSWORD,
                          "--pid", str(app.proc.pid), "--pages", str(args.pages), "--rounds", str(max(args.runs, 5) * 4)],
                         check=True, capture_output=True, text=True, timeout=1800).stdout
    figures = json.loads(out.strip().splitlines()[-1])
    api = []
    for i in range(len(figures["filterMs"])):
        status = ["Locked", "Differed", "Armed", "Neutral"][i % 4]
        code, seconds, _ = app.get(f"/api/sims?imeiStatus={status}&pageSize=50")
        if code != 200:
            sys.exit(f"/api/sims answered {code}")
        api.append(seconds * 1000)
    SAMPLES["console filter, ms"] = figures["filterMs"]
    page = median(figures["filterMs"])
    results.append(("SIM list page, IMEI status filter to rendered rows (Chromium)", f"{page:.0f} ms",
                    f"{median(api):.0f} ms (API, same lists)", f"{page / median(api):.1f}x", "target p50 <= 300 ms"))
    # The first pages' growth includes what a server does once under load (tiered JIT, pools); the next pages' is what
    # one more circuit costs a warm server. Both are reported; the first is the one held against the target.
    pages = figures["pages"]
    first = (figures["afterKb"] - figures["beforeKb"]) / pages
    second = (figures["afterSecondKb"] - figures["afterKb"]) / pages
    results.append((f"server memory per open SIM list ({pages} pages, VmRSS growth / pages)",
                    f"{first:.0f} KB", f"{figures['beforeKb'] / 1024:.0f} MB before", "", "target <= 500 KB"))
    results.append((f"same, {pages} more pages beside those (a warm server's cost per circuit)",
                    f"{second:.0f} KB", f"{figures['afterKb'] / 1024:.0f} MB before", "", ""))


def measure_export(app, args, results, fmt, target):
    cli_sql = f'SELECT {SIM_COLUMNS} FROM {args.store.sims} ORDER BY "Iccid"'
    times, peaks, cli = [], [], []
    baseline = None
    for run in range(args.runs):
        app.restart()
        baseline = app.memory_kb("VmHWM")
        # A running server has jitted its export code long ago: a small export (the Differed SIMs) warms it up.
        download(app, f"/api/exports/sims.{fmt}?imeiStatus=Differed")
        status, seconds, size = download(app, f"/api/exports/sims.{fmt}")
        if status in (404, 405):
            results.append((f"Export all SIMs, {fmt.upper()}", "endpoint missing", "", "", ""))
            return
        if status != 200:
            sys.exit(f"export {fmt} answered {status}")
        times.append(seconds)
        peaks.append(app.memory_kb("VmHWM"))
        cli.append(args.store.timed_csv(cli_sql))
        print(f"  {fmt} run {run + 1}: {seconds:.2f} s, {size / 1e6:.0f} MB, peak {peaks[-1] / 1024:.0f} MB, cli {cli[-1]:.2f} s", flush=True)
    # Each run's app time against the CLI's right after it: on a shared machine the load drifts between runs.
    paired = median([t / c for t, c in zip(times, cli)])
    results.append((f"Export all {args.sims:,} SIMs, {fmt.upper()}", sec(median(times)), sec(median(cli)),
                    f"{paired:.2f}x", target))
    results.append((f"  peak memory of the app (VmHWM), {fmt.upper()}", f"{median(peaks) / 1024:.0f} MB", "", "",
                    f"target < 200 MB (after start: {baseline / 1024:.0f} MB)"))


def measure_ingest(app, args, results):
    status, _ = app.post("/api/network/detections", b"[]", {"X-Network-Key": NETWORK_KEY})
    if status in (404, 405):
        results.append(("Detection ingest (batches of 10,000)", "endpoint missing", "", "", ""))
        return
    rng = random.Random(7)
    rates = {}
    # A warm-up pass of both feeds, not measured, as the lists get 100 requests first: a running feed has long jitted
    # its path and has its SIMs' pages in SQLite's and the OS's caches; without it the first run measured the JIT and
    # a cold cache (6,508 /s against 14,798 and 17,703 for the next two, bench/README.md, 2026-12-02 afternoon).
    warm_sims = feed_sims(args)
    for _ in ingest_once(app, args, warm_sims, rng, "w", detections=50_000, warm_up=True):
        pass
    for run in range(args.runs):
        # Read afresh each run: the previous run's new-device feed moved some of these SIMs to other devices.
        sims = feed_sims(args)
        for kind, app_rate, cli_rate in ingest_once(app, args, sims, rng, run):
            rates.setdefault(kind, []).append((app_rate, cli_rate))
            SAMPLES.setdefault(f"ingest {kind}, pass {run + 1}", []).append(app_rate)
            print(f"  ingest {kind} run {run + 1}: {app_rate:,.0f} /s, cli {cli_rate:,.0f} /s", flush=True)
    for kind, pairs in rates.items():
        app_rates = [a for a, _ in pairs]
        cli_rates = [c for _, c in pairs]
        # The CLI's rate for the same SQL work, for scale (see ingest_once); paired per run like the exports.
        paired = median([c / a for a, c in pairs])
        results.append((f"Detection ingest ({kind}), batches of 10,000, {args.clients} clients",
                        f"{median(app_rates):,.0f} /s", f"{median(cli_rates):,.0f} /s", f"{paired:.2f}x",
                        f"target >= 20,000 /s (runs: {', '.join(f'{a:,.0f}' for a in app_rates)})"))


def feed_sims(args):
    """The SIMs the feeds report: active ones with a device, each with the IMEI it was last seen in."""
    return args.store.rows('SELECT "Iccid", "Imei" FROM "Sims" WHERE "Status" = 1 AND "Imei" IS NOT NULL LIMIT 300000')


def ingest_once(app, args, sims, rng, run, detections=None, warm_up=False):
    """One pass of both feeds (args.ingest repeat detections unless told); yields (kind, app detections/s, CLI detections/s).
    A warm-up pass records nothing and runs no CLI."""
    stamp = datetime.datetime.now(datetime.timezone.utc)
    run_id = stamp.strftime("%Y%m%d%H%M%S") + f"r{run}"
    # "repeat": the everyday feed, each SIM reported with the device it already has (armed SIMs lock on it);
    # "new device": the worst case, every detection a device change on a random SIM (journal, history, alarms).
    detections = detections or args.ingest
    for kind, count in (("repeat", detections), ("new device", max(10_000, detections // 4))):
        batches = []
        for b in range(max(1, count // 10_000)):
            items = []
            for i in range(10_000):
                iccid, imei = rng.choice(sims)
                if kind != "repeat":
                    body = "35209900" + f"{rng.randrange(1_000_000):06d}"
                    imei = body + luhn_digit(body)
                items.append({"detectionId": f"bench-{run_id}-{kind[0]}-{b}-{i}", "iccid": iccid, "imei": imei,
                              "observedAt": (stamp + datetime.timedelta(milliseconds=b * 10_000 + i)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")})
            batches.append(json.dumps(items).encode())
        lock = threading.Lock()
        accepted = [0]

        def send(batch):
            status, body = app.post("/api/network/detections", batch, {"X-Network-Key": NETWORK_KEY})
            if status != 200:
                raise RuntimeError(f"ingest answered {status}: {body[:200]!r}")
            with lock:
                accepted[0] += json.loads(body).get("accepted", 0)

        cpu_before = cpu_seconds(app.proc.pid), cpu_seconds(*postgres_pids(args.store.port))
        start = time.perf_counter()
        with concurrent.futures.ThreadPoolExecutor(args.clients) as pool:
            list(pool.map(send, batches))
        seconds = time.perf_counter() - start
        total = len(batches) * 10_000
        # CPU per detection of the app and of the database server (PostgreSQL's processes; none for SQLite, which
        # works inside the app): what docs/scaling.md extrapolates from.
        app_cpu, db_cpu = cpu_seconds(app.proc.pid) - cpu_before[0], cpu_seconds(*postgres_pids(args.store.port)) - cpu_before[1]
        if accepted[0] != total:
            raise RuntimeError(f"ingest accepted {accepted[0]:,} of {total:,}")
        if warm_up:
            print(f"  ingest {kind}, warm-up: {total / seconds:,.0f} /s", flush=True)
            continue
        SAMPLES.setdefault(f"ingest {kind}, app CPU us per detection", []).append(app_cpu / total * 1e6)
        SAMPLES.setdefault(f"ingest {kind}, database CPU us per detection", []).append(db_cpu / total * 1e6)
        print(f"  ingest {kind}: CPU per detection {app_cpu / total * 1e6:.0f} us app, {db_cpu / total * 1e6:.0f} us database", flush=True)
        # The CLI's rate for the same SQL work, for scale: one transaction per 10,000 that updates as many random SIMs'
        # last-seen and history head and appends as many detections (the app also reads the SIMs, decides, and
        # journals changes).
        cli = 0.0
        for b in range(len(batches)):
            cli += args.store.timed(args.store.ingest_sql(f"cli-{run_id}-{kind[0]}-{b}"))
        yield kind, total / seconds, total / cli



def wrk(args, path, script=None, seconds=None):
    """One wrk pass (2 threads, --connections in flight); returns (requests/s, p99 ms, non-2xx count)."""
    command = ["wrk", "-t2", f"-c{args.connections}", f"-d{seconds or args.seconds}s", "--latency", "--timeout", "5s"]
    if script:
        command += ["-s", script]
    out = subprocess.run(command + [args.app_base + path], check=True, capture_output=True, text=True).stdout
    rate = float(next(l.split(":")[1] for l in out.splitlines() if l.startswith("Requests/sec:")))
    p99 = next(l.split()[1] for l in out.splitlines() if l.strip().startswith("99%"))
    p99_ms = float(p99[:-2]) if p99.endswith("ms") else float(p99[:-2]) / 1000 if p99.endswith("us") else float(p99[:-1]) * 1000
    bad = next((int(l.split(":")[1]) for l in out.splitlines() if "Non-2xx" in l), 0)
    return rate, p99_ms, bad


def measure_authorize(app, args, results):
    """POST /api/network/authorize beside the app's own /health/live (no auth, no store), same load tool, same run."""
    if not shutil.which("wrk"):
        sys.exit("the authorize bench needs wrk (bench/run installs Debian's)")
    args.app_base = app.base
    sims = args.store.rows('SELECT "Iccid", "Imei" FROM "Sims" WHERE "Imei" IS NOT NULL ORDER BY random() LIMIT 5000')
    script = os.path.join(os.path.dirname(args.out), "authorize.lua")
    with open(script, "w") as f:
        # Each request the next of 5,000 random SIMs with the device it was last seen in (all statuses: most accept).
        f.write("bodies = {\n" + ",\n".join("'" + json.dumps({"iccid": i, "imei": m}) + "'" for i, m in sims) + "}\n")
        f.write("local n = 0\n")
        f.write('local headers = {["Content-Type"] = "application/json", ["X-Network-Key"] = "' + NETWORK_KEY + '"}\n')
        f.write('request = function()\n  n = n + 1\n'
                '  return wrk.format("POST", "/api/network/authorize", headers, bodies[(n % #bodies) + 1])\nend\n')
    wrk(args, "/health/live", seconds=3)  # warm-up: JIT, pools, caches
    wrk(args, "/api/network/authorize", script, seconds=3)
    pairs = []
    for run in range(args.runs):
        live = wrk(args, "/health/live")
        auth = wrk(args, "/api/network/authorize", script)
        if auth[2]:
            sys.exit(f"authorize answered {auth[2]} non-2xx responses")
        pairs.append((auth, live))
        SAMPLES.setdefault("authorize, /s", []).append(auth[0])
        print(f"  authorize run {run + 1}: {auth[0]:,.0f} /s p99 {auth[1]:.1f} ms; /health/live {live[0]:,.0f} /s p99 {live[1]:.1f} ms", flush=True)
    share = median([a[0] / l[0] for a, l in pairs])
    results.append((f"POST /api/network/authorize, wrk {args.connections} connections",
                    f"{median([a[0] for a, _ in pairs]):,.0f} /s", f"{median([l[0] for _, l in pairs]):,.0f} /s (/health/live)",
                    f"{share:.2f}x", "target >= 0.50x of /health/live"))
    results.append(("  authorize p99 latency (same passes)", f"{median([a[1] for a, _ in pairs]):.1f} ms",
                    f"{median([l[1] for _, l in pairs]):.1f} ms (/health/live)", "", "target <= 10 ms"))


def main():
    args = parse_args()
    args.store = PostgresStore(args.db) if args.provider == "postgresql" else SqliteStore(args.db)
    app = App(args)
    results = []
    load = os.getloadavg()
    started = datetime.datetime.now(datetime.timezone.utc)
    try:
        print("starting the app...", flush=True)
        app.start()
        parts = set(args.only.split(","))
        if "list" in parts:
            print("SIM list...", flush=True)
            measure_list(app, args, results)
        if "authorize" in parts:
            print("authorize (wrk)...", flush=True)
            measure_authorize(app, args, results)
        if "csv" in parts:
            print("CSV export...", flush=True)
            measure_export(app, args, results, "csv", "target <= 2x the CLI")
        if "xlsx" in parts:
            print("XLSX export...", flush=True)
            measure_export(app, args, results, "xlsx", "target <= 6x the CLI's CSV")
        if "console" in parts:
            print("console (Chromium)...", flush=True)
            measure_console(app, args, results)
        if "ingest" in parts:
            print("ingest...", flush=True)
            app.restart()
            measure_ingest(app, args, results)
    finally:
        app.stop()
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
    lines = [
        f"# Benchmark results ({started:%Y-%m-%d %H:%M} UTC)",
        "",
        f"{args.sims:,} SIMs, medians of {args.runs} runs (list: {max(args.runs, 5) * 4} requests). "
        f"Machine: {os.cpu_count()} CPUs ({cpu}), load average at start {load[0]:.1f}.",
        "",
        "App / CLI is the median of each run's ratio (the CLI runs right after the app each time).",
        "",
        f"Store: {args.store.cli.split()[0]} ({args.provider}).",
        "",
        f"| measurement | app | {args.store.cli} | app / CLI | note |",
        "|---|---|---|---|---|",
    ] + [f"| {' | '.join(r)} |" for r in results]
    text = "\n".join(lines) + "\n"
    with open(args.out, "w") as f:
        f.write(text)
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"load": load[0], "samples": SAMPLES}, f)
    print()
    print(text)


if __name__ == "__main__":
    main()
