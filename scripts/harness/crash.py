#!/usr/bin/env python3
"""Crash harness: SIGKILLs random dvk write commands at random instants and checks the data
directory after each kill and after the next open.

Usage: crash.py --dvk PATH --defaults DATA_FOLDER --kills N [--seed S] [--work FOLDER] [--json]

On a directory made by `dvk init --demo --allow-env-user`, it starts one write command at a time
(add, edit, single and batch moves, inspect, appraise, decision add/recipient/issue, award,
replicate, users add, units add, backup, init --demo into a fresh folder) in a process group of
its own and SIGKILLs the group after a random delay. A command that exits 0 before the kill is
"acknowledged": everything on disk right after it is promised and must never be lost. After every
kill it checks that every JSON file parses (a torn file otherwise); every few kills it runs the next
command normally (the "next open") and then checks: `dvk check` exits 0, no `*.tmp` and no
`.intent.json` is left, every link is two-way, every record's revision has its journal line, every
acknowledged save is still there.

The last line printed is a JSON object of figures (with --json only that object is printed on
stdout, the details go to stderr).
"""
import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time

RECORD_FOLDERS = ("models", "inspections", "decisions")


def log(*parts):
    print(*parts, file=sys.stderr, flush=True)


class Dvk:
    def __init__(self, binary, defaults, home):
        self.binary = binary
        self.env = {"LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "HOME": home, "DVK_DEFAULTS": defaults}

    def argv(self, data, args):
        return [self.binary, "--data", data] + args

    def run(self, data, args, user=None, timeout=120):
        env = dict(self.env)
        if user:
            env["DVK_USER"] = user
        p = subprocess.run(self.argv(data, args), env=env, stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout)
        return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")

    def run_and_kill(self, data, args, user, delay):
        """Starts the command in a new session (its own process group), SIGKILLs the group after
        `delay` seconds unless it ended first. Returns (killed, code, stdout, stderr)."""
        env = dict(self.env)
        if user:
            env["DVK_USER"] = user
        out = tempfile.TemporaryFile()
        err = tempfile.TemporaryFile()
        p = subprocess.Popen(self.argv(data, args), env=env, stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                             start_new_session=True)
        deadline = time.monotonic() + delay
        while True:
            if p.poll() is not None:
                break
            left = deadline - time.monotonic()
            if left <= 0:
                try:
                    os.killpg(p.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                p.wait()
                break
            time.sleep(min(left, 0.0005))
        out.seek(0)
        err.seek(0)
        killed = p.returncode == -signal.SIGKILL
        return killed, p.returncode, out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace")


# ---------------------------------------------------------------------------------------------
# Reading the data directory


def read_json(path):
    with open(path, "rb") as f:
        return json.loads(f.read().decode("utf-8"))


def all_json_files(root):
    """Every .json file, except in `.tmp/`: the staging folder of the commit protocol, whose files
    never counted and are deleted at the next open (data-format §3.7)."""
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if d != ".tmp"]
        for name in files:
            if name.endswith(".json") and not name.endswith(".tmp"):
                yield os.path.join(folder, name)


def torn_files(root):
    """Every .json file under root that does not parse, and every journal line that does not."""
    torn = []
    for path in all_json_files(root):
        try:
            read_json(path)
        except (ValueError, UnicodeDecodeError) as e:
            torn.append(f"{path}: {e}")
        except FileNotFoundError:
            pass  # renamed away while walking: cannot happen here (no process runs), but harmless
    return torn


def journal_lines(root):
    """(entries, torn lines as 'path:line')."""
    path = os.path.join(root, "journal.jsonl")
    entries, torn = [], []
    try:
        data = open(path, "rb").read()
    except FileNotFoundError:
        return entries, torn
    lines = data.split(b"\n")
    for number, line in enumerate(lines, 1):
        if not line:
            continue
        try:
            entries.append(json.loads(line.decode("utf-8")))
        except (ValueError, UnicodeDecodeError):
            torn.append(f"{path}:{number}")
    if data and not data.endswith(b"\n"):
        torn.append(f"{path}:{len(lines)} (no final newline)")
    return entries, torn


def leftovers(root):
    """Temporary files (`*.tmp`), an intent, and anything in the staging folder `.tmp/`."""
    found = []
    for folder, dirs, files in os.walk(root):
        staging = os.path.sep + ".tmp" in folder[len(root):] + os.path.sep
        for name in files:
            if name.endswith(".tmp") or name == ".intent.json" or staging:
                found.append(os.path.join(folder, name))
        if staging:
            found += [os.path.join(folder, d) + "/" for d in dirs]
    return found


def load_records(root):
    records = {}
    for kind in RECORD_FOLDERS:
        folder = os.path.join(root, kind)
        try:
            names = os.listdir(folder)
        except FileNotFoundError:
            continue
        for name in names:
            if not name.endswith(".json") or name.startswith("."):
                continue
            try:
                records[(kind, name[:-5])] = read_json(os.path.join(folder, name))
            except (ValueError, UnicodeDecodeError, FileNotFoundError):
                pass  # counted as torn elsewhere
    return records


def dangling_links(records):
    """Every one-way link, as text: model ↔ inspection round, model ↔ decision, parent ↔ child."""
    models = {i: r for (k, i), r in records.items() if k == "models"}
    rounds = {i: r for (k, i), r in records.items() if k == "inspections"}
    decisions = {i: r for (k, i), r in records.items() if k == "decisions"}
    problems = []

    def round_models(r):
        ids = set(r.get("modelIds", []))
        for f in r.get("findings", []):
            if isinstance(f, dict) and f.get("modelId"):
                ids.add(f["modelId"])
        return ids

    for mid, m in models.items():
        for rid in m.get("inspectionIds", []):
            if rid not in rounds:
                problems.append(f"model {mid} → missing round {rid}")
            elif mid not in round_models(rounds[rid]):
                problems.append(f"model {mid} → round {rid}, which does not list it")
        for did in m.get("decisionIds", []):
            if did not in decisions:
                problems.append(f"model {mid} → missing decision {did}")
            elif mid not in {x.get("modelId") for x in decisions[did].get("recipients", [])}:
                problems.append(f"model {mid} → decision {did}, which does not list it")
        parent = m.get("parentId")
        if parent and m.get("origin") == "replicated":
            if parent not in models:
                problems.append(f"child {mid} → missing parent {parent}")
            elif mid not in (models[parent].get("replication") or {}).get("childIds", []):
                problems.append(f"child {mid} → parent {parent}, which does not list it")
        for child in (m.get("replication") or {}).get("childIds", []):
            if child not in models:
                problems.append(f"parent {mid} → missing child {child}")
            elif models[child].get("parentId") != mid:
                problems.append(f"parent {mid} → child {child}, which points elsewhere")
    for rid, r in rounds.items():
        for mid in round_models(r):
            if mid not in models:
                problems.append(f"round {rid} → missing model {mid}")
            elif rid not in models[mid].get("inspectionIds", []):
                problems.append(f"round {rid} → model {mid}, which does not list it")
    for did, d in decisions.items():
        for x in d.get("recipients", []):
            mid = x.get("modelId")
            if not mid:
                continue
            if mid not in models:
                problems.append(f"decision {did} → missing model {mid}")
            elif did not in models[mid].get("decisionIds", []):
                problems.append(f"decision {did} → model {mid}, which does not list it")
    return problems


def journal_gaps(records, entries):
    """Records whose current revision has no journal line reaching it."""
    reached = {(e.get("kind"), e.get("id"), e.get("toRevision")) for e in entries}
    kinds = {"models": "model", "inspections": "inspection", "decisions": "decision"}
    gaps = []
    for (kind, rid), r in records.items():
        rev = r.get("revision")
        if (kinds[kind], rid, rev) not in reached and (kind, rid, rev) not in reached:
            gaps.append(f"{kind}/{rid} r{rev}")
    return gaps


def config_promises(root):
    users = read_json(os.path.join(root, "config", "users.json"))
    units = read_json(os.path.join(root, "config", "units.json"))
    return {u["login"] for u in users.get("users", [])}, {u["id"] for u in units.get("units", [])}


# ---------------------------------------------------------------------------------------------
# What an acknowledged save promised


def promise_of(record):
    return {
        "revision": record.get("revision"),
        "history": len(record.get("history", [])),
        "inspectionIds": set(record.get("inspectionIds", [])),
        "decisionIds": set(record.get("decisionIds", [])),
        "recipients": len(record.get("recipients", [])),
        "childIds": set((record.get("replication") or {}).get("childIds", [])),
        "record": record,
    }


def broken_promise(kind, rid, promise, now):
    """Why the record on disk no longer holds what was promised, or None."""
    if now is None:
        return f"{kind}/{rid}: gone (promised revision {promise['revision']})"
    if now.get("revision", 0) < promise["revision"]:
        return f"{kind}/{rid}: revision {now.get('revision')} < acknowledged {promise['revision']}"
    if now.get("revision") == promise["revision"] and now != promise["record"]:
        return f"{kind}/{rid}: same revision {promise['revision']} but different content"
    old_history = promise["record"].get("history", [])
    if now.get("history", [])[:len(old_history)] != old_history:
        return f"{kind}/{rid}: history lost entries"
    if not promise["inspectionIds"] <= set(now.get("inspectionIds", [])):
        return f"{kind}/{rid}: lost inspection links"
    if not promise["decisionIds"] <= set(now.get("decisionIds", [])):
        return f"{kind}/{rid}: lost decision links"
    if len(now.get("recipients", [])) < promise["recipients"]:
        return f"{kind}/{rid}: lost recipients"
    if not promise["childIds"] <= set((now.get("replication") or {}).get("childIds", [])):
        return f"{kind}/{rid}: lost replication children"
    return None


# ---------------------------------------------------------------------------------------------
# The harness


class Harness:
    def __init__(self, dvk, work, kills, seed, max_delay_ms, open_every):
        self.dvk = dvk
        self.work = work
        self.data = os.path.join(work, "data")
        self.kills_wanted = kills
        self.rng = random.Random(seed)
        self.max_delay = max_delay_ms / 1000.0
        self.counter = 0
        self.open_every = open_every
        self.figures = {
            "kills": 0, "commands": 0, "acknowledged": 0, "refused_or_failed": 0, "next_opens": 0, "checks": 0,
            "torn_files": 0, "torn_journal_lines": 0, "lost_saves": 0, "lost_edit_tokens": 0, "dangling_links": 0,
            "leftover_temporaries": 0, "journal_gaps": 0, "check_failures": 0, "check_problems": 0, "fresh_inits_killed": 0,
            "fresh_init_failures": 0,
        }
        self.kills_by_command = {}
        self.acknowledged_by_command = {}   # a command never acknowledged is a harness out of date
        self.refused_by_command = {}
        self.details = {k: set() for k in ("torn_files", "torn_journal_lines", "lost_saves", "lost_edit_tokens", "dangling_links",
                                           "leftover_temporaries", "journal_gaps", "check_failures", "check_problems",
                                           "fresh_init_failures")}
        self.promises = {}          # (kind, id) -> promise
        self.promised_users = set()
        self.promised_units = set()
        # Edit tokens: (model id) -> (last acknowledged token, tokens of later commands whose outcome is unknown)
        self.tokens = {}
        self.durations = {}         # command name -> recent run times of completed runs (s)

    # -- setup -----------------------------------------------------------------------------------

    def setup(self):
        code, out, err = self.dvk.run(self.data, ["init", "--demo", "--allow-env-user"])
        if code != 0:
            raise SystemExit(f"dvk init --demo failed ({code}): {err}")
        self.admin = self.dvk.env.get("USER") or self.login_of_admin()
        self.acknowledge()

    def login_of_admin(self):
        users = read_json(os.path.join(self.data, "config", "users.json"))
        for u in users["users"]:
            if "admin" in u.get("roles", []):
                return u["login"]
        raise SystemExit("no administrator in users.json")

    def users_with(self, role):
        users = read_json(os.path.join(self.data, "config", "users.json"))
        return [u["login"] for u in users["users"] if role in u.get("roles", [])] or [self.admin]

    # -- choosing a command ------------------------------------------------------------------------

    def pick(self, seq, n=1):
        seq = list(seq)
        if not seq:
            return []
        return self.rng.sample(seq, min(n, len(seq)))

    def unique(self, prefix):
        self.counter += 1
        return f"{prefix}{os.getpid()}x{self.counter}"

    def choose(self):
        """A random write command: (name, args, user, token or None)."""
        records = load_records(self.data)
        models = {i: r for (k, i), r in records.items() if k == "models"}
        by_state = {}
        for i, m in models.items():
            by_state.setdefault(m.get("state"), []).append(i)
        secretariat = self.pick(self.users_with("secretariat"))[0]
        leader = self.pick(self.users_with("leader"))[0]
        appraiser = self.pick(self.users_with("appraiser"))[0]
        units = read_json(os.path.join(self.data, "config", "units.json"))["units"]
        unit = self.pick([u["name"] for u in units if u.get("type") == "commune"] or [u["name"] for u in units])[0]
        kind = self.rng.choices(
            ["add", "edit", "move", "batch-move", "inspect", "appraise", "decision-add", "recipient", "award", "issue",
             "replicate", "users", "units", "backup", "init-demo"],
            weights=[8, 14, 8, 8, 7, 6, 4, 3, 6, 4, 6, 3, 3, 2, 1])[0]
        if kind == "add":
            return kind, ["add", "--name", self.unique("Mô hình thử "), "--unit", unit, "--subject", "tập thể", "--kind", "mô hình",
                          "--field", "Kinh tế", "--person", "Nguyễn Văn Bình", "--objectives", "Mục tiêu " + "dài " * 200], secretariat, None
        if kind == "edit":
            mid = self.pick(models)[0]
            token = self.unique("tok")
            return kind, ["edit", mid, "--set", f"situation={token} " + "Thực trạng " * self.rng.randint(1, 400)], secretariat, (mid, token)
        moves = {"registered": ("registration_review", []), "registration_review": ("in_progress", []),
                 "in_progress": ("results_submitted", []), "results_submitted": ("appraisal", []),
                 "award_proposed": ("recognised", ["--note", "Chưa đủ điều kiện"])}
        if kind in ("move", "batch-move"):
            state = self.pick([s for s in moves if by_state.get(s)])[0]
            target, extra = moves[state]
            ids = self.pick(by_state[state], 1 if kind == "move" else self.rng.randint(2, 6))
            return kind, ["move", ",".join(ids), target] + extra, leader, None
        if kind == "inspect":
            ids = self.pick(by_state.get("in_progress", []) + by_state.get("results_submitted", []), self.rng.randint(1, 5))
            return kind, ["inspect", "--date", "12/06/2025", "--level", "huyện", "--team", "Đoàn kiểm tra BCĐ huyện",
                          "--models", ",".join(ids), "--findings", "Đạt yêu cầu"], secretariat, None
        if kind == "appraise":
            appraisers = self.users_with("appraiser")
            # a model under appraisal and an appraiser who has no sheet on it yet
            open_sheets = [(i, a) for i in by_state.get("appraisal", []) for a in appraisers
                           if a not in {x.get("appraiser") for x in models[i].get("appraisals", [])}]
            mid, appraiser = self.pick(open_sheets)[0] if open_sheets else (self.pick(models)[0], appraiser)
            criteria = read_json(os.path.join(self.data, "config", "rubric.json"))["criteria"]
            scores = ",".join(str(self.rng.randint(c["max"] // 2, c["max"])) for c in criteria)
            if self.rng.random() < 0.5:
                return kind, ["appraise", mid, "--scores", scores], appraiser, None   # the appraiser's own sheet
            # the secretariat entering a paper sheet for an appraiser
            return kind, ["appraise", mid, "--for", appraiser, "--scores", scores], secretariat, None
        if kind == "decision-add":
            return kind, ["decision", "add", "--number", self.unique("H") + "/QĐ-UBND", "--form", "Giấy khen", "--level", "huyện",
                          "--track", "Chính quyền", "--signer", "Hà Đức Tập", "--proposed", "--year", "2025"], secretariat, None
        decisions = {i: r for (k, i), r in records.items() if k == "decisions"}
        # Decisions are named by their file id (dvk takes a number or an id); a proposal may
        # have no number yet, which issuing then needs.
        proposed = [i for i, d in decisions.items() if d.get("status") == "proposed"]
        if kind == "recipient":
            did = self.pick(proposed or list(decisions))[0]
            return kind, ["decision", "recipient", did, "--name", self.unique("Tập thể "), "--subject", "tập thể"], secretariat, None
        if kind == "award" and proposed:
            ids = self.pick(by_state.get("recognised", []), self.rng.randint(1, 4))
            return kind, ["award", ",".join(ids), "--decision", self.pick(proposed)[0], "--force"], secretariat, None
        if kind == "issue" and proposed:
            with_models = [i for i in proposed if any(x.get("modelId") for x in decisions[i].get("recipients", []))]
            did = self.pick(with_models or proposed)[0]
            number = [] if decisions[did].get("number") else ["--number", self.unique("I") + "/QĐ-UBND"]
            return kind, ["decision", "issue", did, "--date", "14/10/2025"] + number, secretariat, None
        if kind == "replicate":
            mid = self.pick(models)[0]
            places = ";".join(self.unique("Thôn ") for _ in range(self.rng.randint(1, 4)))
            return kind, ["replicate", mid, "--places", places, "--year", "2025"], secretariat, None
        if kind == "users":
            return kind, ["users", "add", self.unique("u"), "--name", "Người thử", "--role", "secretariat"], self.admin, None
        if kind == "units":
            return kind, ["units", "add", self.unique("Xã Thử ")], self.admin, None
        if kind == "backup":
            return kind, ["backup"], self.admin, None
        if kind == "init-demo":
            return kind, ["init", "--demo", "--allow-env-user"], None, None
        return self.choose()

    def delay_for(self, name):
        """Half of the kills at a uniform instant in 0–max_delay; the other half in the last part of
        the command's usual run time, where it writes (files are written after loading and
        checking), so that many kills land inside writes."""
        seen = self.durations.get(name)
        if not seen or self.rng.random() < 0.5:
            return self.rng.uniform(0, self.max_delay if name != "init-demo" else 8 * self.max_delay)
        usual = sorted(seen)[len(seen) // 2]
        return self.rng.uniform(usual * 0.6, usual * 1.05)

    # -- running -----------------------------------------------------------------------------------

    def note_token(self, token, acknowledged):
        if not token:
            return
        mid, tok = token
        last, unknown = self.tokens.get(mid, (None, []))
        self.tokens[mid] = (tok, []) if acknowledged else (last, unknown + [tok])

    def run_one(self, kill):
        name, args, user, token = self.choose()
        target = self.data
        if name == "init-demo":
            target = os.path.join(self.work, self.unique("fresh-"))
        self.figures["commands"] += 1
        started = time.monotonic()
        if kill:
            killed, code, out, err = self.dvk.run_and_kill(target, args, user, self.delay_for(name))
        else:
            code, out, err = self.dvk.run(target, args, user)
            killed = False
        elapsed = time.monotonic() - started
        if killed:
            self.figures["kills"] += 1
            self.kills_by_command[name] = self.kills_by_command.get(name, 0) + 1
            self.note_token(token, False)
        else:
            self.durations.setdefault(name, []).append(elapsed)
            self.durations[name] = self.durations[name][-15:]
            if code == 0:
                self.figures["acknowledged"] += 1
                self.acknowledged_by_command[name] = self.acknowledged_by_command.get(name, 0) + 1
                self.note_token(token, True)
            else:
                self.figures["refused_or_failed"] += 1
                self.note_token(token, False)
                first = name not in self.refused_by_command
                self.refused_by_command[name] = self.refused_by_command.get(name, 0) + 1
                if code not in (2, 3, 4) or first:
                    log(f"note: {name} exited {code}: {err.strip()[:300]}")
        if name == "init-demo":
            self.after_fresh_init(target, killed, code, err)
        elif not killed and code == 0:
            self.acknowledge()
        return killed

    def after_fresh_init(self, folder, killed, code, err):
        for t in torn_files(folder):
            self.fail("torn_files", t)
        if killed:
            self.figures["fresh_inits_killed"] += 1
            # The next open after a killed init is what its user does: run it again. It must
            # succeed, whatever the killed one left behind.
            c, out, e = self.dvk.run(folder, ["init", "--demo", "--allow-env-user"])
            if c != 0:
                self.fail("fresh_init_failures", f"{folder}: init again after a killed init exited {c}: {(out + e).strip()[:300]}")
        elif code != 0:
            self.fail("fresh_init_failures", f"{folder}: init --demo exited {code}: {err.strip()[:300]}")
        c, out, e = self.dvk.run(folder, ["check"])
        if c != 0:
            self.fail("fresh_init_failures", f"{folder}: check after init exit {c}: {(out + e).strip()[:300]}")
        else:
            for d in dangling_links(load_records(folder)):
                self.fail("dangling_links", f"{folder}: {d}")
        for t in leftovers(folder):
            self.fail("leftover_temporaries", t)
        # Nothing half-built may stay beside it either (init builds in a hidden folder and renames).
        base = os.path.basename(folder)
        for name in os.listdir(self.work):
            if name.startswith("." + base) or (name.startswith(base) and name != base):
                self.fail("leftover_temporaries", os.path.join(self.work, name))
                shutil.rmtree(os.path.join(self.work, name), ignore_errors=True)
        shutil.rmtree(folder, ignore_errors=True)

    def acknowledge(self):
        """Everything on disk right after an acknowledged command is promised."""
        for key, record in load_records(self.data).items():
            self.promises[key] = promise_of(record)
        users, units = config_promises(self.data)
        self.promised_users |= users
        self.promised_units |= units

    def fail(self, figure, detail):
        if detail not in self.details[figure]:
            self.details[figure].add(detail)
            self.figures[figure] += 1
            log(f"FAIL {figure}: {detail}")

    # -- checking ----------------------------------------------------------------------------------

    def check_torn(self, journal=True):
        for t in torn_files(self.data):
            self.fail("torn_files", t)
        if not journal:
            return
        _, torn = journal_lines(self.data)
        for t in torn:
            self.fail("torn_journal_lines", t)

    def check_after_open(self):
        self.figures["checks"] += 1
        self.check_torn()
        code, out, err = self.dvk.run(self.data, ["check"])
        if code != 0:
            self.fail("check_failures", f"check {self.figures['checks']} exit {code}: {(out + err).strip()[:500]}")
            for line in (out + err).splitlines():
                if line.strip():
                    self.fail("check_problems", line.strip()[:300])
        records = load_records(self.data)
        for d in dangling_links(records):
            self.fail("dangling_links", d)
        for t in leftovers(self.data):
            self.fail("leftover_temporaries", t)
        entries, _ = journal_lines(self.data)
        for g in journal_gaps(records, entries):
            self.fail("journal_gaps", g)
        for key, promise in self.promises.items():
            why = broken_promise(key[0], key[1], promise, records.get(key))
            if why:
                self.fail("lost_saves", why)
        users, units = config_promises(self.data)
        for login in self.promised_users - users:
            self.fail("lost_saves", f"users.json: lost acknowledged user {login}")
        for unit in self.promised_units - units:
            self.fail("lost_saves", f"units.json: lost acknowledged unit {unit}")
        for mid, (last, unknown) in self.tokens.items():
            model = records.get(("models", mid))
            if model is None or last is None and not unknown:
                continue
            value = model.get("situation", "")
            allowed = ([last] if last else []) + unknown
            if not any(value.startswith(t + " ") for t in allowed) and last is not None:
                self.fail("lost_edit_tokens", f"models/{mid}: situation lost the acknowledged edit {last}")
        # Old backups are checked (above) and then removed, to keep the scratch folder small.
        shutil.rmtree(os.path.join(self.data, "backups"), ignore_errors=True)

    def run(self):
        self.setup()
        while self.figures["kills"] < self.kills_wanted:
            for _ in range(self.rng.randint(1, self.open_every)):
                if self.run_one(kill=True):
                    # Record and config files are replaced by rename: whole at every instant. A
                    # journal line cut short by the kill may wait for the next open to cut it off
                    # and append it again (data-format §3.7), so the journal is read after it.
                    self.check_torn(journal=False)
            # The next open: a command run to its end, then the checks.
            self.figures["next_opens"] += 1
            self.run_one(kill=False)
            self.check_after_open()
        return self.figures


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dvk", required=True)
    parser.add_argument("--defaults", required=True, help="the repository's data/ folder")
    parser.add_argument("--kills", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--max-delay-ms", type=float, default=50)
    parser.add_argument("--open-every", type=int, default=4, help="at most this many kills between two checked next opens")
    parser.add_argument("--work", default=None, help="scratch folder (default: a new temporary one, removed at the end)")
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder")
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    work = args.work or tempfile.mkdtemp(prefix="dvk-crash-")
    dvk = Dvk(os.path.abspath(args.dvk), os.path.abspath(args.defaults), work)
    harness = Harness(dvk, work, args.kills, seed, args.max_delay_ms, args.open_every)
    started = time.monotonic()
    try:
        figures = harness.run()
    finally:
        if not args.keep and not args.work:
            shutil.rmtree(work, ignore_errors=True)
    figures["seconds"] = round(time.monotonic() - started, 1)
    figures["seed"] = seed
    figures["kills_by_command"] = harness.kills_by_command
    figures["acknowledged_by_command"] = harness.acknowledged_by_command
    log("crash harness: " + ", ".join(f"{k} {v}" for k, v in figures.items() if not k.endswith("_by_command")))
    log("kills by command: " + ", ".join(f"{k} {v}" for k, v in sorted(harness.kills_by_command.items())))
    log("acknowledged by command: " + ", ".join(f"{k} {v}" for k, v in sorted(harness.acknowledged_by_command.items())))
    print(json.dumps(figures, ensure_ascii=False), flush=True)
    failures = sum(figures[k] for k in harness.details)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
