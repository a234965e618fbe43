package dev.leibniz.core;

import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.rules.DerivativeRule;
import dev.leibniz.core.rules.MathRules;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * Which callees' integer results may be a floating value rounded: their code, or that of a callee whose integer result
 * they use, converts a floating value to an integer ({@code (int) x}) or calls {@code Math.round}. Such a call of an
 * active value is where a table index is rounded in a callee (JBox2D's {@code sinLUT[round(x / PRECISION) % LENGTH]},
 * {@code round} calling {@code fastFloor}'s {@code (int) x}), which {@code core.analysis.DerivativeCuts.tableLookups}
 * warns about as it does for a conversion in the method itself. A search that finds an index by comparisons ({@code
 * binarySearch}, an interpolation's interval) converts nothing and is not one; nor is a callee whose code cannot be
 * read (a warning, not a refusal: no alarm without evidence).
 */
final class RoundingSummaries extends CallGraphSummaries {
  RoundingSummaries(SourceClass source, ClassLibrary library) {
    super(source, library);
  }

  boolean mayReturnRounded(MethodRef m) {
    return isIntegral(Type.getReturnType(m.desc())) && holds(m);
  }

  @Override
  Boolean leaf(MethodRef m) {
    DerivativeRule rule = MathRules.find(m);
    if (rule != null) return rule.isZero() && isIntegral(Type.getReturnType(m.desc())); // Math.round
    if (ClassLibrary.isJdk(m.owner())) return false;
    return null;
  }

  @Override
  boolean unreadable() {
    return false;
  }

  @Override
  boolean hasIt(AbstractInsnNode i) {
    switch (i.getOpcode()) {
      case Opcodes.F2I, Opcodes.F2L, Opcodes.D2I, Opcodes.D2L:
        return true;
      default:
        if (!(i instanceof MethodInsnNode c)) return false;
        Boolean leaf = leaf(new MethodRef(c.getOpcode(), c.owner, c.name, c.desc, c.itf));
        return leaf != null && leaf;
    }
  }

  /** Only a callee's integer result can hand a rounded value on (a floating one is converted where it is used). */
  @Override
  boolean passesOn(MethodInsnNode call) {
    return isIntegral(Type.getReturnType(call.desc));
  }

  private static boolean isIntegral(Type t) {
    return switch (t.getSort()) {
      case Type.INT, Type.LONG, Type.SHORT, Type.BYTE, Type.CHAR -> true;
      default -> false;
    };
  }
}
