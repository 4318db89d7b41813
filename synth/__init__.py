"""Synthetic corpus of plan documents in the genre, with their facts as ground truth.

generate(n_plans, seed, out_dir, variation_share=0.2, progress=None) -> GenerationSummary
    writes out_dir/<name>.txt (the plan, UTF-8) and out_dir/<name>.json (its facts, SCHEMA.md layout)
iter_plans(n_plans, seed, variation_share=0.2) -> Iterator[(name, text, facts)]
    the same plans, streamed without files

Deterministic for a seed; memory bounded by the number of administrative units, not of plans.
"""

from synth.generator import GenerationSummary, generate, iter_plans

__all__ = ["GenerationSummary", "generate", "iter_plans"]
