package dev.leibniz.core.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.lift.Lifter;
import dev.leibniz.testing.Transformed;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The constructors of a table of {@value #N} objects built in one block (JSOFA's {@code jauNut00a} builds 1365) are
 * inlined with every instruction moved between blocks once: cutting the block at each call and moving the rest of it
 * each time moved O(n^2) instructions (about n^2/2 times a construction's size), the core's time on such a table. Counted,
 * not timed; the graph after the cuts holds each instruction once, the calls gone.
 */
class ObjectInlinerCutsTest {
  static final int N = 150;

  static final class Term {
    final double value;
    final double weight;

    Term(double value, double weight) {
      this.value = value;
      this.weight = weight;
    }
  }

  static double table(double x) {
    Term[] terms = {
      new Term(x, 0.0),
      new Term(x, 1.0),
      new Term(x, 2.0),
      new Term(x, 3.0),
      new Term(x, 4.0),
      new Term(x, 5.0),
      new Term(x, 6.0),
      new Term(x, 7.0),
      new Term(x, 8.0),
      new Term(x, 9.0),
      new Term(x, 10.0),
      new Term(x, 11.0),
      new Term(x, 12.0),
      new Term(x, 13.0),
      new Term(x, 14.0),
      new Term(x, 15.0),
      new Term(x, 16.0),
      new Term(x, 17.0),
      new Term(x, 18.0),
      new Term(x, 19.0),
      new Term(x, 20.0),
      new Term(x, 21.0),
      new Term(x, 22.0),
      new Term(x, 23.0),
      new Term(x, 24.0),
      new Term(x, 25.0),
      new Term(x, 26.0),
      new Term(x, 27.0),
      new Term(x, 28.0),
      new Term(x, 29.0),
      new Term(x, 30.0),
      new Term(x, 31.0),
      new Term(x, 32.0),
      new Term(x, 33.0),
      new Term(x, 34.0),
      new Term(x, 35.0),
      new Term(x, 36.0),
      new Term(x, 37.0),
      new Term(x, 38.0),
      new Term(x, 39.0),
      new Term(x, 40.0),
      new Term(x, 41.0),
      new Term(x, 42.0),
      new Term(x, 43.0),
      new Term(x, 44.0),
      new Term(x, 45.0),
      new Term(x, 46.0),
      new Term(x, 47.0),
      new Term(x, 48.0),
      new Term(x, 49.0),
      new Term(x, 50.0),
      new Term(x, 51.0),
      new Term(x, 52.0),
      new Term(x, 53.0),
      new Term(x, 54.0),
      new Term(x, 55.0),
      new Term(x, 56.0),
      new Term(x, 57.0),
      new Term(x, 58.0),
      new Term(x, 59.0),
      new Term(x, 60.0),
      new Term(x, 61.0),
      new Term(x, 62.0),
      new Term(x, 63.0),
      new Term(x, 64.0),
      new Term(x, 65.0),
      new Term(x, 66.0),
      new Term(x, 67.0),
      new Term(x, 68.0),
      new Term(x, 69.0),
      new Term(x, 70.0),
      new Term(x, 71.0),
      new Term(x, 72.0),
      new Term(x, 73.0),
      new Term(x, 74.0),
      new Term(x, 75.0),
      new Term(x, 76.0),
      new Term(x, 77.0),
      new Term(x, 78.0),
      new Term(x, 79.0),
      new Term(x, 80.0),
      new Term(x, 81.0),
      new Term(x, 82.0),
      new Term(x, 83.0),
      new Term(x, 84.0),
      new Term(x, 85.0),
      new Term(x, 86.0),
      new Term(x, 87.0),
      new Term(x, 88.0),
      new Term(x, 89.0),
      new Term(x, 90.0),
      new Term(x, 91.0),
      new Term(x, 92.0),
      new Term(x, 93.0),
      new Term(x, 94.0),
      new Term(x, 95.0),
      new Term(x, 96.0),
      new Term(x, 97.0),
      new Term(x, 98.0),
      new Term(x, 99.0),
      new Term(x, 100.0),
      new Term(x, 101.0),
      new Term(x, 102.0),
      new Term(x, 103.0),
      new Term(x, 104.0),
      new Term(x, 105.0),
      new Term(x, 106.0),
      new Term(x, 107.0),
      new Term(x, 108.0),
      new Term(x, 109.0),
      new Term(x, 110.0),
      new Term(x, 111.0),
      new Term(x, 112.0),
      new Term(x, 113.0),
      new Term(x, 114.0),
      new Term(x, 115.0),
      new Term(x, 116.0),
      new Term(x, 117.0),
      new Term(x, 118.0),
      new Term(x, 119.0),
      new Term(x, 120.0),
      new Term(x, 121.0),
      new Term(x, 122.0),
      new Term(x, 123.0),
      new Term(x, 124.0),
      new Term(x, 125.0),
      new Term(x, 126.0),
      new Term(x, 127.0),
      new Term(x, 128.0),
      new Term(x, 129.0),
      new Term(x, 130.0),
      new Term(x, 131.0),
      new Term(x, 132.0),
      new Term(x, 133.0),
      new Term(x, 134.0),
      new Term(x, 135.0),
      new Term(x, 136.0),
      new Term(x, 137.0),
      new Term(x, 138.0),
      new Term(x, 139.0),
      new Term(x, 140.0),
      new Term(x, 141.0),
      new Term(x, 142.0),
      new Term(x, 143.0),
      new Term(x, 144.0),
      new Term(x, 145.0),
      new Term(x, 146.0),
      new Term(x, 147.0),
      new Term(x, 148.0),
      new Term(x, 149.0),
    };
    return terms[0].value * terms[N - 1].weight;
  }

  private static ClassNode node(Class<?> c) {
    ClassNode cn = new ClassNode();
    new ClassReader(Transformed.bytesOf(c)).accept(cn, 0);
    return cn;
  }

  private static MethodNode method(ClassNode cn, String name) {
    return cn.methods.stream().filter(m -> m.name.equals(name)).findFirst().orElseThrow();
  }

  /** The code of {@link Term}'s constructor, and no other. */
  private static final ObjectCode TERM_CODE = new ObjectCode() {
    @Override
    public Graph body(MethodRef m, String exactClass) {
      ClassNode term = node(Term.class);
      if (!m.owner().equals(term.name) || !m.name().equals("<init>")) return null;
      try {
        return Lifter.lift(term.name, method(term, "<init>"));
      } catch (dev.leibniz.core.NotDifferentiable e) {
        throw new AssertionError(e);
      }
    }

    @Override
    public String returnedClass(MethodRef m, String exactClass) {
      return null;
    }

    @Override
    public String whyNoBody(MethodRef m, String exactClass) {
      return "not Term's constructor";
    }

    @Override
    public Boolean isSubtype(String sub, String sup) {
      return sub.equals(sup) ? Boolean.TRUE : null;
    }

    @Override
    public String exactClassOfConstant(dev.leibniz.core.ir.FieldRef f) {
      return null;
    }

    @Override
    public boolean isFinal(dev.leibniz.core.ir.FieldRef f) {
      return false;
    }

    @Override
    public String declaringClass(dev.leibniz.core.ir.FieldRef f) {
      return f.owner();
    }
  };

  @Test
  void theTablesConstructorsAreInlinedMovingEachInstructionOnce() throws Exception {
    ClassNode cn = node(ObjectInlinerCutsTest.class);
    Graph g = Lifter.lift(cn.name, method(cn, "table"));
    ObjectInliner inliner = new ObjectInliner(g, TERM_CODE, Set.of(), Set.of());
    while (inliner.run()) {
      // each round inlines what the last brought in (Object's constructor, dropped)
    }
    int size = 0, constructors = 0;
    Set<Insn> seen = new HashSet<>();
    for (Block b : g.blocks) {
      for (Insn i : b.insns) {
        assertTrue(seen.add(i), "an instruction in two places: " + i);
        size++;
        if (i.op == Op.INVOKE && i.method().name().equals("<init>")) constructors++;
      }
    }
    assertEquals(0, constructors, "constructors left as calls");
    assertTrue(inliner.moved <= size, inliner.moved + " instructions moved for a graph of " + size);
  }
}
