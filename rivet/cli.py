"""The `rivet` command line. Importing this module stays fast: heavy libraries load inside commands."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Annotated, Any

import typer

from rivet.commands import console as console_commands
from rivet.commands import engine as engine_commands
from rivet.commands import knowledge as knowledge_commands
from rivet.commands import scheduler as scheduler_commands
from rivet.errors import RivetError
from rivet.runner import load_config, run

if TYPE_CHECKING:
    from rivet.app import App

cli = typer.Typer(
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    help="RIVET: answers for technicians.",
)
db_cli = typer.Typer(no_args_is_help=True, help="Database: migrate, status, stop.")
settings_cli = typer.Typer(no_args_is_help=True, help="Run-time settings (database > env > default).")
cli.add_typer(db_cli, name="db")
cli.add_typer(settings_cli, name="settings")
knowledge_commands.register(cli)
console_commands.register(cli)
scheduler_commands.register(cli)
engine_commands.register(knowledge_commands.eval_cli, knowledge_commands.bench_cli)

TenantOpt = Annotated[str | None, typer.Option("--tenant", "-t", help="Tenant id (default: global)")]


@db_cli.command("migrate")
def db_migrate() -> None:
    """Apply database migrations (the embedded default does this on every start)."""

    async def main(app: App) -> None:
        status = await app.db.status()
        typer.echo(f"migrated to {status['migration']} ({app.db.where})")

    run(main)


@db_cli.command("status")
def db_status(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Server and pgvector versions, database size, row counts, and where the data lives."""

    async def main(app: App) -> dict[str, Any]:
        result: dict[str, Any] = await app.db.status()
        return result

    status = run(main)
    if as_json:
        typer.echo(json.dumps(status, indent=2))
        return
    typer.echo(f"PostgreSQL     {status['postgresql']}")
    typer.echo(f"pgvector       {status['pgvector']}")
    typer.echo(f"database size  {status['database_size']}")
    typer.echo(f"migration      {status['migration']}")
    typer.echo(f"data           {status['where']}")
    typer.echo("servers:")
    for server in status["servers"]:
        latency = f"{server['latency_ms']:.1f} ms" if server["latency_ms"] is not None else "-"
        used = "writes" if server["writes"] else ""
        note = f"  ({server['error']})" if server["error"] else ""
        typer.echo(f"  {server['role']:<8} {latency:>9} {used:<6} {server['url']}{note}")
    typer.echo("tables:")
    for table, count in status["tables"].items():
        typer.echo(f"  {table:<24} {count:>10,}")


@db_cli.command("stop")
def db_stop() -> None:
    """Stop the embedded server (it restarts on demand)."""
    from rivet.db.embedded import stop_embedded

    config = load_config()
    stopped = stop_embedded(config.data_dir)
    typer.echo("embedded PostgreSQL stopped" if stopped else "embedded PostgreSQL was not running")


@settings_cli.command("get")
def settings_get(key: str, tenant: TenantOpt = None) -> None:
    """Print a setting's effective value and where it came from."""
    from rivet.settings import mask

    async def main(app: App) -> Any:
        return await app.settings.resolve(key, tenant)

    found = run(main)
    typer.echo(f"{key} = {mask(key, found.value)}  ({found.source})")


@settings_cli.command("set")
def settings_set(
    key: str,
    value: str,
    tenant: TenantOpt = None,
    by: Annotated[str, typer.Option("--by", help="Who is changing it")] = "cli",
) -> None:
    """Store a setting in the database (global, or for one tenant)."""
    from rivet.settings import mask

    async def main(app: App) -> None:
        await app.settings.set(key, value, tenant=tenant, updated_by=by)

    run(main)
    typer.echo(f"{key} = {mask(key, value)}  ({'tenant ' + tenant if tenant else 'global'})")


@settings_cli.command("list")
def settings_list(tenant: TenantOpt = None, as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Every setting with its effective value and source; secrets are masked."""

    async def main(app: App) -> list[dict[str, Any]]:
        rows: list[dict[str, Any]] = await app.settings.list(tenant)
        return rows

    rows = run(main)
    if as_json:
        typer.echo(json.dumps(rows, indent=2))
        return
    width = max(len(r["key"]) for r in rows)
    for r in rows:
        typer.echo(f"{r['key']:<{width}}  {r['value']!s:<40}  {r['source']}")


@settings_cli.command("doc")
def settings_doc() -> None:
    """Print the settings table of README.md (Markdown), generated from every package's declarations."""
    from rivet.app import declare_settings
    from rivet.settings import markdown_table

    declare_settings()
    typer.echo(markdown_table())


DEMO_QUESTIONS = (
    "kd400 tripping OC2 on decel what do i check",
    "what does OC2 mean on the kd450",
    "how do i regrease a bm7 motor",
    "max motor cable length on kd400 without output reactor",
)


@cli.command("demo")
def demo() -> None:
    """The main job on the embedded default: database, sample manuals, then chat (or sample questions)."""
    from bots.console import ensure_samples, format_reply
    from rivet.commands.console import chat

    db_status(as_json=False)
    if sys.stdin.isatty():
        chat(tenant=None)
        return

    async def main(app: App) -> None:
        from bots.console import console_message

        tenant = str(app.config.default_tenant)
        await ensure_samples(app, tenant)
        for question in DEMO_QUESTIONS:
            reply = await app.engine.dispatch(console_message(tenant, question))
            typer.echo(f"\n> {question}\n{format_reply(reply)}")

    run(main)


@cli.command("run")
def run_bots_cmd(
    platform: Annotated[str, typer.Argument(help="telegram, slack, or all (every platform configured)")] = "all",
) -> None:
    """Run the chat bots for real (tokens from the environment) until SIGTERM."""
    import os

    from rivet import processes

    env = dict(os.environ)
    if platform not in ("telegram", "slack", "all"):
        raise RivetError(f"unknown platform {platform!r}; use telegram, slack or all")
    if platform == "all":
        platforms = {p for p, var in (("telegram", "TELEGRAM_BOT_TOKEN"), ("slack", "SLACK_BOT_TOKEN")) if env.get(var)}
        if not platforms:
            raise RivetError("neither TELEGRAM_BOT_TOKEN nor SLACK_BOT_TOKEN is set; see README, Telegram and Slack")
    else:
        platforms = {platform}
    # Checked before the app (and its models) load: a wrong token is one line, at once.
    if "telegram" in platforms:
        processes.telegram_token(env)
    if "slack" in platforms:
        processes.slack_settings(env)

    async def main(app: App) -> None:
        await processes.run_bots(app, platforms, env)

    run(main, process="bots")


@cli.command("serve")
def serve_cmd() -> None:
    """The web process: /healthz, Slack HTTP events and the Telegram webhook on $PORT."""
    import os

    from rivet import processes

    env = dict(os.environ)

    async def main(app: App) -> None:
        await processes.serve(app, env)

    run(main, process="web")


def _echo_summary(summary: dict[str, Any], as_json: bool) -> None:
    """A bench's summary: JSON for scripts, else one aligned "key value" line per measure."""
    if as_json:
        typer.echo(json.dumps(summary, indent=2))
        return
    for key, value in summary.items():
        typer.echo(f"{key:<22} {value}")


@knowledge_commands.bench_cli.command("chat")
def bench_chat(
    technicians: Annotated[int, typer.Option(help="Simulated technicians, half on each platform")] = 100,
    messages: Annotated[int, typer.Option(help="Messages each, one after the other")] = 5,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Many technicians at once through the real adapters and the fake Telegram and Slack servers."""
    from rivet.chatload import chat_load

    async def main(app: App) -> dict[str, Any]:
        result = await chat_load(app, technicians=technicians, messages_each=messages)
        summary = result.summary()
        summary["problem_samples"] = result.problems[:5]
        return summary

    _echo_summary(run(main), as_json)


@knowledge_commands.bench_cli.command("replicas")
def bench_replicas(
    messages: Annotated[int, typer.Option(help="Technician messages, half Telegram, half Slack")] = 60,
    replicas: Annotated[int, typer.Option(help="Replicas of each process: bots, web, scheduler")] = 2,
    duplicate_every: Annotated[int, typer.Option(help="Every Nth message is also sent to a second replica")] = 5,
    concurrency: Annotated[int, typer.Option(help="Messages waiting for their answer at once")] = 8,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Replicas of every Procfile process as subprocesses on one database, driven through the fakes."""
    from rivet.replicas import replicas_bench

    async def main(app: App) -> dict[str, Any]:
        url = app.config.database_url
        # The replicas reach the database this process uses: DATABASE_URL, or the same embedded server.
        db_env = (
            {"DATABASE_URL": url.get_secret_value()} if url else {"RIVET_DATA_DIR": str(app.config.data_dir.resolve())}
        )
        result = await replicas_bench(
            app, db_env=db_env, messages=messages, replicas=replicas, duplicate_every=duplicate_every,
            concurrency=concurrency,
        )  # fmt: skip
        return result.summary()

    _echo_summary(run(main), as_json)


@cli.command("simulate")
def simulate_cmd(as_json: Annotated[bool, typer.Option("--json", help="One JSON object per message")] = False) -> None:
    """A scripted conversation through the fake Telegram and Slack servers, as each platform shows it."""
    from rivet.simulate import Line, simulate

    def show(line: Line) -> None:
        if as_json:
            typer.echo(json.dumps(line.as_json(), ensure_ascii=False))
            return
        where = f"{line.platform}:{line.chat}" + (f" thread {line.thread}" if line.thread else "")
        typer.echo(f"[{where}] {line.sender}: {line.text}\n")

    async def main(app: App) -> None:
        await simulate(app, show)

    run(main)


def main() -> None:
    """Console entry point: RivetError becomes one line on stderr and exit code 1."""
    try:
        cli()
    except RivetError as exc:
        typer.echo(f"error: {exc}", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        sys.exit(130)


if __name__ == "__main__":
    main()
