package dev.leibniz.agent;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.agent.fixtures.check.Retransformable;
import dev.leibniz.agent.fixtures.check.Tally;
import dev.leibniz.core.ClassDifferentiator;
import dev.leibniz.core.ClassFinder;
import dev.leibniz.core.Result;
import dev.leibniz.testing.Transformed;
import org.junit.jupiter.api.Test;

/**
 * How {@link RetransformWatch} tells a redefinition (the companion writer has regenerated the
 * companions already: nothing to do) from a retransformation by another agent (interim throwing
 * companions, then regeneration). The JVM runs the transformers of a redefinition in turn, the
 * companion writer's filter first, on one thread; a class that loads on that thread in between
 * (one that another agent's transformer needs) reaches this watch too, and must not take the
 * redefinition's mark: it did, and the redefinition was then handled as a retransformation (the
 * flaky {@code EnvironmentsIT.retransformationAndRedefinitionRegenerateTheCompanions}).
 */
class RetransformWatchTest {
  private static final ClassFinder FINDER = ClassFinder.of(Retransformable.class.getClassLoader());
  private static final String NAME = "dev/leibniz/agent/fixtures/check/Retransformable";

  /** The class as the agent defined it: with its companions. */
  private static byte[] withCompanions() {
    Result r = new ClassDifferentiator(FINDER).differentiate(Transformed.bytesOf(Retransformable.class));
    assertTrue(r.diagnostics().isEmpty(), r.diagnostics()::toString);
    return r.transformed();
  }

  private static RetransformWatch watch() {
    return new RetransformWatch(Options.parse("quiet"), null);
  }

  @Test
  void aClassLoadedBetweenTheTransformersOfARedefinitionLeavesItARedefinition() {
    RetransformWatch w = watch();
    byte[] bytes = withCompanions();
    ClassLoader l = Retransformable.class.getClassLoader();
    RetransformWatch.redefinitionSeen(Retransformable.class); // the companion writer's filter, first
    assertNull(w.transform(l, "dev/leibniz/agent/fixtures/check/Tally", null, null, Transformed.bytesOf(Tally.class)));
    assertTrue(w.transform(l, NAME, Retransformable.class, null, bytes) == null, "a redefinition taken as a retransformation");
  }

  @Test
  void aClassRedefinedWhileAnotherIsKeepsBothRedefinitions() {
    RetransformWatch w = watch();
    byte[] bytes = withCompanions();
    ClassLoader l = Retransformable.class.getClassLoader();
    RetransformWatch.redefinitionSeen(Retransformable.class);
    RetransformWatch.redefinitionSeen(Tally.class); // redefined by a transformer of the first redefinition
    assertNull(w.transform(l, "dev/leibniz/agent/fixtures/check/Tally", Tally.class, null, Transformed.bytesOf(Tally.class)));
    assertTrue(w.transform(l, NAME, Retransformable.class, null, bytes) == null, "a redefinition taken as a retransformation");
  }
}
