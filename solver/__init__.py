"""Z3 engines: bounded model checking, unbounded and parametric proofs, decoding, certificates."""
