"""Vankien's SHACL shapes and the validators that run them (on the store, and with pySHACL)."""
