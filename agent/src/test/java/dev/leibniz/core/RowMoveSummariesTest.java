package dev.leibniz.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.analysis.ParamWrites;
import dev.leibniz.core.ir.MethodRef;
import java.util.BitSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;

/**
 * The summary's {@link ParamWrites#MOVES_ROWS} and reverse.MovedRows share one definition of a row move ({@link
 * ParamWrites#storesRow}): any reference stored into an array of references the caller gave moves the row that was
 * there out, whatever comes in. Before, the summary left out strings, boxes, JDK objects and arrays of whole numbers,
 * which MovedRows counted as moves in the method itself: a callee overwriting the caller's row with a string was not
 * flagged, and its joint reversal was not refused.
 */
class RowMoveSummariesTest {
  static final class Calls {
    static void swap(double[][] v) {
      double[] t = v[0];
      v[0] = v[1];
      v[1] = t;
    }

    static void named(Object[] rows) {
      rows[0] = "none";
    }

    static void counted(Object[] rows, int[] counts) {
      rows[1] = counts;
    }

    static void scaled(double[][] v, double s) {
      v[0][0] *= s;
    }
  }

  private static BitSet writes(String name, String desc) throws Exception {
    ClassLibrary library = new ClassLibrary(ClassFinder.of(RowMoveSummariesTest.class.getClassLoader()), Set.of());
    ClassNode cn = new ClassNode();
    new ClassReader(RowMoveSummariesTest.class.getName()).accept(cn, 0);
    WriteSummaries w = new WriteSummaries(new SourceClass(cn), library);
    return w.of(new MethodRef(Opcodes.INVOKESTATIC, Type.getInternalName(Calls.class), name, desc, false));
  }

  @Test
  void anyReferenceStoredIntoAnArrayTheCallerGaveMovesARow() throws Exception {
    assertTrue(writes("swap", "([[D)V").get(ParamWrites.MOVES_ROWS));
    assertTrue(writes("named", "([Ljava/lang/Object;)V").get(ParamWrites.MOVES_ROWS));
    assertTrue(writes("counted", "([Ljava/lang/Object;[I)V").get(ParamWrites.MOVES_ROWS));
  }

  @Test
  void valuesWrittenIntoRowsMoveNone() throws Exception {
    assertFalse(writes("scaled", "([[DD)V").get(ParamWrites.MOVES_ROWS));
  }
}
