package dev.leibniz.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.core.ClassDifferentiator;
import dev.leibniz.core.Diagnostic;
import dev.leibniz.core.Result;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * False alarms of the run-time self-check ({@code check=FRACTION}) on right companions: the
 * fuzzer's random programs whose companions its own oracle accepts are checked as the agent's
 * {@code SelfCheck} checks a sampled call ({@link Derivatives#check(String, MethodHandle,
 * MethodHandle, MethodHandle, boolean, long, Object...)}, one-sided differences accepted at
 * kinks) at random points; at most 1% may be flagged (points near a jump of {@code floor} or a
 * branch can fool any finite-difference check). The count is printed.
 */
class SelfCheckFuzzTest {
  private static final int PROGRAMS = 400;

  @Test
  void rightCompanionsAreRarelyFlagged() throws Throwable {
    FuzzRun run = new FuzzRun(20251201L);
    int checked = 0, flagged = 0;
    List<String> alarms = new ArrayList<>();
    for (int first = 0; first < PROGRAMS; first += FuzzRun.BATCH) {
      List<Program> programs = run.generate(first, first + FuzzRun.BATCH);
      Map<String, String> units = FuzzRun.sources(programs);
      List<String> names = new ArrayList<>(units.keySet());
      Map<String, byte[]> compiled = InMemoryCompiler.compile(units);
      Result r = new ClassDifferentiator(FuzzRun.finder(compiled)).differentiate(compiled.get(names.get(0)));
      Map<String, byte[]> withCompanions = new HashMap<>(compiled);
      withCompanions.put(names.get(0), r.transformed());
      // the batch's nested classes (marked bases, overrides) get their companions as the agent would give them
      List<Diagnostic> diagnostics = new ArrayList<>(r.diagnostics());
      if (FuzzRun.nestedCallees(names.get(0), compiled, withCompanions, diagnostics) != null) continue;
      ByteClassLoader loader = new ByteClassLoader(withCompanions);
      Class<?> type = loader.load(names.get(0));
      ByteClassLoader plain = new ByteClassLoader(compiled);
      ProgramChecker oracle = new ProgramChecker(plain.load(names.get(0)), type, plain.load(names.get(1)));
      MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
      for (Program p : programs) {
        if (diagnostics.stream().anyMatch(d -> !d.warning() && (d.method().startsWith(p.name() + "(")
                || d.method().startsWith(p.name() + "_h") || d.className().contains("$" + p.name() + "_")))
            || oracle.check(p, p.index()).failure() != null) {
          continue; // not generated, or not accepted by the fuzzer's own oracle
        }
        Random random = new Random(p.index() * 17L + 3);
        Object[] point = Values.point(p.params(), random);
        MethodType t = MethodType.methodType(p.returns().type, p.parameterTypes());
        MethodHandle primal = lookup.findStatic(type, p.name(), t);
        MethodHandle tangent = lookup.findStatic(type, p.name() + "$tangent", Derivatives.tangentType(t));
        MethodHandle adjoint = lookup.findStatic(type, p.name() + "$adjoint", Derivatives.adjointType(t));
        try {
          Derivatives.check(p.name(), primal, tangent, adjoint, true, p.usesFloat(), p.index(), point);
          checked++;
        } catch (AssertionError e) {
          checked++;
          flagged++;
          alarms.add((p.usesFloat() ? "[float] " : "[double] ") + e.getMessage().substring(0, Math.min(200, e.getMessage().length())));
        } catch (IllegalArgumentException | IllegalStateException e) {
          // not finite at the point, or no differentiable input: the run-time check skips these too
        }
      }
    }
    System.out.println("self-check on fuzzed programs: " + checked + " checked, " + flagged + " flagged");
    alarms.forEach(System.out::println);
    assertTrue(checked > PROGRAMS / 2, "too few programs checked: " + checked);
    assertTrue(flagged <= checked / 100, flagged + " of " + checked + " flagged:\n" + String.join("\n", alarms));
  }
}
