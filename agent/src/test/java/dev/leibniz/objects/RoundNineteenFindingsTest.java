package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.Derivatives;
import dev.leibniz.objects.fixtures.RoundNineteenFindings;
import dev.leibniz.objects.fixtures.RoundNineteenFindings.Node;
import dev.leibniz.objects.fixtures.LengthPoint;
import dev.leibniz.testing.Transformed;
import org.junit.jupiter.api.Test;

/**
 * The nineteenth corpus round's silently wrong derivatives, reduced to the construct that drops them, each against the
 * analytic derivative or the refusal that replaces it (corpus README, "The nineteenth round").
 */
class RoundNineteenFindingsTest {
  static final Transformed T = Transformed.of(RoundNineteenFindings.class);

  /**
   * LWJGL's Vector3f.angle: {@code p.length()} runs the final {@code AbstractLength.length()}, declared in a class
   * without shadows, which calls the abstract {@code lengthSquared()} that LengthPoint computes from its numbers. Its
   * companion took no receiver shadow (derivative 0, silently, before; then refused at the call): now differentiated as
   * code of LengthPoint (core.TemplateView), its companions taking the point's shadow. d|p|/dp = p / |p| in both modes
   * (objects.InheritedTemplateMethodsTest checks the shapes against central differences and the dot product).
   */
  @Test
  void aFinalMethodOfAPassiveSuperclassCallingItsReceiverIsDifferentiatedAsTheReceiversCode() throws ReflectiveOperationException {
    Transformed t = Transformed.of(LengthPoint.class);
    Object p = t.type.getConstructor(double.class, double.class).newInstance(3.0, 4.0);
    Object dp = Derivatives.zeroShadow(p), bar = Derivatives.zeroShadow(p);
    t.type.getField("x").setDouble(dp, 1);
    assertEquals(3.0 / 5, (double) t.call("norm$tangent", p, dp), 1e-15, "d|p|/dx along x");
    t.call("norm$adjoint", p, bar, 1.0);
    assertEquals(3.0 / 5, t.type.getField("x").getDouble(bar), 1e-15, "d|p|/dx");
    assertEquals(4.0 / 5, t.type.getField("y").getDouble(bar), 1e-15, "d|p|/dy");
  }

  @Test
  void theSeedOfAReturnedUnannotatedObjectIsAdded() {
    Node n = new Node(2), bar = Derivatives.zeroShadow(n), seed = Derivatives.zeroShadow(n);
    seed.x = 1;
    double[] grad = new double[1];
    T.call("scaled$adjoint", n, bar, 3.0, seed, grad);
    assertEquals(3.0, bar.x, 0, "d(k x)/dx times the result's seed");
    assertEquals(2.0, grad[0], 0, "d(k x)/dk times the result's seed");
  }
}
