package dev.leibniz.corpus.selftest;

import dev.leibniz.Differentiable;

/** For the harness's own test: see {@link PublicBase}. */
public class SubclassOfPublicBase extends PublicBase {
  public SubclassOfPublicBase() {
    super(new HiddenScale());
  }

  @Differentiable
  public double f(double x) {
    return scale * x * x;
  }
}
