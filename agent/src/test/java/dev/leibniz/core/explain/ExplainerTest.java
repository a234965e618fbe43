package dev.leibniz.core.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.ClassDifferentiator;
import dev.leibniz.core.ClassFinder;
import dev.leibniz.core.fixtures.ReadmeExample;
import dev.leibniz.testing.Transformed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class ExplainerTest {
  private static final byte[] CLASS = Transformed.bytesOf(ReadmeExample.class);
  private static final Explainer.Explained EXPLAINED = Explainer.explain(CLASS, ClassFinder.NONE);
  private static final Map<String, Explanation> BY_NAME = EXPLAINED.companions().stream()
      .collect(Collectors.toMap(e -> e.companion().substring(e.companion().lastIndexOf('.') + 1, e.companion().indexOf('(')),
          Function.identity(), (a, b) -> a));

  @Test
  void sameResultAsWithoutExplaining() {
    var plain = new ClassDifferentiator(ClassFinder.NONE).differentiate(CLASS);
    assertEquals(plain.generated(), EXPLAINED.result().generated());
    assertTrue(java.util.Arrays.equals(plain.transformed(), EXPLAINED.result().transformed()));
    assertEquals(plain.generated().size(), EXPLAINED.companions().size());
  }

  @Test
  void signaturesHaveJavaNamesAndRoles() {
    assertEquals("""
        static double dev.leibniz.core.fixtures.ReadmeExample.f$adjoint(double x, double y, double seed, double[] grad)
            x: input
            y: input
            seed: adjoint of the result
            grad: receives the adjoints of x, y (+=), length >= 2
        """, BY_NAME.get("f$adjoint").signature());
    assertTrue(BY_NAME.get("f$tangent").signature().startsWith("static double dev.leibniz.core.fixtures.ReadmeExample.f$tangent(double x, double dx, double y, double dy)\n"),
        BY_NAME.get("f$tangent").signature());
    assertTrue(BY_NAME.get("sumOfSquares$adjoint").signature().contains("double[] w, double[] wBar, int n, double seed)"),
        BY_NAME.get("sumOfSquares$adjoint").signature());
    assertTrue(BY_NAME.get("sumOfSquares$adjoint").signature().contains("n: passive input"));
  }

  /** Objects with shadows (README "Objects"): the receiver's shadow first, named and described as the contract says. */
  @Test
  void signaturesOfAnInstanceMethodOfAShadowClassStartWithTheReceiversShadow() {
    Explainer.Explained e = Explainer.explain(Transformed.bytesOf(dev.leibniz.objects.fixtures.Spring.class), ClassFinder.NONE);
    Map<String, String> byName = e.companions().stream().collect(Collectors.toMap(
        x -> x.companion().substring(x.companion().lastIndexOf('.') + 1, x.companion().indexOf('(')), Explanation::signature, (a, b) -> a));
    assertEquals("""
        double dev.leibniz.objects.fixtures.Spring.energy$adjoint(dev.leibniz.objects.fixtures.Spring thisBar, double s, double seed, double[] grad)
            thisBar: adjoint shadow of the receiver: the seed of its fields' final values on entry, += their adjoints on exit; not null
            s: input
            seed: adjoint of the result
            grad: receives the adjoints of s (+=), length >= 1
        """, byName.get("energy$adjoint"));
    assertTrue(byName.get("energy$tangent").startsWith(
        "double dev.leibniz.objects.fixtures.Spring.energy$tangent(dev.leibniz.objects.fixtures.Spring dthis, double s, double ds)\n"
        + "    dthis: shadow of the receiver: the direction in its differentiable fields on entry, their tangents on exit; not null\n"),
        byName.get("energy$tangent"));
  }

  /**
   * {@code verbose} prints every generated method in Java syntax, never a descriptor: the contract's
   * companions with their parameters' roles, and the others (an adjoint's body, private companions
   * of callees, vector tangents) with their modifiers and Java types.
   */
  @Test
  void verboseShowsEveryGeneratedMethodInJavaSyntax() {
    byte[] bytes = Transformed.bytesOf(dev.leibniz.core.fixtures.VerboseExample.class);
    var result = new ClassDifferentiator(ClassFinder.NONE).differentiate(bytes);
    List<String> shown = Explainer.signatures(bytes, result);
    assertEquals(result.generated().size(), shown.size());
    assertTrue(shown.size() >= 6, String.join("", shown));
    for (String s : shown) {
      String first = s.lines().findFirst().orElseThrow();
      assertTrue(first.matches("[a-z ]*[\\w.\\[\\]]+ [\\w.$]+\\(([\\w.\\[\\]]+ \\w+(, [\\w.\\[\\]]+ \\w+)*)?\\)"),
          "not a Java signature: " + first + "\nall:\n" + String.join("", shown));
    }
    String all = String.join("", shown);
    assertTrue(all.contains("static double dev.leibniz.core.fixtures.VerboseExample.energy$adjoint$tangent(double[] x, double[] dx, double[] xBar, double[] dxBar, double k, double dk, double seed, double dseed, double[] grad, double[] dgrad)\n"), all);
    assertTrue(all.contains("static double dev.leibniz.core.fixtures.VerboseExample.energy$tangents(double[] x, double[] dx, double k, double[] dk, int k2, double[] dresult)\n"
        + "    x: input\n    dx: k2 tangents (directions) of x, direction d of element i at [i*k2 + d]\n"), all);
    assertTrue(all.contains("static double dev.leibniz.core.fixtures.VerboseExample.energy$pattern(double[] x, int[][] xSets, double k, int[] kSets, int[][] resultSets)\n"), all);
    assertTrue(all.contains("private static double dev.leibniz.core.fixtures.VerboseExample.energy$adjoint$body(double[] x, double[] xBar, double k, double seed, double[] grad, java.lang.Object[] workspace)\n"), all);
  }

  @Test
  void irTextsShowTheLiftedMethodAndTheCompanion() {
    Explanation a = BY_NAME.get("f$adjoint");
    assertTrue(a.lifted().startsWith("f(DD)D\n"), a.lifted());
    assertTrue(a.lifted().contains("sin"), a.lifted());
    // the entry f$adjoint shows its body's graph: the adjoint's parameters, then the tape workspace
    assertTrue(a.derivative().startsWith("f$adjoint$body(DDD[D[Ljava/lang/Object;)D\n"), a.derivative());
    assertTrue(a.derivative().contains("cos"), a.derivative());
  }

  /** The vector companions ({@code tangents = true}: m$tangents, m$pattern; {@code adjoints = true}: m$adjoints) show their graphs too. */
  @Test
  void vectorCompanionsShowTheirGraphs() {
    for (Class<?> c : new Class<?>[] {dev.leibniz.vector.VectorFunctions.class, dev.leibniz.vector.RowFunctions.class}) {
      List<Explanation> vector = Explainer.explain(Transformed.bytesOf(c), ClassFinder.NONE).companions().stream()
          .filter(e -> e.companion().matches(".*\\$(tangents|pattern|adjoints)\\(.*")).toList();
      assertTrue(vector.size() >= 2, c + ": " + vector);
      for (Explanation e : vector) {
        assertTrue(!e.lifted().isEmpty() && !e.derivative().isEmpty(), e.companion() + " has no IR text");
        assertTrue(e.svg().contains("<svg"), e.companion() + " has no picture");
      }
    }
  }

  @Test
  void bytecodeText() {
    String b = BY_NAME.get("f$adjoint").bytecode();
    assertTrue(b.contains("INVOKESTATIC java/lang/Math.cos (D)D"), b);
    assertTrue(b.contains("DRETURN"), b);
  }

  @Test
  void svgIsWellFormedWithPrimalAndDerivativeNodesAndSourceLines() throws Exception {
    for (String name : List.of("f$tangent", "f$adjoint", "sumOfSquares$adjoint")) {
      String svg = BY_NAME.get(name).svg();
      Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder()
          .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
      assertEquals("svg", d.getDocumentElement().getTagName());
      long primal = svg.lines().filter(l -> l.contains("fill='#dbe9f6' stroke='#4a7ab5'/><text")).count();
      long derivative = svg.lines().filter(l -> l.contains("fill='#fde2c8' stroke='#d0782a'/><text")).count();
      assertTrue(primal > 0 && derivative > 0, name + ": " + primal + " primal, " + derivative + " derivative boxes");
      assertTrue(svg.matches("(?s).*  L\\d+</text>.*"), name + ": no source line shown");
    }
  }
}
