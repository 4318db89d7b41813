"""Vankien: the build pipeline, the store folder and the command line.

Layers, each importing only those before it:
  ingest (text -> facts)  ->  ontology (facts -> RDF)  ->  shapes (validation)
  ->  vankien (build, store folder, query, CLI)  ->  server (HTTP face)
"""
