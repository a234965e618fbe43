package dev.leibniz.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;

/** Which uses of a private table let its array out of its nest, read from the bytecode. */
class EscapingFieldsTest {
  /** Tables used in every way that keeps them inside, and in each way that lets one out. */
  @SuppressWarnings("unused")
  static final class Holder {
    private static final double[] KEPT = {1, 2};
    private static final double[][] ROWS_KEPT = {{1}, {2}};
    private static final double[] RETURNED = {1, 2};
    private static final double[] RETURNED_THROUGH_LOCAL = {1, 2};
    private static final double[] PASSED = {1, 2};
    private static final double[] STORED = {1, 2};
    private static final double[] COMPARED = {1, 2};
    private static final double[][] ROW_RETURNED = {{1}, {2}};
    private static final double[] BY_NEST_MATE = {1, 2};
    private static Object sink;

    static double kept(int i) {
      double[] k = KEPT;
      KEPT[i] = KEPT[0] + k.length + ROWS_KEPT[i][0];
      double[] copy = KEPT.clone();
      return KEPT == null ? 0 : copy[0];
    }

    static double[] returned() {
      return RETURNED;
    }

    static double[] returnedThroughLocal(boolean b) {
      double[] r = b ? RETURNED_THROUGH_LOCAL : new double[1];
      return r;
    }

    static void passed() {
      java.util.Arrays.fill(PASSED, 0);
    }

    static void stored() {
      sink = STORED;
    }

    static boolean compared(double[] x) {
      return x == COMPARED;
    }

    static double[] rowReturned() {
      return ROW_RETURNED[0];
    }

    static final class Mate {
      static double[] get() {
        return BY_NEST_MATE;
      }
    }
  }

  private final ClassLibrary library = new ClassLibrary(ClassFinder.of(EscapingFieldsTest.class.getClassLoader()), Set.of());
  private final EscapingFields escaping = new EscapingFields(library);
  private final ClassNode holder = library.classNode(Type.getInternalName(Holder.class));

  @Test
  void elementUsesLengthCloneAndNullTestsKeepATableInside() {
    assertFalse(escaping.mayEscape(holder, "KEPT", "[D"));
    assertFalse(escaping.mayEscape(holder, "ROWS_KEPT", "[[D"));
  }

  @Test
  void returningPassingStoringOrComparingLetsItOut() {
    for (String f : new String[] {"RETURNED", "RETURNED_THROUGH_LOCAL", "PASSED", "STORED", "COMPARED", "BY_NEST_MATE"}) {
      assertTrue(escaping.mayEscape(holder, f, "[D"), f);
    }
    assertTrue(escaping.mayEscape(holder, "ROW_RETURNED", "[[D"), "a row returned");
  }
}
