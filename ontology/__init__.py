"""Vankien's ontology, IRI scheme, facts-to-RDF mapping, reference data and ontology checks."""
