package dev.leibniz.corpus.peers2;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The second peer round"): the outer dict {'i': inner} of Tangent's nested_dict
 * test function (google/tangent, tests/functions.py, Apache-2.0), written here as a small class (top level, so that the
 * harness passes the caller's instance to the transformed entry).
 * Marked @Differentiable as the peer round marks the structs its functions take (README, "Objects"): without it the
 * core refuses nested_dict (its parameter's class declares no double field itself).
 */

import dev.leibniz.Differentiable;

@Differentiable
public final class TangentDictOuter {
  public TangentDictInner i;

  public TangentDictOuter(TangentDictInner i) {
    this.i = i;
  }
}
