"""`vankien`: the command line, a thin face over the core (ingest, ontology, shapes, the store).

Options that are settings come from `vankien.settings`, so `--help` and the server agree on names,
defaults and environment variables.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from vankien.settings import SETTINGS

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED_SEEDS = REPO_ROOT.parent / "shared" / "seeds"
SHIPPED_SAMPLES = REPO_ROOT / "ingest" / "samples"

EXIT_OK, EXIT_FINDINGS, EXIT_FAILED = 0, 1, 2


def default_plans() -> list[Path]:
    """The five sample plans beside the repository when they are there, else the project's own samples."""
    if SHARED_SEEDS.is_dir():
        return [SHARED_SEEDS]
    return [SHIPPED_SAMPLES]


def _add_setting(parser: argparse.ArgumentParser, name: str) -> None:
    s = SETTINGS[name]
    parser.add_argument(
        s.flag,
        dest=name,
        type=s.type,
        default=None,
        metavar=name.upper(),
        help=f"{s.help} (default: {s.default}; env {s.env})",
    )


def _setting(args: argparse.Namespace, name: str):
    return SETTINGS[name].value(getattr(args, name, None))


def cmd_build(args: argparse.Namespace) -> int:
    from vankien.build import build

    inputs = args.plans or default_plans()
    root = _setting(args, "store")
    try:
        result = build(inputs, root, base=_setting(args, "base"), progress=args.progress, jobs=args.jobs)
    except Exception as e:
        print(
            f"vankien build: failed, the served graph is unchanged: {type(e).__name__}: {e}", file=sys.stderr
        )
        raise
    for s in result.skipped:
        print(f"skipped {s}", file=sys.stderr)
    print(result.summary_line())
    print(f"store: {root} (build {result.build_id})")
    return EXIT_FINDINGS if result.skipped else EXIT_OK


def cmd_extract(args: argparse.Namespace) -> int:
    from ingest import InputError, extract_plan
    from vankien.build import facts_name

    status = EXIT_OK
    taken: set[str] = set()
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
    for path in args.plans:
        try:
            facts = extract_plan(path)
        except InputError as e:
            print(f"skipped {e}", file=sys.stderr)
            status = EXIT_FINDINGS
            continue
        text = json.dumps(facts, ensure_ascii=False, indent=1)
        if args.out:
            target = args.out / f"{facts_name(path, taken)}.json"
            target.write_text(text + "\n", encoding="utf-8")
            print(f"{path} -> {target}", file=sys.stderr)
        else:
            print(text)
    return status


def cmd_validate(args: argparse.Namespace) -> int:
    from shapes.validate import validate_store
    from vankien.store import StoreError, current_build

    try:
        store = current_build(_setting(args, "store")).open()
        report = validate_store(store)
    except StoreError as e:
        print(f"vankien validate: {e}", file=sys.stderr)
        return EXIT_FAILED
    if args.format == "ttl":
        print(report.to_turtle())
    elif args.format == "json":
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=1))
    else:
        print(report.to_text())
        print(report.summary())
    return EXIT_OK if report.conforms else EXIT_FINDINGS


def read_query_argument(value: str) -> str:
    """`-` reads standard input, a name ending in `.rq` is a file, anything else is the query text."""
    if value == "-":
        return sys.stdin.read()
    if value.endswith(".rq"):
        return Path(value).read_text(encoding="utf-8")
    return value


def cmd_query(args: argparse.Namespace) -> int:
    from vankien import query
    from vankien.store import StoreError, current_build

    try:
        text = read_query_argument(args.query)
    except OSError as e:
        print(f"vankien query: cannot read {args.query}: {e.strerror}", file=sys.stderr)
        return EXIT_FAILED
    try:
        store = current_build(_setting(args, "store")).open()
        result = query.run(store, text)
    except (StoreError, query.QuerySyntaxError) as e:
        print(f"vankien query: {e}", file=sys.stderr)
        return EXIT_FAILED
    if args.format == "json":
        print(query.to_json(result))
    elif args.format == "csv":
        sys.stdout.write(query.to_csv(query.as_table(result)))
    else:
        print(query.to_text_table(query.as_table(result)))
    return EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    from server import create_app, warm_up
    from server.engine import EngineUnavailable, stop_on_signals
    from server.errors import ServiceUnavailable

    config = {name.upper(): _setting(args, name) for name in SETTINGS if name not in ("host", "port")}
    app = create_app(config)
    host, port = _setting(args, "host"), _setting(args, "port")
    stop_on_signals()  # the query engines (Oxigraph processes) stop with the server
    try:
        app.extensions["vankien.engine"].current()  # start the engines now, not on the first query
    except EngineUnavailable as e:
        print(f"vankien serve: query engines not started yet: {e}", file=sys.stderr)
    try:
        warm_up(app)
    except ServiceUnavailable as e:
        print(f"vankien serve: {e.message}; waiting for a build to be published", file=sys.stderr)
    print(f"serving {config['STORE']} on http://{host}:{port}/  (SPARQL endpoint: /sparql)", file=sys.stderr)
    from waitress import serve

    serve(app, host=host, port=port, threads=_setting(args, "threads"), ident="vankien", _quiet=True)
    return EXIT_OK


def cmd_synth(args: argparse.Namespace) -> int:
    from synth import generate
    from vankien.progress import Progress

    bar = Progress(args.plans, "synth", enabled=args.progress)

    def progress(done: int) -> None:
        bar.done = done - 1
        bar.step()

    summary = generate(args.plans, args.seed, args.out, variation_share=args.variations, progress=progress)
    bar.close()
    print(
        f"wrote {summary.plans} plans ({summary.varied} with variations, {summary.chains} carrying out a "
        f"generated plan) and their facts to {args.out} in {summary.seconds:.1f} s"
    )
    return EXIT_OK


def cmd_ontology_check(args: argparse.Namespace) -> int:
    from ontology.check import check_ontology

    result = check_ontology()
    print(result.summary())
    return EXIT_OK if result.ok else EXIT_FINDINGS


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="vankien",
        description="Vankien: a knowledge graph of Vietnamese plan documents, built from their text "
        "and served over SPARQL.",
    )
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(
        name: str, func: Callable[[argparse.Namespace], int], help: str, **kw
    ) -> argparse.ArgumentParser:
        c = sub.add_parser(name, help=help, description=help, **kw)
        c.set_defaults(func=func)
        return c

    c = command(
        "build", cmd_build, "read plans, extract their facts, write RDF, validate, and publish a new store"
    )
    c.add_argument(
        "plans",
        nargs="*",
        type=Path,
        metavar="PLANS_DIR_OR_FILES",
        help=f"plan files (.txt, .docx, .pdf) or folders of them (default: {SHARED_SEEDS} if present, "
        f"else the samples the project ships)",
    )
    _add_setting(c, "store")
    _add_setting(c, "base")
    c.add_argument(
        "--jobs",
        type=int,
        default=None,
        metavar="N",
        help="processes that extract plans in parallel (default: one per core)",
    )
    c.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show a progress bar (default: when standard error is a terminal)",
    )

    c = command("extract", cmd_extract, "print the facts of plans as JSON (the layout of the gold facts)")
    c.add_argument("plans", nargs="+", type=Path, metavar="PLAN")
    c.add_argument("--out", type=Path, metavar="DIR", help="write one PLAN_STEM.json per plan into DIR")

    c = command(
        "validate",
        cmd_validate,
        "validate the served store with the SHACL shapes; exit 0 conforms, 1 violations, 2 could not run",
    )
    _add_setting(c, "store")
    c.add_argument(
        "--format",
        choices=["text", "json", "ttl"],
        default="text",
        help="text (grouped by plan), json, or ttl (the standard SHACL report graph)",
    )

    c = command(
        "query", cmd_query, "run a SPARQL query on the served store (all graphs as the default graph)"
    )
    c.add_argument(
        "query",
        metavar="QUERY_OR_FILE.rq",
        help="the query text, a file whose name ends in .rq, or - for standard input",
    )
    c.add_argument("--format", choices=["table", "json", "csv"], default="table")
    _add_setting(c, "store")

    c = command("serve", cmd_serve, "serve the SPARQL endpoint and the browsing pages")
    for name in SETTINGS:
        if name != "base":
            _add_setting(c, name)
    _add_setting(c, "base")

    c = command(
        "synth",
        cmd_synth,
        "generate plans in the genre, each with its facts JSON as ground truth (deterministic per seed)",
    )
    c.add_argument("out", type=Path, metavar="OUT", help="folder to write NAME.txt and NAME.json into")
    c.add_argument("--plans", type=int, default=1000, metavar="N", help="how many plans (default: 1000)")
    c.add_argument("--seed", type=int, default=1, metavar="S", help="random seed (default: 1)")
    c.add_argument(
        "--variations",
        type=float,
        default=0.2,
        metavar="SHARE",
        help="share of plans with the text variations of real files (default: 0.2)",
    )
    c.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show a progress bar (default: when standard error is a terminal)",
    )

    c = command("ontology", lambda a: (c.print_help(), EXIT_FAILED)[1], "work with the ontology")
    osub = c.add_subparsers(dest="ontology_command", metavar="SUBCOMMAND")
    oc = osub.add_parser(
        "check",
        help="load the ontology with owlready2 and run the HermiT reasoner",
        description="load the ontology with owlready2 and run the HermiT reasoner (needs Java)",
    )
    oc.set_defaults(func=cmd_ontology_check)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
