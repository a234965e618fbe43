package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.oracle.fixtures.WithBadRules;
import dev.leibniz.oracle.fixtures.WithRules;
import dev.leibniz.testing.Transformed;
import java.util.stream.Collectors;
import org.hipparchus.special.Gamma;
import org.junit.jupiter.api.Test;

/** User-supplied rules (@DerivativeRules / @RulesFor): used instead of the callee's bytecode, checked against the contract. */
class RulesTest {
  @Test
  void ruleForLogGammaGivesLogBetaBothModes() {
    Transformed t = Transformed.of(WithRules.class);
    ScalarFunction f = new ScalarFunction(t.type, "logBeta", double.class, double.class);
    for (double[] p : new double[][] {{0.7, 2.5}, {3, 4.25}}) {
      JacobianCheck.checkScalar(f, p);
      double da = Gamma.digamma(p[0]) - Gamma.digamma(p[0] + p[1]);
      double db = Gamma.digamma(p[1]) - Gamma.digamma(p[0] + p[1]);
      double[] g = f.gradient(p);
      assertEquals(da, g[0], 1e-13 * Math.max(1, Math.abs(da)));
      assertEquals(db, g[1], 1e-13 * Math.max(1, Math.abs(db)));
      assertEquals(da, f.tangent(p, new double[] {1, 0}), 1e-13 * Math.max(1, Math.abs(da)));
    }
    assertTrue(t.result.generated().stream().noneMatch(m -> m.contains("Gamma$logGamma")), "the rule is used, nothing generated for logGamma");
  }

  @Test
  void ruleNotFollowingTheContractIsReported() {
    Transformed t = Transformed.of(WithBadRules.class, true);
    String all = t.result.diagnostics().stream().map(Diagnostic::message).collect(Collectors.joining("\n"));
    assertTrue(all.contains("BadGammaRules") && all.contains("@DerivativeRules: the rule matches no method of Gamma; the contract expects double logGamma$tangent(double, double)"), all);
    assertTrue(all.contains("WithBadRules.f(double)"), all);
    assertTrue(t.result.generated().stream().noneMatch(m -> m.contains(".f$")), all);
  }
}
