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


REMOTE_SETTINGS = ("store_url", "store_query", "store_update", "store_gsp")


def remote_endpoints(args: argparse.Namespace):
    """The SPARQL server named by --store-url (and its endpoint options), or None: the store is local.

    Raises ValueError when --store-url is not an http(s) URL, or --store names a URL instead of a folder.
    """
    from vankien.remote import RemoteEndpoints

    store = str(_setting(args, "store"))
    if store.startswith(("http:/", "https:/")):  # as a Path, "http://h" reads "http:/h"
        raise ValueError(f"--store is a folder, not a URL ({store}): name a SPARQL server with --store-url")
    url = _setting(args, "store_url")
    if not url:
        return None
    return RemoteEndpoints.from_settings(
        url, _setting(args, "store_query"), _setting(args, "store_update"), _setting(args, "store_gsp")
    )


def _open_store(args: argparse.Namespace):
    """The store a command reads: the server of --store-url, else the build CURRENT points at."""
    from vankien.remote import RemoteStore
    from vankien.store import current_build

    remote = remote_endpoints(args)
    if remote is not None:
        return RemoteStore(remote)
    return current_build(_setting(args, "store")).open()


def cmd_build(args: argparse.Namespace) -> int:
    from vankien.build import build

    inputs = args.plans or default_plans()
    root = _setting(args, "store")
    try:
        remote = remote_endpoints(args)
    except ValueError as e:
        print(f"vankien build: {e}", file=sys.stderr)
        return EXIT_FAILED
    try:
        result = build(
            inputs, root, base=_setting(args, "base"), progress=args.progress, jobs=args.jobs, remote=remote
        )
    except Exception as e:
        print(
            f"vankien build: failed, the served graph is unchanged: {type(e).__name__}: {e}", file=sys.stderr
        )
        raise
    for s in result.skipped:
        print(f"skipped {s}", file=sys.stderr)
    for made, line in zip(result.links, result.link_lines(), strict=True):
        print(line, file=sys.stderr if "error" in made else sys.stdout)
    print(result.summary_line())
    print(f"store: {root} (build {result.build_id})" + (f"; triples in {remote.query}" if remote else ""))
    failed_links = any("error" in made for made in result.links)
    return EXIT_FINDINGS if result.skipped or failed_links else EXIT_OK


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
    from vankien.store import StoreError

    try:
        report = validate_store(_open_store(args))
    except (StoreError, ValueError) as e:
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


def read_query(args: argparse.Namespace) -> str:
    """The query given with `--text`, or read from the file named (`-`: standard input)."""
    if args.text is not None:
        return str(args.text)
    if args.file == "-":
        return sys.stdin.read()
    return Path(args.file).read_text(encoding="utf-8")


def cmd_query(args: argparse.Namespace) -> int:
    from vankien import query
    from vankien.store import StoreError

    try:
        text = read_query(args)
    except OSError as e:
        print(f"vankien query: cannot read {args.file}: {e.strerror}", file=sys.stderr)
        return EXIT_FAILED
    try:
        result = query.run(_open_store(args), text)
    except (StoreError, ValueError, query.QuerySyntaxError) as e:
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
    from server import serving

    try:
        remote_endpoints(args)  # a bad --store-url stops here, not at the first query
    except ValueError as e:
        print(f"vankien serve: {e}", file=sys.stderr)
        return EXIT_FAILED
    config = {name.upper(): _setting(args, name) for name in SETTINGS if name not in ("host", "port")}
    host, port, http_server = _setting(args, "host"), _setting(args, "port"), _setting(args, "http_server")
    if http_server not in serving.SERVERS:
        print(
            f"vankien serve: --http-server is one of {', '.join(serving.SERVERS)}, not {http_server!r}",
            file=sys.stderr,
        )
        return EXIT_FAILED
    serving.serve(config, host, port, _setting(args, "threads"), http_server)
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


def cmd_export(args: argparse.Namespace) -> int:
    from vankien.export import ExportError, export
    from vankien.store import StoreError, current_build

    try:
        store = current_build(_setting(args, "store")).open()
        result = export(store, args.format, args.out, progress=args.progress)
    except (StoreError, ExportError) as e:
        print(f"vankien export: {e}", file=sys.stderr)
        return EXIT_FAILED
    print(result.summary(), file=sys.stderr)
    return EXIT_OK


def _list_link_sets(root: Path, fmt: str) -> int:
    from dataclasses import asdict

    from vankien import linksets

    sets, problems = linksets.recorded(root)
    if fmt == "json":
        print(
            json.dumps(
                {"link_sets": [asdict(s) for s in sets], "problems": problems}, ensure_ascii=False, indent=1
            )
        )
    else:
        for s in sets:
            options = " ".join(
                f"--{k} {v}" for k, v in (("property", s.prop), ("match", s.match), ("at", s.at)) if v
            )
            kept = linksets.folder(root) / s.key / s.file
            print(f"{s.name}: {s.source} (kept as {kept}; {options}; recorded {s.recorded})")
        if not sets:
            print(f"no link sets recorded in {linksets.folder(root)}")
    for p in problems:
        print(f"vankien link: {p}", file=sys.stderr)
    return EXIT_FINDINGS if problems else EXIT_OK


def cmd_link(args: argparse.Namespace) -> int:
    from vankien import linksets
    from vankien.link import LinkError
    from vankien.store import StoreError

    root, base = _setting(args, "store"), _setting(args, "base")
    if args.list:
        return _list_link_sets(root, args.format)
    try:
        if args.forget is not None:
            derived = linksets.forget_published(root, args.forget, base)
            print(
                f"forgot link set {args.forget!r}; "
                + (f"published build {derived.build_id} without it" if derived else "it was not served")
            )
            return EXIT_OK
        linkset = linksets.LinkSet(
            name=args.name or args.with_file.stem,
            prop=args.property,
            match=args.match,
            at=args.at,
            prefix=args.prefix,
            columns={
                f"{role}_column": getattr(args, f"{role}_column")
                for role in ("name", "code", "iri", "level")
                if getattr(args, f"{role}_column")
            },
        )
        report = linksets.link_file(root, args.with_file, base, linkset, dry_run=args.dry_run)
    except (StoreError, LinkError) as e:
        print(f"vankien link: {e}", file=sys.stderr)
        return EXIT_FAILED
    if args.format == "json":
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=1))
    else:
        print(report.to_text())
    counts = report.counts()
    return EXIT_FINDINGS if counts["ambiguous"] or counts["unmatched"] else EXIT_OK


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
    for name in REMOTE_SETTINGS:
        _add_setting(c, name)
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
    for name in REMOTE_SETTINGS:
        _add_setting(c, name)
    c.add_argument(
        "--format",
        choices=["text", "json", "ttl"],
        default="text",
        help="text (grouped by plan), json, or ttl (the standard SHACL report graph)",
    )

    c = command(
        "query", cmd_query, "run a SPARQL query on the served store (all graphs as the default graph)"
    )
    given = c.add_mutually_exclusive_group(required=True)
    given.add_argument(
        "file",
        nargs="?",
        metavar="FILE",
        help="a file holding the query (e.g. queries/most-cited.rq), or - for standard input",
    )
    given.add_argument("-e", "--text", metavar="QUERY", help="the query text itself")
    c.add_argument("--format", choices=["table", "json", "csv"], default="table")
    _add_setting(c, "store")
    for name in REMOTE_SETTINGS:
        _add_setting(c, name)

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
    _add_export_link_commands(command)
    return p


def _add_export_link_commands(command: Callable[..., argparse.ArgumentParser]) -> None:
    """`vankien export` and `vankien link` (see vankien/export.py and vankien/link.py)."""
    c = command(
        "export",
        cmd_export,
        "write the whole dataset as one dump file (or to standard output), streamed from the store",
        epilog="nq, trig and jsonld hold every named graph (one per plan, the ontology, the reference "
        "data, link sets) and not the default graph, which only repeats them: a loader rebuilds it as "
        "their union. ttl and nt have no graphs: they hold the default graph, the set union of all "
        "named graphs, each triple once.",
    )
    c.add_argument(
        "--format",
        choices=["ttl", "nt", "nq", "trig", "jsonld"],
        default="nq",
        help="nq, trig, jsonld: the named graphs; ttl, nt: their union, without graph names (default: nq)",
    )
    c.add_argument(
        "--out",
        type=Path,
        metavar="FILE",
        help="write to FILE, gzip-compressed when it ends in .gz (default: standard output)",
    )
    _add_setting(c, "store")
    c.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show a progress bar (default: when standard error is a terminal)",
    )

    c = command(
        "link",
        cmd_link,
        "align the graph's bodies and places with an outside dataset by codes and names, and publish a "
        "new build with the links in their own named graph; exit 0 all matched, 1 some ambiguous or "
        "unmatched, 2 could not run",
        epilog="Links are skos:exactMatch (or owl:sameAs with --property sameAs) in the named graph "
        "<BASE>graph/links/NAME, also in the default graph. Ambiguous records are reported with their "
        "candidates and not linked. The served build is not changed: a copy with the links is published. "
        "The link set is recorded in the store folder (STORE/links/, with a copy of FILE): every later "
        "`vankien build` aligns it afresh against its new graph.",
    )
    what = c.add_mutually_exclusive_group(required=True)
    what.add_argument(
        "--with",
        dest="with_file",
        type=Path,
        metavar="FILE",
        help="the outside dataset: .csv (columns for name, code, IRI, level; header names such as "
        "name/tên, code/mã, iri/uri/item are recognised) or RDF (.ttl, .nt, .nq, .trig, .jsonld, .rdf: "
        "subjects with labels and codes)",
    )
    what.add_argument(
        "--list", action="store_true", help="list the link sets recorded in the store folder, and stop"
    )
    what.add_argument(
        "--forget",
        metavar="NAME",
        help="drop the link set NAME: from the record (later builds leave it out) and from the served "
        "graph (a derived build is published without it)",
    )
    c.add_argument("--name", help="the link set's name, in its graph IRI (default: the file's stem)")
    c.add_argument(
        "--prefix",
        metavar="IRI",
        help="make the IRI to link to as PREFIX + code when the CSV has no IRI column",
    )
    for role in ("name", "code", "iri", "level"):
        c.add_argument(f"--{role}-column", metavar="HEADER", help=f"the CSV column holding the {role}")
    c.add_argument(
        "--property",
        choices=["exactMatch", "sameAs"],
        default="exactMatch",
        help="skos:exactMatch (default) or owl:sameAs",
    )
    c.add_argument(
        "--match",
        choices=["all", "places", "bodies"],
        default="all",
        help="which of the graph's entities records may match (default: all)",
    )
    c.add_argument(
        "--at",
        metavar="YYYY-MM-DD",
        help="match only the places and bodies that existed on that day (e.g. 2025-07-01 for a "
        "dataset of the units after the 2025 reorganisation; default: all)",
    )
    c.add_argument("--dry-run", action="store_true", help="report only; write nothing")
    c.add_argument("--format", choices=["text", "json"], default="text", help="the report's format")
    _add_setting(c, "store")
    _add_setting(c, "base")


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
