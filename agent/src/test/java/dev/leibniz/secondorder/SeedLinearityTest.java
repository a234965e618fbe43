package dev.leibniz.secondorder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.contract.CompanionContract;
import dev.leibniz.core.ClassDifferentiator;
import dev.leibniz.core.ClassFinder;
import dev.leibniz.core.NotDifferentiable;
import dev.leibniz.core.analysis.Activity;
import dev.leibniz.core.analysis.Callees;
import dev.leibniz.core.analysis.SeedLinearity;
import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Types;
import dev.leibniz.testing.Transformed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/**
 * The first pieces of vector adjoints (benchmarks/VECTOR.md, "Vector adjoints"): on the adjoints
 * that second order lifts back from bytecode ({@code SecondOrderFunctions}, marked order 2), an
 * activity seeded from the adjoint parameters alone ({@link Activity#of(Graph, Callees,
 * IntPredicate)}: adjoint arrays, seed, scalar-adjoint array) leaves the primal values, their tapes
 * and the partials passive, so the adjoint is linear in what stays active ({@link SeedLinearity})
 * where it decides nothing on an adjoint value; where it does (a strong zero {@code d == 0 ? 0 :
 * d·p} at {@code log}, {@code sqrt}, a division), the check refuses at the source line.
 */
class SeedLinearityTest {
  /** The lifted workspace-free adjoints of the fixture, by name (the graphs second order differentiates). */
  static final Map<String, Graph> ADJOINTS = new HashMap<>();

  static {
    ClassDifferentiator d = new ClassDifferentiator(ClassFinder.of(SeedLinearityTest.class.getClassLoader()),
        (source, lifted, derivative) -> {
          if (derivative.name.endsWith("$adjoint$tangent")) ADJOINTS.put(lifted.name, lifted);
        });
    d.differentiate(Transformed.bytesOf(SecondOrderFunctions.class));
  }

  /** Answers for the callees of an adjoint: other adjoints are differentiable, nothing is pure. */
  static final Callees CALLEES = new Callees() {
    public boolean isDifferentiable(MethodRef m) { return m.name().contains("$adjoint"); }
    public boolean isPure(MethodRef m) { return false; }
    public String whyNot(MethodRef m) { return "not an adjoint"; }
    public boolean writesArgument(MethodRef m, int k) { return true; }
  };

  static Graph adjoint(String name) {
    Graph g = ADJOINTS.get(name + "$adjoint");
    assertNotNull(g, name + "$adjoint was not lifted; lifted: " + ADJOINTS.keySet());
    return g;
  }

  /** The adjoint parameters of a static method's adjoint (positions in its descriptor): adjoint arrays, seed, scalar adjoints. */
  static IntPredicate seeds(Graph adjoint, String primalDesc) {
    List<CompanionContract.Param> params = CompanionContract.adjoint(primalDesc).params;
    assertEquals(params.size(), adjoint.params.size());
    Set<CompanionContract.Role> roles = Set.of(CompanionContract.Role.ADJOINT, CompanionContract.Role.SEED,
        CompanionContract.Role.SCALAR_ADJOINTS);
    return n -> roles.contains(params.get(n).role);
  }

  static Activity inSeeds(String name, String primalDesc) throws NotDifferentiable {
    Graph g = adjoint(name);
    return Activity.of(g, CALLEES, seeds(g, primalDesc));
  }

  @Test
  void theRosenbrockAdjointIsLinearInItsSeedsAlone() throws NotDifferentiable {
    Graph g = adjoint("rosenbrock");
    Activity seeds = inSeeds("rosenbrock", "([D)D");
    assertTrue(SeedLinearity.violations(g, seeds).isEmpty(), () -> "violations: " + SeedLinearity.violations(g, seeds));
    SeedLinearity.check(g, seeds);
    // the point and every value computed from it alone are passive; the adjoint array and the seed are not
    assertFalse(seeds.isActive(g.params.get(0)), "x");
    assertTrue(seeds.isActive(g.params.get(1)), "xBar");
    assertTrue(seeds.isActive(g.params.get(2)), "seed");
    for (Block b : g.blocks) {
      if (b.terminator.op == Op.RETURN && b.terminator.args.length == 1) {
        assertFalse(seeds.isActive(b.terminator.arg(0)), "the primal result returned by the adjoint");
      }
    }
    // with every differentiable parameter active (the order-2 activity), products of the point and the seed are not linear
    Activity all = Activity.of(g, CALLEES);
    assertFalse(SeedLinearity.violations(g, all).isEmpty(), "x·seed is quadratic when x is active too");
    assertTrue(countActiveScalars(g, all) > countActiveScalars(g, seeds));
  }

  @Test
  void primalBranchesAndTapedLoopsStayPassive() throws NotDifferentiable {
    Graph g = adjoint("recurrence");
    Activity seeds = inSeeds("recurrence", "([D)D");
    List<Insn> found = SeedLinearity.violations(g, seeds);
    // what is left are the strong zeros of its reverse sweep (d == 0, then the NaN test d·p == d·p)
    assertFalse(found.isEmpty());
    for (Insn i : found) {
      assertTrue(i.op == Op.CMP && (i.arg(0) == i.arg(1) || isZero(i.arg(1))), "a strong zero's comparison: " + i);
    }
    // every other branch (the loops', the taped history of x[i] > 0) decides on passive values
    int passiveDoubleTests = 0;
    for (Block b : g.blocks) {
      if (b.terminator.op != Op.IF) continue;
      for (var a : b.terminator.args) {
        if (found.contains(a) || Types.isReference(a.type)) continue; // a null test of an adjoint array holds for every lane
        assertFalse(seeds.isActive(a), "a branch on " + a);
        if (a instanceof Insn c && c.op == Op.CMP && c.arg(0).type.equals(org.objectweb.asm.Type.DOUBLE_TYPE)) passiveDoubleTests++;
      }
    }
    assertTrue(passiveDoubleTests >= 1, "x[i] > 0 in the forward sweep");
    // the double tape holds primal values only: passive, with its growth
    int tapes = 0;
    for (Block b : g.blocks) {
      for (Insn i : b.insns) {
        if (i.op == Op.NEWARRAY && i.type.equals(Types.arrayOf(org.objectweb.asm.Type.DOUBLE_TYPE))
            || i.op == Op.INVOKE && i.method().name().equals("leibniz$growD")) {
          assertFalse(seeds.isActive(i), "a tape of primal values " + i);
          tapes++;
        }
      }
    }
    assertTrue(tapes >= 2, "the double tape and its growth");
    assertTrue(Activity.of(g, CALLEES).isActive(tapeOf(g)), "with the point active (order 2) the tape is active");
  }

  private static Insn tapeOf(Graph g) {
    for (Block b : g.blocks) {
      for (Insn i : b.insns) {
        if (i.op == Op.NEWARRAY && i.type.equals(Types.arrayOf(org.objectweb.asm.Type.DOUBLE_TYPE))) return i;
      }
    }
    throw new AssertionError("no double tape");
  }

  private static boolean isZero(dev.leibniz.core.ir.Value v) {
    return v instanceof Insn c && c.op == Op.CONST && c.attr instanceof Number n && n.doubleValue() == 0;
  }

  @Test
  void strongZerosOfAdjointsAreRefusedAtTheirLine() throws NotDifferentiable {
    Graph g = adjoint("rows");
    Activity seeds = inSeeds("rows", "([D[D)V");
    List<Insn> found = SeedLinearity.violations(g, seeds);
    assertFalse(found.isEmpty(), "log, sqrt and the division reach r[1]'s adjoint through strong zeros");
    int line = lineOf("r[1] = Math.log");
    for (Insn i : found) {
      assertEquals(Op.CMP, i.op, "a comparison of an adjoint value: " + i);
      assertEquals(line, i.line, "the strong zeros belong to r[1]'s line: " + i);
    }
    NotDifferentiable e = assertThrows(NotDifferentiable.class, () -> SeedLinearity.check(g, seeds));
    assertEquals(line, e.line);
    assertTrue(e.getMessage().contains("decides on an adjoint value") && e.getMessage().contains("call the scalar adjoint"),
        e.getMessage());
  }

  private static int countActiveScalars(Graph g, Activity a) {
    int n = 0;
    for (Block b : g.blocks) {
      for (Insn i : b.insns) {
        if (Types.isScalar(i.type) && a.isActive(i)) n++;
      }
    }
    return n;
  }

  /** The line of the fixture's source that starts with {@code text}. */
  private static int lineOf(String text) {
    try {
      List<String> lines = java.nio.file.Files.readAllLines(java.nio.file.Path.of(
          "src/test/java/dev/leibniz/secondorder/SecondOrderFunctions.java"));
      for (int n = 0; n < lines.size(); n++) {
        if (lines.get(n).trim().startsWith(text)) return n + 1;
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    throw new AssertionError(text + " not found");
  }
}
