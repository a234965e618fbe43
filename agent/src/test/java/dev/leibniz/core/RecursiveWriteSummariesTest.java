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
 * Write summaries of recursive callees and of helpers choosing by an enum's {@code ordinal()} (SuanShu's Digamma:
 * {@code evaluate} calls itself; {@code R.seq} calls {@code DoubleUtils.round(d, RoundingScheme.DOWN)}, a switch on
 * the constant). A recursive call read "every write" and {@code ordinal()} (Enum's code is not read) was taken to
 * write its receiver, so passing a constant read from a static field was a found field write: now a least fixed point
 * and nothing. Writes that are there still count, through recursion too. The derivatives: {@code
 * oracle.RecursiveCalleesTest}.
 */
class RecursiveWriteSummariesTest {
  enum Scheme { UP, DOWN }

  static final class Calls {
    static double total;

    /** Recursive, writing nothing. */
    static double series(double x, int n) {
      return n == 0 ? 1 : 1 + x * series(x, n - 1) / n;
    }

    /** Mutually recursive with {@link #odd}, writing nothing. */
    static double even(double x, int n) {
      return n == 0 ? x : odd(x * 0.5, n - 1);
    }

    static double odd(double x, int n) {
      return n == 0 ? -x : even(x + 1, n - 1);
    }

    /** Recursive, writing a static at the bottom only: the write is found through the recursion. */
    static double counted(double x, int n) {
      if (n == 0) {
        total += x;
        return x;
      }
      return counted(x * 2, n - 1);
    }

    /** Mutually recursive with {@link #oddWriting}, which writes a static: found from either. */
    static double evenWriting(double x, int n) {
      return n == 0 ? x : oddWriting(x * 0.5, n - 1);
    }

    static double oddWriting(double x, int n) {
      if (n == 0) {
        total += x;
        return x;
      }
      return evenWriting(x + 1, n - 1);
    }

    static double round(double d, Scheme s) {
      switch (s) {
        case UP: return Math.ceil(d);
        default: return Math.floor(d);
      }
    }

    /** Passes a constant read from a static field to the switch. */
    static double down(double d) {
      return round(d, Scheme.DOWN);
    }
  }

  private static BitSet writes(String name, String desc) throws Exception {
    ClassLibrary library = new ClassLibrary(ClassFinder.of(RecursiveWriteSummariesTest.class.getClassLoader()), Set.of());
    ClassNode cn = new ClassNode();
    new ClassReader(RecursiveWriteSummariesTest.class.getName()).accept(cn, 0);
    WriteSummaries w = new WriteSummaries(new SourceClass(cn), library);
    return w.of(new MethodRef(Opcodes.INVOKESTATIC, Type.getInternalName(Calls.class), name, desc, false));
  }

  @Test
  void aRecursiveMethodWritingNothingWritesNothing() throws Exception {
    assertEquals(new BitSet(), writes("series", "(DI)D"));
    assertEquals(new BitSet(), writes("even", "(DI)D"));
    assertEquals(new BitSet(), writes("odd", "(DI)D"));
  }

  @Test
  void aWriteUnderTheRecursionStillCounts() throws Exception {
    assertTrue(writes("counted", "(DI)D").get(ParamWrites.FIELDS), writes("counted", "(DI)D").toString());
  }

  @Test
  void aWriteInAMutuallyRecursiveCalleeCountsWhicheverIsAskedFirst() throws Exception {
    BitSet even = writes("evenWriting", "(DI)D");
    assertTrue(even.get(ParamWrites.CALLEE_FIELDS) && even.get(ParamWrites.FOUND_CALLEE_FIELDS), even.toString());
    BitSet odd = writes("oddWriting", "(DI)D");
    assertTrue(odd.get(ParamWrites.FIELDS), odd.toString());
  }

  @Test
  void aSwitchOnAnEnumConstantWritesNothing() throws Exception {
    String scheme = Type.getDescriptor(Scheme.class);
    assertEquals(new BitSet(), writes("round", "(D" + scheme + ")D"));
    assertEquals(new BitSet(), writes("down", "(D)D"));
  }
}
