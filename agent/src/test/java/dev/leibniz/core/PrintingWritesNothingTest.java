package dev.leibniz.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * A callee whose only side effect is a debug message ({@code if (debug) System.err.println("ddot")},
 * netlib's pure-Java BLAS under Flink ML's {@code BLAS.dot}) writes no memory a derivative lives in:
 * printing a String is write-free as printing a double already was, so reverse mode need not refuse
 * passing it an object with a shadow. A callee that writes a field keeps its summary.
 */
class PrintingWritesNothingTest {
  static final class Blas {
    static final boolean DEBUG = Boolean.getBoolean("leibniz.test.debug");
    static double total;

    static double dot(double[] x, double[] y) {
      if (DEBUG) System.err.println("dot");
      if (DEBUG) System.out.print("dot of " + x.length);
      double s = 0;
      for (int i = 0; i < x.length; i++) s += x[i] * y[i];
      return s;
    }

    static double dotCounted(double[] x, double[] y) {
      total += 1;
      return dot(x, y);
    }
  }

  private static BitSet writes(String name) throws Exception {
    ClassLibrary library = new ClassLibrary(ClassFinder.of(getLoader()), Set.of());
    ClassNode cn = new ClassNode();
    new ClassReader(PrintingWritesNothingTest.class.getName()).accept(cn, 0);
    WriteSummaries w = new WriteSummaries(new SourceClass(cn), library);
    return w.of(new MethodRef(Opcodes.INVOKESTATIC, Type.getInternalName(Blas.class), name, "([D[D)D", false));
  }

  private static ClassLoader getLoader() {
    return PrintingWritesNothingTest.class.getClassLoader();
  }

  @Test
  void printingAStringWritesNothing() throws Exception {
    assertEquals(new BitSet(), writes("dot"));
  }

  @Test
  void aFieldWriteBesideItStillCounts() throws Exception {
    BitSet w = writes("dotCounted");
    assertTrue(w.get(ParamWrites.FIELDS) || w.get(ParamWrites.CALLEE_FIELDS), w.toString());
  }
}
