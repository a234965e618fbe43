package dev.leibniz.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.analysis.ParamWrites;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.oracle.fixtures.lib.Failures;
import java.util.BitSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;

/**
 * Issue 9, point 3: a helper that may {@code throw} does not count as writing fields (core.analysis.ThrownObjects).
 * Whatever an object made only to be thrown records — its constructor filling a context it holds, a call giving it
 * details, a factory's result thrown by its caller — the helper writes nothing a caller can see; these summaries said
 * "a callee writes fields" ({@link Failures}: an exception class named neither {@code ...Exception} nor {@code ...Error},
 * a {@code fail(...)} helper calling {@code record} on its exception, {@code throw outOfRange(3)}). A write of a static
 * before the throw, and an exception kept in a static, still count.
 */
class ThrownObjectsWriteNothingTest {
  static final class Counting {
    static int failures;
    static RuntimeException last;

    static void failCounted(String what) {
      failures++;
      throw new IllegalStateException(what);
    }

    static void failKept(String what) {
      Failures.Failure f = new Failures.Failure(what);
      f.record(4);
      last = f;
      throw f;
    }
  }

  private static BitSet writes(Class<?> owner, String name, String desc) throws Exception {
    ClassLibrary library = new ClassLibrary(ClassFinder.of(ThrownObjectsWriteNothingTest.class.getClassLoader()), Set.of());
    ClassNode cn = new ClassNode();
    new ClassReader(ThrownObjectsWriteNothingTest.class.getName()).accept(cn, 0);
    WriteSummaries w = new WriteSummaries(new SourceClass(cn), library);
    return w.of(new MethodRef(Opcodes.INVOKESTATIC, Type.getInternalName(owner), name, desc, false));
  }

  @Test
  void anExceptionNotNamedAsOneThrownWhereItIsMadeWritesNothing() throws Exception {
    assertEquals(new BitSet(), writes(Failures.class, "checkedSqrt", "(D)D"));
  }

  @Test
  void aFailHelperGivingItsExceptionDetailsWritesNothing() throws Exception {
    assertEquals(new BitSet(), writes(Failures.class, "fail", "(Ljava/lang/String;I)V"));
    assertEquals(new BitSet(), writes(Failures.class, "checkedLog", "(D)D"));
  }

  @Test
  void throwingWhatAFactoryReturnsWritesNothing() throws Exception {
    assertEquals(new BitSet(), writes(Failures.class, "checkedAsin", "(D)D"));
  }

  /**
   * Written in code only the throw follows, they are no write for a derivative (nothing is returned after them) but
   * are still counted apart ({@link ParamWrites#THROWING_WRITES}), for a caller whose recovering catch goes on after them.
   */
  @Test
  void aStaticWrittenBeforeTheThrowOrAnExceptionKeptStillCount() throws Exception {
    BitSet counted = writes(Counting.class, "failCounted", "(Ljava/lang/String;)V");
    assertTrue(counted.get(ParamWrites.THROWING_WRITES) && !counted.get(ParamWrites.FIELDS), counted.toString());
    BitSet kept = writes(Counting.class, "failKept", "(Ljava/lang/String;)V");
    assertTrue(kept.get(ParamWrites.THROWING_WRITES) && !kept.get(ParamWrites.FIELDS), kept.toString());
  }

  /** A call on the exception writing another argument, before a throw that may not come: it writes that argument. */
  @Test
  void aCallOnTheExceptionWritingAnotherArgumentBeforeAConditionalThrowCounts() throws Exception {
    BitSet fill = writes(Failures.class, "fillOrThrow", "([DD)D");
    assertTrue(fill.get(0), fill.toString());
  }
}
