"""Running ``python -m fieldpartner.cli`` as a real subprocess, as HQ scripts would.

Imported by the CLI tests (and their conftest) as a plain module.

Secrets go in through the environment only; ``run`` refuses to put any known secret on the
command line, so a test cannot pass by leaking one into argv.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

RECOVERY_KEY = re.compile(r"\b[0-9A-Z]{4}(?:-[0-9A-Z]{4}){12}\b")


@dataclass
class Result:
    code: int
    out: str
    err: str

    @property
    def error_lines(self) -> list[str]:
        return [line for line in self.err.splitlines() if line.strip()]


@dataclass
class Cli:
    """Runs the CLI with HOME and XDG folders in tmp and a clean FIELDPARTNER_* environment."""

    home: Path
    secrets: set[str] = field(default_factory=set)

    def env(self, extra: dict[str, str] | None) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("FIELDPARTNER_")}
        env.update(
            HOME=str(self.home),
            XDG_CONFIG_HOME=str(self.home / ".config"),
            XDG_DATA_HOME=str(self.home / ".local" / "share"),
            XDG_CACHE_HOME=str(self.home / ".cache"),
            XDG_RUNTIME_DIR=str(self.home / "run"),
            PYTHONDONTWRITEBYTECODE="1",
        )
        for value in (extra or {}).values():
            self.secrets.add(value)
        env.update(extra or {})
        return env

    def __call__(
        self, *args: object, env: dict[str, str] | None = None, stdin: str | None = None
    ) -> Result:
        argv = [str(a) for a in args]
        full_env = self.env(env)
        for arg in argv:
            for secret in self.secrets:
                assert secret not in arg, "a secret must never be passed on the command line"
        proc = subprocess.run(
            [sys.executable, "-m", "fieldpartner.cli", *argv],
            env=full_env,
            input=stdin,
            stdin=None if stdin is not None else subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=300,
            cwd=self.home,
        )
        return Result(proc.returncode, proc.stdout, proc.stderr)


def make_cli(tmp_path: Path) -> Cli:
    home = tmp_path / "home"
    (home / "run").mkdir(parents=True, mode=0o700)
    return Cli(home)


def run_on_tty(
    cli: Cli, *args: object, env: dict[str, str] | None = None, replies: list[tuple[str, str]]
) -> tuple[int, str]:
    """Run with a pseudo-terminal as the controlling terminal, answering prompts in turn.

    ``replies`` pairs a prompt text to wait for with the line to type after it (getpass
    flushes pending input, so each answer is typed only once its prompt has appeared).
    """
    import fcntl
    import pty
    import select
    import termios
    import time

    argv = [str(a) for a in args]
    master, slave = pty.openpty()

    def make_controlling_terminal() -> None:
        os.setsid()
        fcntl.ioctl(slave, termios.TIOCSCTTY, 0)

    proc = subprocess.Popen(
        [sys.executable, "-m", "fieldpartner.cli", *argv],
        env=cli.env(env),
        stdin=slave,
        stdout=slave,
        stderr=slave,
        cwd=cli.home,
        preexec_fn=make_controlling_terminal,
    )
    os.close(slave)
    output = b""
    pending = list(replies)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(master, 4096)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            output += chunk
        if pending and pending[0][0].encode() in output.split(b"\x00")[-1]:
            _prompt, reply = pending.pop(0)
            output += b"\x00"  # a marker so the same prompt text is not answered twice
            os.write(master, reply.encode() + b"\n")
        elif proc.poll() is not None and not ready:
            break
    code = proc.wait(timeout=30)
    os.close(master)
    return code, output.replace(b"\x00", b"").decode(errors="replace")
