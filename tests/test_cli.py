"""The command line: help for every subcommand, extract -> score, query formats."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from vankien.cli import main, parser

SUBCOMMANDS = ["build", "extract", "validate", "query", "serve"]


def vankien(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "vankien", *args], capture_output=True, text=True, timeout=timeout
    )


@pytest.mark.parametrize("command", SUBCOMMANDS)
def test_every_subcommand_has_help(command: str) -> None:
    proc = vankien(command, "--help")
    assert proc.returncode == 0
    assert f"usage: vankien {command}" in proc.stdout
    if command in ("build", "validate", "query", "serve"):
        assert "--store" in proc.stdout and "VANKIEN_STORE" in proc.stdout


def test_settings_flags_come_from_the_settings_table() -> None:
    from vankien.settings import SETTINGS

    serve = next(a for a in parser()._subparsers._group_actions[0].choices.items() if a[0] == "serve")[1]
    flags = {s for action in serve._actions for s in action.option_strings}
    for setting in SETTINGS.values():
        assert setting.flag in flags


def test_extract_writes_gold_layout_that_the_scorer_reads(
    seeds_dir: Path, gold_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    seeds = sorted(str(p) for p in seeds_dir.glob("*.txt"))
    proc = vankien("extract", *seeds, "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    assert sorted(p.name for p in out.glob("*.json")) == sorted(Path(s).stem + ".json" for s in seeds)
    facts = json.loads(next(out.glob("*.json")).read_text())
    for key in ("source", "document", "implements", "cited", "tasks", "recipients", "annexes", "sections"):
        assert key in facts
    score = subprocess.run(
        [sys.executable, str(gold_dir / "score.py"), str(out), str(gold_dir)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert score.returncode == 0, score.stderr
    assert "overall F1 (mean over fields):" in score.stdout


def test_query_prints_table_json_and_csv(seeds_store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    q = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"
    assert main(["query", "--text", q, "--store", str(seeds_store), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["head"]["vars"] == ["g", "n"]
    n_graphs = len(data["results"]["bindings"])
    assert n_graphs >= 7
    assert main(["query", "--text", q, "--store", str(seeds_store), "--format", "csv"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0] == ["g", "n"] and len(rows) == n_graphs + 1
    assert main(["query", "--text", q, "--store", str(seeds_store)]) == 0
    assert f"({n_graphs} rows)" in capsys.readouterr().out


def test_query_reads_a_file_and_reports_syntax_errors(
    seeds_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rq = tmp_path / "ask.rq"
    rq.write_text("ASK { GRAPH ?g { ?s ?p ?o } }")
    assert main(["query", str(rq), "--store", str(seeds_store), "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines()[1] == "true"
    assert main(["query", "-e", "SELEC nothing", "--store", str(seeds_store)]) == 2
    assert "error at 1:" in capsys.readouterr().err


def test_query_file_is_read_whatever_its_name_and_text_comes_only_by_option(
    seeds_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sparql = tmp_path / "ask.sparql"  # not named .rq: still a file, never taken for query text
    sparql.write_text("ASK { GRAPH ?g { ?s ?p ?o } }")
    assert main(["query", str(sparql), "--store", str(seeds_store), "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines()[1] == "true"
    assert main(["query", str(tmp_path / "missing.rq"), "--store", str(seeds_store)]) == 2
    err = capsys.readouterr().err
    assert "cannot read" in err and "missing.rq" in err
    for both_or_neither in ([str(sparql), "-e", "ASK {}"], []):
        with pytest.raises(SystemExit) as exit_:
            main(["query", *both_or_neither, "--store", str(seeds_store)])
        assert exit_.value.code == 2


def test_query_on_an_empty_store_folder_says_what_to_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["query", "-e", "ASK {}", "--store", str(tmp_path)]) == 2
    assert "vankien build" in capsys.readouterr().err


def test_synth_writes_plans_with_their_facts_and_they_build(tmp_path: Path) -> None:
    proc = vankien("synth", str(tmp_path / "corpus"), "--plans", "12", "--seed", "5")
    assert proc.returncode == 0, proc.stderr
    assert "wrote 12 plans" in proc.stdout
    texts = sorted((tmp_path / "corpus").glob("*.txt"))
    assert len(texts) == 12 and all(t.with_suffix(".json").is_file() for t in texts)
    build = vankien("build", str(tmp_path / "corpus"), "--store", str(tmp_path / "store"))
    assert build.returncode == 0, build.stderr
    assert "built 12 plans" in build.stdout


def test_ontology_check_command_reports_a_consistent_ontology() -> None:
    proc = vankien("ontology", "check", timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "consistent" in proc.stdout.lower()
