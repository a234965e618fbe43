package dev.leibniz.corpus.peers;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The peer round").
 * Source: Enzyme (EnzymeAD/Enzyme on GitHub), enzyme/test/Integration/ReverseMode/controlflow.c (f: two blocks A and
 * B joined by gotos, each a rotation-like update of x[0], x[1], leaving when x[0]^2 < x[1]) and loopsnested.c (fcheck:
 * the fixed sequence doA doA doB doB doA doB of the same updates, called through helpers).
 * Licence: Enzyme is Apache-2.0 with LLVM exceptions. Written here in Java from the C functions (same names, same
 * statements); no comments or other text were copied.
 * Translation: Java has no goto. Block A is the body of the loop labelled A, block B the body of the loop labelled B
 * nested in it: `goto A` is `continue A`, `goto B` from B is `continue B` (the end of B's body), and `goto B` from A
 * falls into B. The order of the updates and tests is C's.
 */

import dev.leibniz.Differentiable;

public final class EnzymeControlflow {
  private EnzymeControlflow() {}

  @Differentiable
  public static void f(double[] x) {
    double t;
    A:
    while (true) {
      t = 4 * Math.cos(x[0] + x[1]);
      x[0] = 3 * Math.sin(2 * x[0] + x[1]);
      x[1] = t;
      if (x[0] * x[0] < x[1]) return;
      else if (x[0] > 0) continue A;
      B:
      while (true) {
        t = 4 * Math.sin(2 * x[0] + x[1]);
        x[0] = 4 * Math.cos(x[0] + 2 * x[1]);
        x[1] = t;
        if (x[0] * x[0] < x[1]) return;
        else if (x[0] > 0) continue A;
        else continue B;
      }
    }
  }

  static void doA(double[] x) {
    double t;
    t = 4 * Math.cos(x[0] + x[1]);
    x[0] = 3 * Math.sin(2 * x[0] + x[1]);
    x[1] = t;
  }

  static void doB(double[] x) {
    double t;
    t = 4 * Math.sin(2 * x[0] + x[1]);
    x[0] = 4 * Math.cos(x[0] + 2 * x[1]);
    x[1] = t;
  }

  @Differentiable
  public static void fcheck(double[] x) {
    doA(x);
    doA(x);
    doB(x);
    doB(x);
    doA(x);
    doB(x);
  }
}
