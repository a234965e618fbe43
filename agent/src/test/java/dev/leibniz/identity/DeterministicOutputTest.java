package dev.leibniz.identity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.leibniz.core.ClassDifferentiator;
import dev.leibniz.core.ClassFinder;
import dev.leibniz.core.Result;
import dev.leibniz.objects.fixtures.EjmlLeastSquares;
import dev.leibniz.oracle.fixtures.CheckedMoments;
import dev.leibniz.oracle.fixtures.CheckpointedGmm;
import dev.leibniz.vector.VectorFunctions;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The core's output is a function of its input alone (reproducible builds, trustworthy dumps):
 * the same class transformed several times, each time on a fresh thread whose identity-hash
 * sequence is further shifted by hashing a random number of junk objects, gives the same bytes.
 * HotSpot draws identity hashes from a per-thread random sequence, so any map or set keyed by
 * identity-hashed IR objects whose iteration order reaches the output makes these runs differ.
 * The classes are the ones (checkpointed loops, many merges, vector tangents, object inlining)
 * whose output did depend on hash order.
 */
class DeterministicOutputTest {
  private static final int RUNS = 6;

  @ParameterizedTest
  @ValueSource(classes = {CheckedMoments.class, CheckpointedGmm.class, VectorFunctions.class, EjmlLeastSquares.class})
  void sameBytesWhateverTheIdentityHashes(Class<?> fixture) throws Exception {
    byte[] input = classBytes(fixture);
    SplittableRandom junkCounts = new SplittableRandom(fixture.getName().hashCode());
    Result first = transformOnFreshThread(input, junkCounts.nextInt(1, 5000));
    assertNotNull(first.transformed(), () -> fixture.getName() + " was not transformed: " + first.diagnostics());
    for (int run = 1; run < RUNS; run++) {
      Result again = transformOnFreshThread(input, junkCounts.nextInt(1, 5000));
      String what = fixture.getSimpleName() + ", run " + run;
      assertEquals(first.diagnostics().toString(), again.diagnostics().toString(), what + ": diagnostics");
      assertArrayEquals(first.transformed(), again.transformed(), what + ": transformed class");
      assertArrayEquals(first.companions(), again.companions(), what + ": companion-only class");
    }
  }

  /** Transforms on a new thread (its own identity-hash seed) after drawing {@code junk} hashes. */
  private static Result transformOnFreshThread(byte[] input, int junk) throws InterruptedException {
    AtomicReference<Object> out = new AtomicReference<>();
    Thread worker = new Thread(() -> {
      try {
        List<Object> keep = new ArrayList<>(junk);
        for (int i = 0; i < junk; i++) {
          Object o = new Object();
          System.identityHashCode(o);
          keep.add(o);
        }
        ClassFinder finder = ClassFinder.of(DeterministicOutputTest.class.getClassLoader());
        out.set(new ClassDifferentiator(finder).differentiate(input.clone()));
        keep.clear();
      } catch (RuntimeException | Error e) {
        out.set(e);
      }
    });
    worker.start();
    worker.join();
    if (out.get() instanceof Throwable t) throw new AssertionError("transformation threw", t);
    return (Result) out.get();
  }

  private static byte[] classBytes(Class<?> c) throws IOException {
    try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
      return in.readAllBytes();
    }
  }
}
