package dev.leibniz.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.oracle.JacobianCheck;
import dev.leibniz.oracle.ScalarFunction;
import dev.leibniz.core.ClassDifferentiator;
import dev.leibniz.core.Diagnostic;
import dev.leibniz.corpus.numbers11.RegularizedGamma;
import dev.leibniz.testing.Transformed;
import java.util.List;
import org.hipparchus.special.Gamma;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * A companion that stays over HotSpot's 8,000-byte compile limit after every cut the outliner can
 * make is generated whole (under the JVM's 64 KB) with one warning saying it runs in the
 * interpreter, instead of refusing the method: Commons Numbers' {@code RegularizedGamma.P.value}
 * reaches {@code BoostGamma.gammaIncompleteImp}, whose adjoint (10.7 KB) no cut splits. Both modes
 * against the analytic {@code dP/dx = x^(a-1) e^-x / Gamma(a)}, central differences in both inputs
 * and the dot-product test.
 */
class OversizedCompanionTest {
  static final Transformed T = Transformed.of(RegularizedGamma.P.class, true);

  @Test
  void theOversizedAdjointIsGeneratedAndWarnedNotRefused() {
    List<Diagnostic> errors = T.result.diagnostics().stream().filter(d -> !d.warning()).toList();
    assertTrue(errors.isEmpty(), errors.toString());
    List<Diagnostic> oversized = T.result.diagnostics().stream().filter(d -> d.reason().contains("no cut splits it")).toList();
    assertEquals(1, oversized.size(), T.result.diagnostics().toString());
    Diagnostic d = oversized.get(0);
    assertTrue(d.warning() && d.mode().equals("adjoint") && d.method().startsWith("gammaIncompleteImp(")
        && d.message().contains("runs it in the interpreter") && d.message().contains("-XX:-DontCompileHugeMethods"), d.message());
    ClassNode cn = new ClassNode();
    new ClassReader(T.result.transformed()).accept(cn, 0);
    int largest = 0;
    for (MethodNode m : cn.methods) {
      largest = Math.max(largest, ClassDifferentiator.codeSize(m));
    }
    assertTrue(largest > ClassDifferentiator.HUGE_METHOD_LIMIT && largest < 65535, "largest method: " + largest + " bytes");
  }

  @Test
  void bothModesMatchTheAnalyticDerivativeDifferencesAndEachOther() throws ClassNotFoundException {
    // loaded as the agent would: next to BoostGamma, which is package-private (the core's output of T,
    // not a second run of the core on the same class, 20 s on a loaded machine)
    Class<?> type = CorpusLoader.holding(RegularizedGamma.P.class, T.result.transformed())
        .loadClass(RegularizedGamma.P.class.getName());
    ScalarFunction p = new ScalarFunction(type, "value", double.class, double.class);
    // series (x < a + 1), continued fraction (x > a + 1), large a (Temme's method)
    double[][] points = {{1.7, 0.8}, {2.3, 4.0}, {0.6, 0.2}, {30.2, 28.0}};
    for (double[] ax : points) {
      double a = ax[0], x = ax[1];
      JacobianCheck.checkScalar(p, a, x); // differences along each input, adjoint against tangent
      double exact = Math.exp((a - 1) * Math.log(x) - x - Gamma.logGamma(a));
      double[] g = p.gradient(a, x), tg = p.tangentGradient(a, x);
      assertEquals(exact, g[1], 1e-12 * Math.max(1, exact), "adjoint dP/dx at " + a + ", " + x);
      assertEquals(exact, tg[1], 1e-12 * Math.max(1, exact), "tangent dP/dx at " + a + ", " + x);
      assertEquals(tg[0], g[0], 1e-12 * Math.max(1, Math.abs(tg[0])), "dP/da, tangent against adjoint at " + a + ", " + x);
    }
  }
}
