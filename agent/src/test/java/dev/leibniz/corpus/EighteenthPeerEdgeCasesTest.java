package dev.leibniz.corpus;

import static dev.leibniz.corpus.PeerJacobians.jacobians;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.corpus.peers18.DiffktObjects;
import dev.leibniz.corpus.peers18.DiffktScalar;
import dev.leibniz.corpus.peers18.DiffktTensor;
import dev.leibniz.testing.Transformed;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The eighteenth peer round's asserted derivatives, in both modes, at DiffKt's own points: the values its tests assert
 * (Float literals, or the analytic expressions the tests compare with, checked to 1e-6 relative or 1e-6), among them the
 * point the corpus cannot difference, PredicateTest's tie 4.9 = 4.9 of ifThenElse(x > y, 2x, y), a jump, where DiffKt
 * and Leibniz both take the branch the comparison selects (y's: 1 along y, 0 along x).
 */
class EighteenthPeerEdgeCasesTest {
  private static final Class<?> SCALAR = Transformed.of(DiffktScalar.class, true).type;
  private static final Class<?> TENSOR = Transformed.of(DiffktTensor.class, true).type;
  private static final Class<?> OBJECTS = Transformed.of(DiffktObjects.class, true).type;

  private static double[] v(double... xs) {
    return xs;
  }

  /** Both modes' gradient begins with {@code expected} (the inputs the test differentiates; weights w come after). */
  private static void asserted(Class<?> t, String name, double[] expected, Object... args) throws Exception {
    double[][][] j = jacobians(t, name, -1, args);
    for (int mode = 0; mode < 2; mode++) {
      double[] got = Arrays.copyOf(j[mode][0], expected.length);
      String at = name + " at " + Arrays.deepToString(args) + (mode == 0 ? " tangent " : " adjoint ")
          + Arrays.toString(got);
      for (int i = 0; i < expected.length; i++) {
        assertEquals(expected[i], got[i], 1e-6 * Math.max(1, Math.abs(expected[i])), at);
      }
    }
  }

  @Test
  void scalarTests() throws Exception {
    asserted(SCALAR, "mul1", v(6), 3.0);
    asserted(SCALAR, "mul2", v(3 * 5.1 * 5.1), 5.1);
    asserted(SCALAR, "reciprocal", v(-1 / (2.1 * 2.1)), 2.1);
    asserted(SCALAR, "sin1", v(Math.cos(1.2)), 1.2);
    asserted(SCALAR, "sin2", v(2 * Math.cos(2.2)), 1.1);
    asserted(SCALAR, "exp", v(Math.exp(1.1)), 1.1);
    asserted(SCALAR, "ln", v(1 / 1.1), 1.1);
    double c = Math.cos(1.1);
    asserted(SCALAR, "tan", v(1 / (c * c)), 1.1);
    // the higher-order checks: dtan' is tan'' = 2 tan sec², lnp' = lnpp, lnpp' = lnppp, lnppp' = lnpppp
    asserted(SCALAR, "dtan", v(2 * Math.tan(1.1) / (c * c)), 1.1);
    asserted(SCALAR, "lnp", v(-1 / (1.1 * 1.1)), 1.1);
    asserted(SCALAR, "lnpp", v(2 / (1.1 * 1.1 * 1.1)), 1.1);
    asserted(SCALAR, "lnppp", v(-6 / (1.1 * 1.1 * 1.1 * 1.1)), 1.1);
  }

  @Test
  void transcendentalTests() throws Exception {
    double p = 0.1;
    asserted(SCALAR, "transcendental", v(2 * Math.cos(2 * p)), "sin", p);
    asserted(SCALAR, "transcendental", v(-2 * Math.sin(2 * p)), "cos", p);
    asserted(SCALAR, "transcendental", v(2 / (Math.cos(2 * p) * Math.cos(2 * p))), "tan", p);
    asserted(SCALAR, "transcendental", v(2 / (1 + 4 * p * p)), "atan", p);
    asserted(SCALAR, "transcendental", v(2 * Math.exp(2 * p)), "exp", p);
    asserted(SCALAR, "transcendental", v(1 / p), "ln", p);
    double t = Math.tanh(2 * p);
    asserted(SCALAR, "transcendental", v(2 * (1 - t * t)), "tanh", p);
    asserted(SCALAR, "sin1", v(-1), Math.PI);
    asserted(SCALAR, "sin1", v(Math.cos(Math.PI / 2)), Math.PI / 2);
  }

  @Test
  void elementwiseTests() throws Exception {
    double[] ones = v(1, 1);
    asserted(TENSOR, "sigmoid", v(0.10499363, 0.04517666), v(2, -3), ones);
    asserted(TENSOR, "powThree", v(12, 27), v(2, 3), ones);
    asserted(TENSOR, "powInt", v(12, 27), v(-2, -3), 3, ones);
    asserted(TENSOR, "powInversion", v(-0.25, -1.0 / 9), v(2, 3), ones);
    asserted(TENSOR, "powRoot", v(3, 6), v(4, 16), ones);
    asserted(TENSOR, "powInt", v(2, 4, 6, 8, 10, 12), v(1, 2, 3, 4, 5, 6), 2, v(1, 1, 1, 1, 1, 1));
    // powDScalar01: d/dEXP of 2^EXP and 3^EXP at EXP = 2, one weight at a time (the gradient's third element)
    asserted(TENSOR, "powScalarExponent", v(4, 0, 2.7725887), v(2, 3), 2.0, v(1, 0));
    asserted(TENSOR, "powScalarExponent", v(0, 6, 9.88751), v(2, 3), 2.0, v(0, 1));
    asserted(TENSOR, "powTensors", v(12, 6, 5.5451775, 9.88751), v(2, 3), v(3, 2), ones);
    asserted(TENSOR, "abs", v(1, -1), v(2, -2), ones);
    asserted(TENSOR, "relu", v(1, 0), v(2, -2), ones);
    // PredicateTest's own point with the tie 4.9 = 4.9: DiffKt's d1 diagonal (0, 2, 2, 0, 0, 0), d2 (1, 0, 0, 1, 1, 1)
    asserted(TENSOR, "ifThenElse", v(0, 2, 2, 0, 0, 0, 1, 0, 0, 1, 1, 1),
        v(1, 4.3, 3, 4.9, 3, 2), v(1.3, 2.5, 2.8, 4.9, 5, 6), v(1, 1, 1, 1, 1, 1));
  }

  @Test
  void userDefinedDifferentiableTypes() throws Exception {
    asserted(OBJECTS, "sum", v(5, 7), 2.0, 3.0);
    asserted(OBJECTS, "product", v(33, 22), 2.0, 3.0);
    asserted(OBJECTS, "pair", v(5, 7), 2.0, 3.0, v(1, 0));
    asserted(OBJECTS, "pair", v(33, 22), 2.0, 3.0, v(0, 1));
    double[] w = v(1, 1, 1, 1, 1, 1);
    asserted(OBJECTS, "tensors", v(5, 5, 5, 5, 5, 5, 7, 7, 7, 7, 7, 7), v(1, 2, 3, 4, 5, 6), v(7, 8, 9, 10, 11, 12),
        false, w);
    asserted(OBJECTS, "tensors", v(77, 88, 99, 110, 121, 132, 11, 22, 33, 44, 55, 66), v(1, 2, 3, 4, 5, 6),
        v(7, 8, 9, 10, 11, 12), true, w);
    asserted(OBJECTS, "samePrimal", v(1, 2), 1.0, 1.0);
    asserted(OBJECTS, "unusedInput", v(1, 0), 1.0, 1.0);
    asserted(OBJECTS, "pullback", v(104, 13), 10.0, 100.0);
  }
}
