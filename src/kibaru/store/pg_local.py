"""A throwaway PostgreSQL cluster in a temporary folder, from the server's own binaries.

For tests, benchmarks and trying the team-server backend on one machine: ``initdb`` a cluster in a
temp folder, start it on a free port with its unix socket in that folder, and remove everything at
the end. Nothing listens on the network. ``initdb`` and ``postgres`` refuse to run as root, so as
root the server runs as an unprivileged user (``nobody`` unless ``$KIBARU_PG_USER`` names another).

    with LocalCluster() as cluster:
        url = cluster.create_database("kibaru")
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType

from kibaru.errors import StorageError

# Debian's layout: /usr/lib/postgresql/<major>/bin; the newest major wins. $KIBARU_PG_BIN overrides.
_BIN_GLOB = "/usr/lib/postgresql/*/bin"
# Generous on a loaded 2-core machine; a healthy start takes well under a second.
START_TIMEOUT_S = 60.0
SUPERUSER = "kibaru"


def find_bin_dir() -> Path | None:
    """The folder holding ``initdb`` and ``pg_ctl``, or None when PostgreSQL is not installed."""
    candidates = [os.environ["KIBARU_PG_BIN"]] if os.environ.get("KIBARU_PG_BIN") else []

    def major(path: str) -> float:
        try:
            return float(Path(path).parent.name)
        except ValueError:
            return 0.0

    candidates += sorted(glob.glob(_BIN_GLOB), key=major, reverse=True)
    for folder in candidates:
        if (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    on_path = shutil.which("initdb")
    beside = Path(on_path).resolve().parent if on_path else None
    return beside if beside and (beside / "pg_ctl").exists() else None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class LocalCluster:
    """A private PostgreSQL server; ``url(dbname)`` connects over its unix socket, trust auth."""

    def __init__(self, bin_dir: Path | None = None, *, run_as: str | None = None, durable: bool = False) -> None:
        found = bin_dir or find_bin_dir()
        if found is None:
            raise StorageError("PostgreSQL server binaries not found (Debian: apt-get install postgresql)")
        self.bin_dir = found
        self.run_as = run_as or (os.environ.get("KIBARU_PG_USER", "nobody") if os.geteuid() == 0 else None)
        self.port = free_port()
        self.root = Path(tempfile.mkdtemp(prefix="kibaru-pg-"))
        self.data = self.root / "data"
        self.durable = durable  # False: fsync off (tests); True: the server's defaults (benchmarks)
        self.started = False
        self._counter = 0

    # -- lifecycle ------------------------------------------------------------------------
    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        command = [str(self.bin_dir / args[0]), *args[1:]]
        if self.run_as:
            command = ["runuser", "-u", self.run_as, "--", *command]
        return subprocess.run(command, capture_output=True, text=True, check=False, cwd=self.root)

    def start(self) -> LocalCluster:
        if self.run_as:
            shutil.chown(self.root, user=self.run_as)
        self.root.chmod(0o755)
        done = self._run("initdb", "-D", str(self.data), "-U", SUPERUSER, "--auth=trust", "-E", "UTF8",
                         "--locale=C.UTF-8", "--no-sync")
        if done.returncode != 0:
            raise StorageError(f"initdb failed: {done.stderr.strip() or done.stdout.strip()}")
        # No TCP, the socket in our own folder; for tests, no durability (fsync off).
        options = f"-p {self.port} -k {self.root} -c listen_addresses='' -c max_connections=60"
        if not self.durable:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        done = self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "server.log"), "-o", options,
                         "-w", "-t", str(int(START_TIMEOUT_S)), "start")
        if done.returncode != 0:
            log = self.root / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            self.remove()
            raise StorageError(f"pg_ctl start failed: {done.stderr.strip()} {tail}")
        self.started = True
        return self

    def stop(self) -> None:
        if self.started:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
            self.started = False

    def remove(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> LocalCluster:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()
        self.remove()

    # -- databases ------------------------------------------------------------------------
    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://{SUPERUSER}@/{dbname}?host={self.root}&port={self.port}"

    def create_database(self, name: str | None = None, *, template: str | None = None) -> str:
        """Create a database (a fresh name unless given) and return its URL."""
        import psycopg
        from psycopg import sql

        if name is None:
            self._counter += 1
            name = f"kibaru_{os.getpid()}_{self._counter}_{int(time.monotonic() * 1000) % 100000}"
        statement = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
        if template:
            statement = sql.SQL("{} TEMPLATE {}").format(statement, sql.Identifier(template))
        with psycopg.connect(self.url(), autocommit=True) as con:
            con.execute(statement)
        return self.url(name)
