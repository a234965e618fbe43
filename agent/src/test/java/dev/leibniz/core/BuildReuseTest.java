package dev.leibniz.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.fixtures.Rounds;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The until-stable rounds ({@link ModeUnit#generate}) build a companion again only when its build
 * would read something that changed ({@link BuildRecords}): in {@link Rounds}, helpers fail in the
 * first round and their callers in the next, and the companions of the methods that call none of
 * them are built once each, not once per round. A count, not a time.
 */
class BuildReuseTest {
  @Test
  void aCompanionWhoseCalleesDidNotChangeIsBuiltOnce() throws IOException {
    byte[] bytes;
    try (InputStream in = Rounds.class.getResourceAsStream("Rounds.class")) {
      bytes = in.readAllBytes();
    }
    Map<String, Integer> builds = new TreeMap<>();
    Result r = new ClassDifferentiator(ClassFinder.of(Rounds.class.getClassLoader()),
        (source, lifted, derivative) -> builds.merge(derivative.name, 1, Integer::sum)).differentiate(bytes);

    assertEquals(3, r.diagnostics().size(), r.diagnostics().toString()); // throughStatic, deeper (a round later), viaObject
    assertTrue(r.diagnostics().stream().anyMatch(d -> d.method().startsWith("deeper(")), r.diagnostics().toString());
    assertTrue(r.generated().stream().anyMatch(g -> g.contains(".fine$tangent(")) && r.generated().stream().anyMatch(g -> g.contains(".fine$adjoint(")),
        r.generated().toString());
    assertTrue(builds.keySet().containsAll(java.util.List.of("fine$tangent", "fine$adjoint$body", "square$tangent", "cube$adjoint$body")),
        builds.toString());
    builds.forEach((name, times) -> assertEquals(1, times, name + " built " + times + " times: " + builds));
  }
}
