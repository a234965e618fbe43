package dev.leibniz.badinput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: a special case in a helper shared by several marked methods (TensorFlow's {@code mul_no_nan}, {@code y == 0 ?
 * 0 : x * y}, corpus round 7) gives each of them the derivative of the special formula at the point (0 in y where the
 * function's is x). Each marked method reaching it is warned, at the helper's line and naming itself: the warning was
 * given once per place, naming only the first, so the others' wrong derivative at the point had no warning of its own.
 */
class SharedHelperSpecialCaseTest {
  static final String MEMBERS = """
          static double mulNoNan(double x, double y) {
            return y == 0 ? 0 : x * y; /*POINT*/
          }

          @dev.leibniz.Differentiable
          static void elementwise(double[] x, double[] out) {
            for (int i = 0; i < x.length; i++) out[i] = mulNoNan(x[i], 1 + Math.abs(x[i]));
          }

          @dev.leibniz.Differentiable
          static double scalar(double x, double y) {
            return mulNoNan(x, y);
          }
        """;

  @Test
  void eachMarkedMethodReachingTheSpecialCaseIsWarnedAtItsLine() {
    Subject s = Subject.ofMembers("SharedSpecialCase", MEMBERS, "");
    List<Diagnostic> warned = s.result.diagnostics().stream()
        .filter(d -> d.warning() && d.reason().contains("equals a constant") && s.linesMarked("/*POINT*/").contains(d.line()))
        .toList();
    for (String method : new String[] {"elementwise(", "scalar("}) {
      List<Diagnostic> own = warned.stream().filter(d -> d.method().startsWith(method)).toList();
      assertEquals(1, own.size(), method + ": " + s.result.diagnostics());
      String m = own.get(0).message();
      assertTrue(m.contains("SharedSpecialCase." + method) && m.contains("SharedSpecialCase.java:"), m);
    }
  }
}
