package dev.leibniz.core;

import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.rules.MathRules;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * Which callees may have a partial that is infinite where they are finite (a call, transitively,
 * of a function {@link MathRules#infiniteAtFinitePoint}: {@code sqrt} at 0...), computed once per
 * callee from its class file. Across a call to such a callee a tangent or an adjoint may become
 * infinite while every value is finite, so the caller applies its zero partials there with a
 * strong zero ({@code core.analysis.NonFiniteDerivatives}). A callee whose code cannot be read
 * (abstract, an interface method, a class not found) counts as one, and so does one that makes a lambda (its body is
 * not read); the platform's own methods count only when they are such functions, the agent's helpers never.
 */
final class SingularSummaries extends CallGraphSummaries {
  SingularSummaries(SourceClass source, ClassLibrary library) {
    super(source, library);
  }

  boolean mayHaveInfinitePartial(MethodRef m) {
    return holds(m);
  }

  @Override
  Boolean leaf(MethodRef m) {
    if (MathRules.find(m) != null) return MathRules.infiniteAtFinitePoint(m);
    if (ClassLibrary.isJdk(m.owner())) return false;
    return null;
  }

  @Override
  boolean unreadable() {
    return true;
  }

  @Override
  boolean hasIt(AbstractInsnNode i) {
    if (i instanceof InvokeDynamicInsnNode d) return !d.bsm.getOwner().equals("java/lang/invoke/StringConcatFactory");
    if (!(i instanceof MethodInsnNode c)) return false;
    Boolean leaf = leaf(new MethodRef(c.getOpcode(), c.owner, c.name, c.desc, c.itf));
    return leaf != null && leaf && !ofWholeNumber(c);
  }

  @Override
  boolean passesOn(MethodInsnNode call) {
    return true;
  }

  /**
   * True when {@code call} is a one-argument function of an integer just converted ({@code
   * Math.sqrt((double) trips)}, a checkpointed loop's segment length): its argument carries no
   * derivative, so its partial never meets one.
   */
  private static boolean ofWholeNumber(MethodInsnNode call) {
    if (!call.desc.equals("(D)D")) return false;
    AbstractInsnNode arg = call.getPrevious();
    while (arg != null && arg.getOpcode() < 0) arg = arg.getPrevious(); // labels, lines, frames
    return arg != null && (arg.getOpcode() == Opcodes.I2D || arg.getOpcode() == Opcodes.L2D);
  }
}
