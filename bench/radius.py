#!/usr/bin/env python3
"""Access-Requests through FreeRADIUS to the portal, beside FreeRADIUS answering them from its own files module (the
ceiling without the portal), in the same run. Started by bench/radius; the method is in bench/README.md."""
import argparse
import datetime
import hashlib
import os
import random
import re
import selectors
import shutil
import socket
import sqlite3
import statistics
import struct
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench import App, NETWORK_KEY, SqliteStore  # noqa: E402  (the portal process exactly as bench/run starts it)

SECRET = "bench-radius-secret"
VENDOR_3GPP = 10415
IMSI, IMEISV = 1, 20
ACCEPT, REJECT = 2, 3
REPLY_MESSAGE = 18


def parse_args():
    p = argparse.ArgumentParser()
    p.add_argument("--db", required=True)
    p.add_argument("--bin", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--root", required=True)
    p.add_argument("--sims", type=int, default=100_000)
    p.add_argument("--requests", type=int, default=20_000, help="Access-Requests per throughput run")
    p.add_argument("--distinct", type=int, default=20_000, help="distinct SIMs the requests name")
    p.add_argument("--parallel", type=int, default=64, help="radclient -p: requests in flight")
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--seconds", type=float, default=10, help="length of each latency run")
    p.add_argument("--samples-per-second", type=int, default=200, help="timed single requests during a latency run")
    p.add_argument("--port", type=int, default=5298, help="the portal's HTTP port; FreeRADIUS takes the next four")
    return p.parse_args()


# ---------------------------------------------------------------------------------------------------------- RADIUS
def vsa(vendor_type, value):
    data = value.encode()
    return struct.pack("!BBIBB", 26, 8 + len(data), VENDOR_3GPP, vendor_type, 2 + len(data)) + data


def access_request(ident, imsi, imeisv):
    """An RFC 2865 Access-Request: random Request Authenticator, the two 3GPP attributes radclient sends too."""
    authenticator = os.urandom(16)
    attributes = vsa(IMSI, imsi) + vsa(IMEISV, imeisv)
    return struct.pack("!BBH", 1, ident, 20 + len(attributes)) + authenticator + attributes, authenticator


def parse_reply(packet, authenticator):
    """(code, Reply-Message) after checking the Response Authenticator, None for a packet that is not the answer."""
    if len(packet) < 20:
        return None
    code, _, length = struct.unpack("!BBH", packet[:4])
    expected = hashlib.md5(packet[:4] + authenticator + packet[20:length] + SECRET.encode()).digest()
    if expected != packet[4:20]:
        return None
    message, i = "", 20
    while i + 2 <= length:
        kind, size = packet[i], packet[i + 1]
        if size < 2:
            break
        if kind == REPLY_MESSAGE:
            message += packet[i + 2:i + size].decode(errors="replace")
        i += size
    return code, message


def exchange_all(port, requests, window=16, timeout=5.0):
    """Every request once, `window` in flight (one socket each): [(code, Reply-Message)] in request order."""
    answers = [None] * len(requests)
    selector = selectors.DefaultSelector()
    pending = list(range(len(requests)))[::-1]
    sockets = []
    for _ in range(min(window, len(requests))):
        s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        s.connect(("127.0.0.1", port))
        sockets.append(s)

    def send(s, slot_ident=[0]):
        index = pending.pop()
        slot_ident[0] = (slot_ident[0] + 1) % 256
        packet, auth = access_request(slot_ident[0], *requests[index])
        s.send(packet)
        selector.register(s, selectors.EVENT_READ, (index, auth, time.monotonic()))

    for s in sockets:
        if pending:
            send(s)
    while selector.get_map():
        for key, _ in selector.select(timeout):
            index, auth, _sent = key.data
            reply = parse_reply(key.fileobj.recv(4096), auth)
            if reply is None:
                continue
            answers[index] = reply
            selector.unregister(key.fileobj)
            if pending:
                send(key.fileobj)
        now = time.monotonic()
        for key in list(selector.get_map().values()):
            if now - key.data[2] > timeout:
                selector.unregister(key.fileobj)
                if pending:
                    send(key.fileobj)
    for s in sockets:
        s.close()
    return answers


def timed_samples(port, requests, seconds, per_second):
    """Single Access-Requests one after the other at `per_second`, each timed from send to its verified answer (ms);
    a request unanswered within 2 s counts as 2000 ms."""
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.connect(("127.0.0.1", port))
    s.settimeout(2.0)
    latencies = []
    interval = 1.0 / per_second
    start = time.monotonic()
    next_at = start
    ident = 0
    while time.monotonic() - start < seconds:
        ident = (ident + 1) % 256
        packet, auth = access_request(ident, *random.choice(requests))
        sent = time.perf_counter()
        s.send(packet)
        try:
            while True:
                reply = s.recv(4096)
                if reply[1] == ident and parse_reply(reply, auth):
                    break
            latencies.append((time.perf_counter() - sent) * 1000)
        except socket.timeout:
            latencies.append(2000.0)
        next_at += interval
        delay = next_at - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        else:
            next_at = time.monotonic()
    s.close()
    return latencies


def cpu_seconds(pid):
    """User + system CPU of a process, all its threads, from /proc."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def freeradius_pid(proc):
    """scripts/radius is a bash script: the server is its freeradius child."""
    if os.path.basename(proc.args[0]) == "freeradius":
        return proc.pid
    deadline = time.time() + 10
    while time.time() < deadline:
        for child in open(f"/proc/{proc.pid}/task/{proc.pid}/children").read().split():
            if open(f"/proc/{child}/comm").read().strip() == "freeradius":
                return int(child)
        time.sleep(0.1)
    sys.exit("scripts/radius started no freeradius")


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


# ------------------------------------------------------------------------------------------------------- servers
def wait_ready(log_path, proc, what, seconds=60):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if proc.poll() is not None:
            sys.exit(f"{what} exited; see {log_path}")
        with open(log_path, errors="replace") as f:
            if "Ready to process requests" in f.read():
                return
        time.sleep(0.2)
    sys.exit(f"{what} did not start within {seconds} s; see {log_path}")


def start_portal_radius(args, auth_port, out):
    """FreeRADIUS in front of the portal, by scripts/radius as an operator runs it."""
    log = os.path.join(out, "radius-portal.log")
    proc = subprocess.Popen(
        ["bash", os.path.join(args.root, "scripts", "radius"), "--portal", f"http://127.0.0.1:{args.port}",
         "--key", NETWORK_KEY, "--secret", SECRET, "--auth-port", str(auth_port), "--acct-port", str(auth_port + 1),
         "--timeout", "2.0"],
        stdout=open(log, "wb"), stderr=subprocess.STDOUT)
    wait_ready(log, proc, "FreeRADIUS (portal)")
    return proc


def start_ceiling_radius(args, auth_port, out, answers):
    """The same configuration with the portal's call replaced by a files lookup of the portal's own answers."""
    folder = tempfile.mkdtemp(prefix="imeiportal-radius-ceiling.")
    shutil.copytree(os.path.join(args.root, "deploy", "freeradius"), folder, dirs_exist_ok=True)
    os.remove(os.path.join(folder, "sites-enabled", "imeiportal"))
    overlay = os.path.join(args.root, "bench", "freeradius-ceiling")
    for part in ("sites-enabled", "mods-enabled"):
        for name in os.listdir(os.path.join(overlay, part)):
            shutil.copy(os.path.join(overlay, part, name), os.path.join(folder, part, name))
    with open(os.path.join(folder, "ceiling-users"), "w") as f:
        for imsi, (code, message) in answers.items():
            decision = "Accept" if code == ACCEPT else "Reject"
            f.write(f'{imsi}\tAuth-Type := {decision}\n\tReply-Message := "{message}"\n\n')
    for d in ("log", "run"):
        os.makedirs(os.path.join(folder, d), exist_ok=True)
    subprocess.run(["chmod", "-R", "go-w", folder], check=True)
    env = dict(os.environ, IMEIPORTAL_RADIUS_DIR=folder, IMEIPORTAL_URL=f"http://127.0.0.1:{args.port}",
               IMEIPORTAL_NETWORK_KEY=NETWORK_KEY, IMEIPORTAL_RADIUS_AUTH_PORT=str(auth_port),
               IMEIPORTAL_RADIUS_ACCT_PORT=str(auth_port + 1), IMEIPORTAL_RADIUS_SECRET=SECRET,
               IMEIPORTAL_RADIUS_FALLBACK="reject", IMEIPORTAL_TIMEOUT="2.0")
    log = os.path.join(out, "radius-ceiling.log")
    proc = subprocess.Popen(["freeradius", "-f", "-d", folder, "-n", "radiusd"], env=env,
                            stdout=open(log, "wb"), stderr=subprocess.STDOUT)
    wait_ready(log, proc, "FreeRADIUS (ceiling)")
    return proc, folder


def stop(proc):
    if proc and proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


# ------------------------------------------------------------------------------------------------------- radclient
def radclient(port, request_file, parallel, rate=None):
    """Debian's radclient sending the file's requests, `parallel` in flight (and at most `rate` a second)."""
    command = ["radclient", "-q", "-s", "-r", "3", "-t", "5", "-p", str(parallel), "-f", request_file]
    if rate:
        command += ["-n", str(int(rate))]
    return command + [f"127.0.0.1:{port}", "auth", SECRET]


def summary(output):
    counts = {k: int(v) for k, v in re.findall(r"(Accepted|Rejected|Lost)\s*:\s*(\d+)", output)}
    return counts.get("Accepted", 0), counts.get("Rejected", 0), counts.get("Lost", 0)


def throughput(port, request_file, count, parallel, pids):
    """Requests/s of one radclient pass over the file, and the CPU ms per request each of `pids` (name: pid) and
    radclient spent meanwhile."""
    before = {name: cpu_seconds(pid) for name, pid in pids.items()}
    children = os.times()
    started = time.perf_counter()
    done = subprocess.run(radclient(port, request_file, parallel), capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    after = os.times()
    accepted, rejected, lost = summary(done.stdout + done.stderr)
    if accepted + rejected + lost != count:
        sys.exit(f"radclient did not report {count} requests:\n{done.stdout}{done.stderr}")
    cpu = {name: (cpu_seconds(pid) - before[name]) * 1000 / count for name, pid in pids.items()}
    cpu["radclient"] = (after.children_user + after.children_system - children.children_user - children.children_system) * 1000 / count
    return (accepted + rejected) / elapsed, lost, cpu


def latency_under_load(port, request_file, count, requests, rate, parallel, per_second):
    """radclient offers the file's `count` requests at `rate` a second, less the sampler's share (one radclient paces
    about 500 a second at most on this machine: its -n sleeps between packets, so the rate is split over several); the sampler
    times single requests until they are done. Returns the latencies and the rate achieved, the sampler's included."""
    clients = max(1, -(-(rate - per_second) // 400))
    started = time.perf_counter()
    loads = [subprocess.Popen(radclient(port, request_file, max(1, parallel // clients), max(1, (rate - per_second) // clients)),
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True) for _ in range(clients)]
    latencies = []
    while any(load.poll() is None for load in loads):
        latencies += timed_samples(port, requests, 0.5, per_second)
    elapsed = time.perf_counter() - started
    answered = 0
    for load in loads:
        accepted, rejected, _ = summary(load.stdout.read())
        answered += accepted + rejected
    return latencies, (answered + len(latencies)) / elapsed


# ------------------------------------------------------------------------------------------------------- the bench
def pick_requests(db, distinct, seed=17):
    """Random SIMs with an IMSI, each presented in the device it was last seen in with another software version
    (so Locked SIMs are accepted, Differed ones rejected, as on a live network); a SIM never seen, a new device."""
    rng = random.Random(seed)
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as c:
        rows = c.execute("SELECT Imsi, Imei FROM Sims WHERE Imsi IS NOT NULL").fetchall()
    chosen = rng.sample(rows, min(distinct, len(rows)))
    requests = []
    for imsi, imei in chosen:
        body = imei[:14] if imei else "35" + "".join(rng.choice("0123456789") for _ in range(12))
        requests.append((imsi, body + f"{rng.randint(0, 99):02d}"))
    return requests


def write_requests(path, requests, count):
    with open(path, "w") as f:
        for i in range(count):
            imsi, imeisv = requests[i % len(requests)]
            f.write(f'3GPP-IMSI = "{imsi}", 3GPP-IMEISV = "{imeisv}"\n\n')


def main():
    args = parse_args()
    out = os.path.dirname(os.path.abspath(args.out))
    load = os.getloadavg()
    started = datetime.datetime.now(datetime.timezone.utc)
    requests = pick_requests(args.db, args.distinct)
    request_file = os.path.join(out, "radius-requests.txt")
    write_requests(request_file, requests, args.requests)
    # Enough requests for radclient to keep the rate for the whole latency run at ~the portal's goal.
    long_file = os.path.join(out, "radius-requests-long.txt")
    portal_port, ceiling_port = args.port + 1, args.port + 3
    app = App(argparse.Namespace(db=args.db, bin=args.bin, out=args.out, port=args.port, store=SqliteStore(args.db)))
    portal_radius = ceiling_radius = None
    folder = None
    rows = []
    try:
        print("starting the portal and FreeRADIUS in front of it...", flush=True)
        app.start()
        portal_radius = start_portal_radius(args, portal_port, out)
        print("warm-up: every request once through the portal (its answers become the ceiling's users file)...", flush=True)
        answers = exchange_all(portal_port, requests)
        if any(a is None for a in answers):
            sys.exit("the portal's FreeRADIUS left requests unanswered in the warm-up; see bench/out/radius-portal.log")
        fallback = sum(1 for _, m in answers if "fallback" in m)
        if fallback:
            sys.exit(f"{fallback} warm-up answers were the fallback: the portal did not answer; see bench/out/app.log")
        accepted = sum(1 for c, _ in answers if c == ACCEPT)
        ceiling_radius, folder = start_ceiling_radius(args, ceiling_port, out, {r[0]: a for r, a in zip(requests, answers)})
        check = exchange_all(ceiling_port, requests[:200])
        if [c for c, _ in check] != [c for c, _ in answers[:200]]:
            sys.exit("the ceiling does not give the portal's answers")

        pids = {"app": app.proc.pid, "portal": freeradius_pid(portal_radius), "ceiling": freeradius_pid(ceiling_radius)}
        print(f"throughput: {args.runs} runs of {args.requests:,} requests, radclient -p {args.parallel}...", flush=True)
        rates = {"portal": [], "ceiling": []}
        lost = {"portal": 0, "ceiling": 0}
        cpu = {"portal": [], "ceiling": []}
        ratios = []
        for run in range(args.runs):
            for name, port in (("ceiling", ceiling_port), ("portal", portal_port)):
                watched = {"app": pids["app"], "freeradius": pids[name]} if name == "portal" else {"freeradius": pids[name]}
                rate, missing, used = throughput(port, request_file, args.requests, args.parallel, watched)
                rates[name].append(rate)
                lost[name] += missing
                cpu[name].append(used)
            ratios.append(rates["portal"][-1] / rates["ceiling"][-1])
            print(f"  run {run + 1}: ceiling {rates['ceiling'][-1]:,.0f} /s, portal {rates['portal'][-1]:,.0f} /s "
                  f"({ratios[-1]:.0%}); CPU ms/request portal {fmt_cpu(cpu['portal'][-1])}, ceiling {fmt_cpu(cpu['ceiling'][-1])}",
                  flush=True)
        ceiling_rate = statistics.median(rates["ceiling"])
        portal_rate = statistics.median(rates["portal"])
        goal_rate = int(ceiling_rate * 0.5)
        own_rate = int(portal_rate * 0.8)

        latency = {}
        for label, rate, servers in ((f"at {goal_rate:,} /s (half the ceiling)", goal_rate, ("ceiling", "portal")),
                                     (f"at {own_rate:,} /s (80 % of the portal's own rate)", own_rate, ("portal",))):
            clients = max(1, -(-(rate - args.samples_per_second) // 400))
            count = int(rate * args.seconds / clients)
            write_requests(long_file, requests, count)
            print(f"latency {label}: {args.runs} runs of {count * clients:,} requests from {clients} radclient, {args.samples_per_second} timed a second among them...",
                  flush=True)
            if rate > portal_rate * 1.2:
                servers = tuple(n for n in servers if n != "portal")
                print("  (the portal's throughput is below this rate: it is not measured there)", flush=True)
            for run in range(args.runs):
                for name in servers:
                    port = ceiling_port if name == "ceiling" else portal_port
                    latencies, achieved = latency_under_load(port, long_file, count, requests, rate, args.parallel,
                                                             args.samples_per_second)
                    entry = latency.setdefault((label, name), {"p99": [], "p50": [], "rate": [], "n": 0})
                    entry["p99"].append(percentile(latencies, 99))
                    entry["p50"].append(percentile(latencies, 50))
                    entry["rate"].append(achieved)
                    entry["n"] += len(latencies)
                    print(f"  run {run + 1} {name}: {achieved:,.0f} /s achieved, p50 {entry['p50'][-1]:.1f} ms, "
                          f"p99 {entry['p99'][-1]:.1f} ms ({len(latencies):,} timed)", flush=True)
    finally:
        stop(ceiling_radius)
        stop(portal_radius)
        app.stop()
        if folder:
            shutil.rmtree(folder, ignore_errors=True)

    ratio = statistics.median(ratios)
    goal_label = next(label for label, _ in latency if "half" in label)
    at_goal = latency.get((goal_label, "portal"))
    portal_p99 = statistics.median(at_goal["p99"]) if at_goal else None
    met = ratio >= 0.5 and portal_p99 is not None and portal_p99 <= 20
    model = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
    runs = lambda values, f: " / ".join(f.format(v) for v in values)
    rows = [
        (f"Access-Requests/s, radclient -p {args.parallel}", f"{portal_rate:,.0f} ({runs(rates['portal'], '{:,.0f}')})",
         f"{ceiling_rate:,.0f} ({runs(rates['ceiling'], '{:,.0f}')})", f"{ratio:.0%} ({runs(ratios, '{:.0%}')})",
         ">= 50 %", "yes" if ratio >= 0.5 else "no"),
        ("CPU ms per request: app + FreeRADIUS + radclient (ceiling: FreeRADIUS + radclient)", fmt_cpu(median_cpu(cpu["portal"])),
         fmt_cpu(median_cpu(cpu["ceiling"])), "", "", ""),
    ]

    def cell(entry, key):
        if entry is None:
            return "not measured: above its throughput"
        return f"{statistics.median(entry[key]):.1f} ms ({runs(entry[key], '{:.1f}')}; at {runs(entry['rate'], '{:,.0f}')} /s)"

    for label in dict.fromkeys(label for label, _ in latency):
        goal = label == goal_label
        portal, ceiling = latency.get((label, "portal")), latency.get((label, "ceiling"))
        rows.append((f"p99 latency {label}", cell(portal, "p99"), cell(ceiling, "p99") if ceiling else "", "",
                     "<= 20 ms" if goal else "", ("yes" if met else "no") if goal else ""))
        rows.append((f"p50 latency {label}", cell(portal, "p50"), cell(ceiling, "p50") if ceiling else "", "", "", ""))
    lines = [
        f"# RADIUS benchmark results ({started:%Y-%m-%d %H:%M} UTC)",
        "",
        f"{args.sims:,} SIMs; {args.requests:,} Access-Requests per throughput run naming {len(requests):,} SIMs "
        f"({accepted:,} of them accepted by the portal); medians of {args.runs} runs (each run's figures in ()). "
        f"Machine: {os.cpu_count()} CPUs ({model}), shared with other builds: load average at start "
        f"{load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f}. Lost requests: portal {lost['portal']}, ceiling {lost['ceiling']}.",
        "",
        "| measurement | portal behind FreeRADIUS | ceiling (FreeRADIUS files) | portal / ceiling | goal | met |",
        "|---|---|---|---|---|---|",
    ] + [f"| {' | '.join(r)} |" for r in rows] + ["", f"Goal (>= 50 % of the ceiling, p99 <= 20 ms at half its rate): {'met' if met else 'not met'}."]
    text = "\n".join(lines) + "\n"
    with open(args.out, "w") as f:
        f.write(text)
    print()
    print(text)


def median_cpu(samples):
    return {k: statistics.median(s[k] for s in samples) for k in samples[0]}


def fmt_cpu(used):
    return " + ".join(f"{v:.2f}" for v in used.values()) + f" = {sum(used.values()):.2f}"


if __name__ == "__main__":
    main()
