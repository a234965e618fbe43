package dev.leibniz.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.fixtures.MarkedChain;
import dev.leibniz.testing.Transformed;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A marked class that calls other marked classes has them differentiated, to know which companions they get ({@link
 * ClassLibrary#mayHaveCompanion}), once per transformation ({@link MarkedClassResults}): {@code MarkedChain} calls
 * {@code Middle} and {@code Inner}, and {@code Middle}'s own differentiation asks about {@code Inner} again, with
 * {@code MarkedChain} and {@code Middle} in progress. {@code Inner} asks about neither, so its result is the same from
 * both depths and is computed once (JBullet's {@code MatrixUtil}, reached so from {@code TransformUtil} and from
 * {@code Transform}, took seconds each time). A count, not a time.
 */
class MarkedClassResultsTest {
  @Test
  void aMarkedCalleeClassIsDifferentiatedOncePerTransformation() {
    MarkedClassResults results = new MarkedClassResults();
    ClassFinder finder = ClassFinder.of(MarkedChain.class.getClassLoader());
    Result r = new ClassDifferentiator(finder, Set.of(), results).differentiate(Transformed.bytesOf(MarkedChain.class));

    assertEquals(2, results.computed, "Middle and Inner, each once");
    assertTrue(r.diagnostics().isEmpty(), r.diagnostics().toString());
    assertTrue(r.generated().stream().anyMatch(g -> g.contains(".top$tangent(")) && r.generated().stream().anyMatch(g -> g.contains(".top$adjoint(")),
        r.generated().toString());
    // the same as a transformation of its own (which makes its own results)
    Result alone = new ClassDifferentiator(finder).differentiate(Transformed.bytesOf(MarkedChain.class));
    assertTrue(java.util.Arrays.equals(r.transformed(), alone.transformed()));
  }

  @Test
  void aResultIsNotReusedWhereAClassItAskedAboutIsInProgressDifferently() {
    MarkedClassResults results = new MarkedClassResults();
    String inner = "dev/leibniz/core/fixtures/MarkedChain$Inner", middle = "dev/leibniz/core/fixtures/MarkedChain$Middle";
    results.of(inner, Set.of(), () -> {
      results.asked(middle);
      return new MarkedClassResults.Outcome(Set.of(), java.util.List.of());
    });
    results.of(inner, Set.of("x/Unrelated"), () -> {
      throw new AssertionError("reused: Middle is in progress in neither");
    });
    boolean[] computed = new boolean[1];
    results.of(inner, Set.of(middle), () -> {
      computed[0] = true;
      return new MarkedClassResults.Outcome(Set.of(), java.util.List.of());
    });
    assertTrue(computed[0], "Middle in progress now: computed again");
    assertEquals(2, results.computed);
  }
}
