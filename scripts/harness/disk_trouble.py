#!/usr/bin/env python3
"""Disk trouble: saves on a full file system and on a directory the user may not write.

Usage: disk_trouble.py --dvk PATH --defaults DATA_FOLDER (full|readonly)

full      mounts a 2 MB tmpfs (as root; inside `unshare -m`, or `unshare -Urm`, when a plain mount is
          not allowed), makes a data directory there with a few records, fills the file system
          with a big file, then tries edit, add, inspect, a batch move, decision add and users add.
          Each must exit 1 with a message naming a file of the data directory and "No space left
          on device" (or dvk's own words: "ổ đĩa đã đầy", "không còn chỗ trống"), and every file must keep its bytes. Then the big
          file is removed: `dvk check` exits 0 and a save works again.
readonly  (root, runs dvk as the OS user dvk-h1) a data directory owned by root that dvk-h1 may
          read but not write, dvk-h1 registered as administrator (so that every save is allowed by role): the same saves must exit 1 with
          a message naming a file and the refusal ("Permission denied" / "không có quyền"),
          nothing changed.

Exit 77 with a message when the scenario cannot be set up here (what is missing is said). The last
line on stdout is a JSON object of figures.
"""
import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True  # no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from concurrency import ensure_accounts, as_user  # noqa: E402

NO_SPACE = ("No space left on device", "không còn chỗ trống", "không còn chỗ", "ổ đĩa đã đầy", "disk is full", "disk full")
NO_RIGHT = ("Permission denied", "không có quyền", "Read-only file system", "chỉ đọc")


def log(*parts):
    print(*parts, file=sys.stderr, flush=True)


def snapshot(root, skip=()):
    """Every file's bytes (as a digest), by path relative to root."""
    found = {}
    for folder, dirs, files in os.walk(root):
        for name in files:
            path = os.path.join(folder, name)
            rel = os.path.relpath(path, root)
            if rel in skip:
                continue
            with open(path, "rb") as f:
                found[rel] = hashlib.sha256(f.read()).hexdigest()
    return found


def attempts(ids, round_date="12/06/2025"):
    """The saves tried on a troubled disk: single and multi-record ones."""
    return [
        ("edit", ["edit", ids[0], "--set", "situation=" + "Thực trạng mới " * 50]),
        ("add", ["add", "--name", "Mô hình mới", "--unit", "Xã Kim Bình", "--subject", "tập thể", "--kind", "mô hình",
                 "--field", "Kinh tế", "--person", "Nguyễn Văn Bình", "--objectives", "Mục tiêu"]),
        ("inspect", ["inspect", "--date", round_date, "--level", "huyện", "--team", "Đoàn kiểm tra", "--models", ",".join(ids[:3])]),
        ("batch move", ["move", ",".join(ids[:3]), "registration_review"]),
        ("decision add", ["decision", "add", "--number", "99/QĐ-UBND", "--form", "Giấy khen", "--level", "huyện",
                          "--track", "Chính quyền", "--proposed", "--year", "2025"]),
        ("users add", ["users", "add", "nguoimoi", "--role", "secretariat"]),
    ]


class Scenario:
    def __init__(self, dvk, defaults, home):
        self.dvk = dvk
        self.defaults = defaults
        self.env = {"LANG": "C.UTF-8", "PATH": "/usr/bin:/bin:/usr/sbin:/sbin", "HOME": home, "DVK_DEFAULTS": defaults}
        self.figures = {"attempts": 0, "clear_messages": 0, "unclear_messages": 0, "wrong_exit": 0, "files_changed": 0,
                        "leftover_temporaries": 0, "check_after": None, "save_after": None, "messages": {}}

    def run(self, data, args, user=None):
        argv = [self.dvk, "--data", data] + args
        if user:
            argv = as_user(user, argv)
        p = subprocess.run(argv, env=self.env, stdin=subprocess.DEVNULL, capture_output=True)
        return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")

    def setup_records(self, data, admin_args=()):
        code, out, err = self.run(data, ["init", "--config", os.path.join(self.defaults, "demo", "config")] + list(admin_args))
        if code != 0:
            raise SystemExit(f"dvk init: {err}")
        ids = []
        for i in range(4):
            code, out, err = self.run(data, ["add", "--name", f"Mô hình {i}", "--unit", "Xã Kim Bình", "--subject", "tập thể",
                                             "--kind", "mô hình", "--field", "Kinh tế", "--person", "Nguyễn Văn Bình",
                                             "--objectives", "Mục tiêu"])
            if code != 0:
                raise SystemExit(f"dvk add: {err}")
            ids.append(out.strip())
        return ids

    def try_saves(self, data, ids, words, user=None, skip=()):
        before = snapshot(data, skip)
        for name, args in attempts(ids):
            self.figures["attempts"] += 1
            code, out, err = self.run(data, args, user)
            message = err.strip()
            self.figures["messages"][name] = f"exit {code}: {message[:300]}"
            if code != 1:
                self.figures["wrong_exit"] += 1
                log(f"{name}: exit {code} (expected 1): {message[:300]}")
            names_file = data in message or "/" in message
            if any(w in message for w in words) and names_file:
                self.figures["clear_messages"] += 1
            else:
                self.figures["unclear_messages"] += 1
                log(f"{name}: unclear message: {message[:300]!r}")
        after = snapshot(data, skip)
        changed = sorted(p for p in set(before) | set(after) if before.get(p) != after.get(p))
        # A refused save may leave a stray temporary file; it is counted apart, not as damage.
        temporaries = [p for p in changed if p.endswith(".tmp") or os.path.basename(p) == ".intent.json"]
        damage = [p for p in changed if p not in temporaries]
        self.figures["files_changed"] += len(damage)
        self.figures["leftover_temporaries"] += len(temporaries)
        for p in changed:
            log(f"changed: {p}")


def mount_tmpfs(folder):
    p = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", folder], capture_output=True)
    return p.returncode == 0, p.stderr.decode().strip()


def full(args):
    scenario_home = tempfile.mkdtemp(prefix="dvk-full-")
    mountpoint = os.path.join(scenario_home, "disk")
    os.mkdir(mountpoint)
    ok, why = mount_tmpfs(mountpoint)
    if not ok:
        if os.environ.get("DVK_HARNESS_UNSHARED"):
            shutil.rmtree(scenario_home, ignore_errors=True)
            print(f"cannot mount a tmpfs even in a new mount namespace ({why}): needs CAP_SYS_ADMIN", file=sys.stderr)
            sys.exit(77)
        shutil.rmtree(scenario_home, ignore_errors=True)
        for unshare in (["unshare", "-m"], ["unshare", "-Urm"]):
            if shutil.which(unshare[0]) is None:
                break
            env = dict(os.environ, DVK_HARNESS_UNSHARED="1")
            p = subprocess.run(unshare + [sys.executable] + sys.argv, env=env)
            if p.returncode != 77:
                sys.exit(p.returncode)
        print(f"cannot mount a tmpfs ({why}), nor in `unshare -m` / `unshare -Urm`: the full-disk test needs root with CAP_SYS_ADMIN "
              "or user namespaces", file=sys.stderr)
        sys.exit(77)
    try:
        s = Scenario(args.dvk, args.defaults, scenario_home)
        data = os.path.join(mountpoint, "data")
        ids = s.setup_records(data)
        filler = os.path.join(mountpoint, "filler")
        with open(filler, "wb", buffering=0) as f:
            for chunk in (65536, 4096, 1):
                try:
                    while True:
                        f.write(b"\0" * chunk)
                except OSError:
                    pass
        s.try_saves(data, ids, NO_SPACE)
        os.unlink(filler)
        code, out, err = s.run(data, ["check"])
        s.figures["check_after"] = code
        if code != 0:
            log("check after freeing space: " + (out + err)[-500:])
        code, out, err = s.run(data, ["edit", ids[0], "--set", "situation=Đã có chỗ"])
        s.figures["save_after"] = code
        return s.figures
    finally:
        subprocess.run(["umount", "-l", mountpoint])
        shutil.rmtree(scenario_home, ignore_errors=True)


def readonly(args):
    if os.geteuid() != 0:
        print("the read-only test needs root: it creates the OS user dvk-h1 and runs dvk as that user", file=sys.stderr)
        sys.exit(77)
    ensure_accounts()
    home = tempfile.mkdtemp(prefix="dvk-ro-")
    os.chmod(home, 0o755)
    try:
        dvk = os.path.join(home, "dvk")
        shutil.copy2(args.dvk, dvk)
        os.chmod(dvk, 0o755)
        s = Scenario(dvk, args.defaults, home)
        data = os.path.join(home, "data")
        ids = s.setup_records(data)
        code, out, err = s.run(data, ["users", "add", "dvk-h1", "--role", "admin"])
        if code != 0:
            raise SystemExit(f"users add: {err}")
        # Readable by everyone, writable by root only.
        subprocess.run(["chmod", "-R", "u=rwX,go=rX", data], check=True)
        s.try_saves(data, ids, NO_RIGHT, user="dvk-h1")
        code, out, err = s.run(data, ["check"])
        s.figures["check_after"] = code
        code, out, err = s.run(data, ["edit", ids[0], "--set", "situation=Người có quyền lưu được"])
        s.figures["save_after"] = code
        return s.figures
    finally:
        shutil.rmtree(home, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dvk", required=True)
    parser.add_argument("--defaults", required=True)
    parser.add_argument("scenario", choices=["full", "readonly"])
    args = parser.parse_args()
    args.dvk = os.path.abspath(args.dvk)
    args.defaults = os.path.abspath(args.defaults)
    figures = full(args) if args.scenario == "full" else readonly(args)
    log(f"disk trouble ({args.scenario}): " + ", ".join(f"{k} {v}" for k, v in figures.items() if k != "messages"))
    for name, message in figures["messages"].items():
        log(f"  {name}: {message}")
    print(json.dumps(figures, ensure_ascii=False), flush=True)
    bad = figures["unclear_messages"] + figures["wrong_exit"] + figures["files_changed"]
    sys.exit(1 if bad or figures["check_after"] != 0 or figures["save_after"] != 0 else 0)


if __name__ == "__main__":
    main()
