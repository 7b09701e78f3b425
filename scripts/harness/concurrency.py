#!/usr/bin/env python3
"""Concurrency harness: several processes under two OS users edit and move the same and
different records at once; no update may be lost, every refusal must be exit 3 (4 for a move).

Usage (as root): concurrency.py --dvk PATH --defaults DATA_FOLDER [--processes 4] [--edits 200]

Creates the group dvk-h and the users dvk-h1, dvk-h2 (members of dvk-h, each with a primary
group of their own) when missing, makes a group-shared data directory (`dvk init --group dvk-h`;
the records are then created by root under its own umask, and must still be 0660 for the group),
registers both users as secretariat, creates one shared record, two records per process and
three batch records, then starts PROCESSES workers (alternating users, umask 022) of EDITS
read-modify-write edits each (concurrency_worker.py). Afterwards, for every
record: revision = created revision + successful edits + successful moves, the `situation` text
holds exactly the tokens of the successful edits, the journal has one line per success, and
`dvk check` exits 0. The last line on stdout is a JSON object of figures.
"""
import argparse
import grp
import json
import os
import pwd
import random
import shutil
import subprocess
import sys
import tempfile
import time

GROUP = "dvk-h"
USERS = ("dvk-h1", "dvk-h2")


def log(*parts):
    print(*parts, file=sys.stderr, flush=True)


def ensure_accounts():
    try:
        grp.getgrnam(GROUP)
    except KeyError:
        subprocess.run(["groupadd", GROUP], check=True)
    for user in USERS:
        try:
            pwd.getpwnam(user)
        except KeyError:
            subprocess.run(["useradd", "--no-create-home", "--user-group", "--groups", GROUP, "--shell", "/usr/sbin/nologin", user],
                           check=True)


def as_user(user, argv):
    return ["setpriv", f"--reuid={user}", f"--regid={user}", "--init-groups", "--"] + argv


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dvk", required=True)
    parser.add_argument("--defaults", required=True)
    parser.add_argument("--processes", type=int, default=4)
    parser.add_argument("--edits", type=int, default=200)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args()
    if os.geteuid() != 0:
        print("the concurrency harness needs root: it creates the OS users dvk-h1, dvk-h2 and the group dvk-h", file=sys.stderr)
        sys.exit(77)
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    ensure_accounts()

    # A scratch folder every user can traverse, holding a copy of dvk and the worker (the build
    # folder may sit under a home other users cannot enter).
    work = tempfile.mkdtemp(prefix="dvk-conc-")
    os.chmod(work, 0o755)
    dvk = os.path.join(work, "dvk")
    shutil.copy2(args.dvk, dvk)
    os.chmod(dvk, 0o755)
    worker = os.path.join(work, "worker.py")
    shutil.copy2(os.path.join(os.path.dirname(os.path.abspath(__file__)), "concurrency_worker.py"), worker)
    os.chmod(worker, 0o644)
    data = os.path.join(work, "data")
    env = {"LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "HOME": work, "DVK_DEFAULTS": os.path.abspath(args.defaults)}

    def dvk_root(*a):
        p = subprocess.run([dvk, "--data", data, "--lang", "en"] + list(a), env=env, stdin=subprocess.DEVNULL, capture_output=True)
        if p.returncode != 0:
            raise SystemExit(f"dvk {' '.join(a)} → {p.returncode}: {p.stderr.decode()}")
        return p.stdout.decode()

    figures = {"processes": args.processes, "edits_per_process": args.edits, "users": len(USERS), "group_setup": "",
               "successes": 0, "refusals_exit3": 0, "move_commands": 0, "moves": 0, "move_refusals_exit4": 0, "move_conflicts_exit3": 0,
               "lost_updates": 0, "revision_mismatches": 0, "journal_mismatches": 0, "other_errors": 0, "check_exit": None,
               "seed": seed}
    started = time.monotonic()
    try:
        dvk_root("init", "--group", GROUP, "--config", os.path.join(os.path.abspath(args.defaults), "demo", "config"))
        figures["group_setup"] = "dvk init --group"
        for user in USERS:
            dvk_root("users", "add", user, "--name", user, "--role", "secretariat")

        def add(name):
            return dvk_root("add", "--name", name, "--unit", "Xã Kim Bình", "--subject", "tập thể", "--kind", "mô hình",
                            "--field", "Kinh tế", "--person", "Nguyễn Văn Bình", "--objectives", "Mục tiêu").strip()

        shared = add("Bản ghi chung")
        own = {k: [add(f"Bản ghi của tiến trình {k} số {i}") for i in range(2)] for k in range(args.processes)}
        batch = [shared, add("Lô A"), add("Lô B")]

        def record(rid):
            return json.loads(dvk_root("show", rid, "--json"))

        start_revision = {rid: record(rid)["revision"] for rid in [shared] + batch + sum(own.values(), [])}

        procs = []
        for k in range(args.processes):
            user = USERS[k % len(USERS)]
            out = os.path.join(work, f"report-{k}.json")
            home = os.path.join(work, f"home-{k}")
            os.mkdir(home)
            shutil.chown(home, user)
            argv = as_user(user, ["/usr/bin/env", f"HOME={home}", "/usr/bin/python3", worker, dvk, data, str(k), str(args.edits), shared,
                                  ",".join(own[k]), ",".join(batch), str(seed + k), out])
            procs.append((k, user, out, subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE)))
        # Reports are written by the workers into the scratch folder: let them.
        os.chmod(work, 0o777)
        reports = []
        for k, user, out, p in procs:
            stdout, stderr = p.communicate()
            if p.returncode != 0 or not os.path.exists(out):
                figures["other_errors"] += 1
                log(f"worker {k} ({user}) failed: exit {p.returncode}: {stderr.decode()[-800:]}")
                continue
            reports.append(json.load(open(out)))
        os.chmod(work, 0o755)

        tokens, moves = {}, {}
        for r in reports:
            figures["successes"] += r["edits"]
            figures["refusals_exit3"] += r["refusals"]
            figures["move_commands"] += r["move_commands"]
            figures["move_refusals_exit4"] += r["move_refusals"]
            figures["move_conflicts_exit3"] += r["move_conflicts"]
            figures["other_errors"] += len(r["errors"])
            for e in r["errors"][:5]:
                log(f"worker {r['worker']} (uid {r['uid']}): {e}")
            for rid, ts in r["tokens"].items():
                tokens.setdefault(rid, []).extend(ts)
            for rid, n in r["moves"].items():
                moves[rid] = moves.get(rid, 0) + n
                figures["moves"] += n

        journal = []
        with open(os.path.join(data, "journal.jsonl"), "rb") as f:
            for line in f.read().split(b"\n"):
                if line:
                    journal.append(json.loads(line))
        for rid, first in start_revision.items():
            now = record(rid)
            found = [t for t in now.get("situation", "").split(",") if t]
            wanted = tokens.get(rid, [])
            missing = set(wanted) - set(found)
            if missing or len(found) != len(set(found)):
                figures["lost_updates"] += len(missing)
                log(f"{rid}: {len(missing)} successful edits missing from the text, e.g. {sorted(missing)[:5]}")
            expected = first + len(wanted) + moves.get(rid, 0)
            if now["revision"] != expected:
                figures["revision_mismatches"] += 1
                log(f"{rid}: revision {now['revision']}, expected {first} + {len(wanted)} edits + {moves.get(rid, 0)} moves = {expected}")
            lines = [e for e in journal if e.get("id") == rid and e.get("kind") == "model" and e.get("fromRevision", 0) >= first]
            if len(lines) != len(wanted) + moves.get(rid, 0):
                figures["journal_mismatches"] += 1
                log(f"{rid}: {len(lines)} journal lines, expected {len(wanted) + moves.get(rid, 0)}")
        check = subprocess.run([dvk, "--data", data, "--lang", "en", "check"], env=env, capture_output=True)
        figures["check_exit"] = check.returncode
        if check.returncode != 0:
            log("dvk check: " + (check.stdout + check.stderr).decode()[-800:])
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
        else:
            log(f"kept {work}")
    figures["seconds"] = round(time.monotonic() - started, 1)
    log("concurrency harness: " + ", ".join(f"{k} {v}" for k, v in figures.items()))
    print(json.dumps(figures, ensure_ascii=False), flush=True)
    bad = figures["lost_updates"] + figures["revision_mismatches"] + figures["journal_mismatches"] + figures["other_errors"]
    sys.exit(1 if bad or figures["check_exit"] != 0 else 0)


if __name__ == "__main__":
    main()
