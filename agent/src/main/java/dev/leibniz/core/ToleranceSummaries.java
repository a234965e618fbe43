package dev.leibniz.core;

import dev.leibniz.core.analysis.Callees;
import dev.leibniz.core.analysis.ToleranceTests;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.lift.Lifter;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.MethodNode;

/**
 * Which arguments a callee's true {@code boolean} result implies are within a small tolerance of 0 ({@link
 * ToleranceTests#impliedParameters}): JOGL's {@code FloatUtil.isZero(a)} ({@code Math.abs(a) < EPSILON}) and {@code
 * VectorUtil.isZero(x, y, z)} (three calls of it, joined by {@code &&}), another class's helpers the caller branches on.
 * Read from the callee's code, lifted, once per callee; its callees' answers come through {@code callees} (a call
 * cycle answers "none" for the method still being read). Small helpers only ({@link #MAX_INSTRUCTIONS}): a test of a
 * value for zero is a line or two, and a summary is only ever a warning.
 */
final class ToleranceSummaries {
  static final int MAX_INSTRUCTIONS = 200;

  private final SourceClass source;
  private final ClassLibrary library;
  private final Map<String, BitSet> known = new HashMap<>();

  ToleranceSummaries(SourceClass source, ClassLibrary library) {
    this.source = source;
    this.library = library;
  }

  BitSet toleranceTested(MethodRef m, Callees callees) {
    if (Type.getReturnType(m.desc()).getSort() != Type.BOOLEAN || ClassLibrary.isJdk(m.owner())) return new BitSet();
    String key = m.owner() + "." + m.name() + m.desc();
    BitSet k = known.get(key);
    if (k != null) return (BitSet) k.clone();
    known.put(key, new BitSet()); // a call cycle: none, while this one is read
    BitSet out = read(m, callees);
    known.put(key, out);
    return (BitSet) out.clone();
  }

  private BitSet read(MethodRef m, Callees callees) {
    boolean own = m.owner().equals(source.cn.name);
    MethodNode mn = own ? source.methods.get(m.name() + m.desc()) : null;
    String owner = m.owner();
    if (mn == null) {
      ClassLibrary.Declaration d = library.resolve(m);
      if (d == null) return new BitSet();
      mn = d.method();
      owner = d.owner().name;
    }
    if (mn == null || mn.instructions == null || mn.instructions.size() == 0 || mn.instructions.size() > MAX_INSTRUCTIONS) {
      return new BitSet();
    }
    try {
      return ToleranceTests.impliedParameters(Lifter.lift(owner, mn), callees);
    } catch (NotDifferentiable | RuntimeException e) {
      return new BitSet(); // code the lifter does not take implies nothing: a summary only ever adds a warning
    }
  }
}
