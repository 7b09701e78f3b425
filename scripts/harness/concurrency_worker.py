#!/usr/bin/env python3
"""One worker of the concurrency harness, run as one OS user (see concurrency.py).

Does EDITS read-modify-write edits: `dvk show ID --json` for the revision and the `situation` text,
then `dvk edit ID --revision N --set situation=<old text><token>,` with a token unique to this
worker and edit (`pK-eJ`); exit 3 (refused: someone saved first) → read again and retry. About
half the edits go to the shared record, the others to this worker's own records. Every
BATCH_EVERY edits it moves the batch records to registration_review and back in one command each
(`dvk move A,B,C STATE`), racing the other workers: a batch is one commit, so a conflict on
any of its records refuses all of it with exit 3. Writes a JSON report to OUT.
"""
import json
import os
import random
import subprocess
import sys


def main():
    dvk, data, worker, edits, shared, own, batch, seed, out = sys.argv[1:10]
    worker, edits, seed = int(worker), int(edits), int(seed)
    own = own.split(",")
    batch_ids = batch.split(",")
    os.umask(0o022)  # a usual login umask: group sharing must not depend on it
    env = {"LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "HOME": os.environ.get("HOME", "/tmp")}
    rng = random.Random(seed)
    report = {"worker": worker, "uid": os.getuid(), "tokens": {}, "moves": {}, "edits": 0, "refusals": 0,
              "move_commands": 0, "move_refusals": 0, "move_conflicts": 0, "exit_codes": {}, "errors": []}

    def run(args):
        p = subprocess.run([dvk, "--data", data, "--lang", "en"] + args, env=env, stdin=subprocess.DEVNULL, capture_output=True)
        report["exit_codes"][str(p.returncode)] = report["exit_codes"].get(str(p.returncode), 0) + 1
        return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")

    def error(what, code, err):
        report["errors"].append(f"{what}: exit {code}: {err.strip()[:400]}")

    def edit(record_id, token):
        for _ in range(500):
            code, out, err = run(["show", record_id, "--json"])
            if code != 0:
                error(f"show {record_id}", code, err)
                return
            record = json.loads(out)
            text = record.get("situation", "")
            code, out, err = run(["edit", record_id, "--revision", str(record["revision"]), "--set", f"situation={text}{token},"])
            if code == 0:
                report["edits"] += 1
                report["tokens"].setdefault(record_id, []).append(token)
                return
            if code == 3:
                report["refusals"] += 1
                continue
            error(f"edit {record_id}", code, err)
            return
        error(f"edit {record_id}", 3, "still refused after 500 tries")

    def batch_move(target, extra):
        code, out, err = run(["move", ",".join(batch_ids), target, "--json"] + extra)
        report["move_commands"] += 1
        if code not in (0, 3, 4):
            error(f"move {target}", code, err)
            return
        if code == 3:
            # Another worker saved one of the batch first: the whole batch is refused, nothing moved.
            report["move_conflicts"] += 1
            return
        if code == 4:
            report["move_refusals"] += 1
        try:
            moved = json.loads(out) if out.strip() else []
        except ValueError:
            error(f"move {target}", code, "unreadable --json output: " + out[:200])
            return
        for record in moved:
            report["moves"][record["id"]] = report["moves"].get(record["id"], 0) + 1

    batch_every = max(5, edits // 20)
    for j in range(edits):
        target = shared if rng.random() < 0.5 else rng.choice(own)
        edit(target, f"p{worker}-e{j}")
        if j % batch_every == batch_every - 1:
            batch_move("registration_review", [])
            batch_move("registered", ["--note", f"p{worker} trả lại"])
    with open(out, "w") as f:
        json.dump(report, f)


if __name__ == "__main__":
    main()
