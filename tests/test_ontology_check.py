"""`vankien ontology check`: owlready2 + HermiT find the ontology consistent, with no unsatisfiable class."""

from __future__ import annotations

import shutil

import pytest

from ontology.check import check_ontology


@pytest.fixture(autouse=True)
def _java() -> None:
    if shutil.which("java") is None:
        pytest.fail("the HermiT reasoner needs Java: run `make setup` (it installs default-jre-headless)")


BAD_PREFIXES = """@prefix vk: <https://vankien.example.org/ontology#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
"""


def test_ontology_is_consistent_and_satisfiable() -> None:
    result = check_ontology()
    assert result.ok, result.summary()
    assert result.classes > 80 and result.properties > 60


def test_reasoner_catches_an_unsatisfiable_class() -> None:
    result = check_ontology(
        BAD_PREFIXES + "vk:Broken a owl:Class ; rdfs:subClassOf vk:PartyBody , vk:StateBody ."
    )
    assert result.consistent
    assert result.unsatisfiable == ["https://vankien.example.org/ontology#Broken"]


def test_reasoner_catches_an_inconsistency() -> None:
    result = check_ontology(BAD_PREFIXES + "vk:x a vk:PartyBody , vk:StateBody .")
    assert not result.consistent and not result.ok
