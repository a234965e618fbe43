package dev.leibniz.core;

import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.rules.MathRules;
import java.util.HashMap;
import java.util.Map;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Which callees may have a partial that is infinite where they are finite (a call, transitively,
 * of a function {@link MathRules#infiniteAtFinitePoint}: {@code sqrt} at 0...), computed once per
 * callee from its class file. Across a call to such a callee a tangent or an adjoint may become
 * infinite while every value is finite, so the caller applies its zero partials there with a
 * strong zero ({@code core.analysis.NonFiniteDerivatives}). A callee whose code cannot be read
 * (abstract, an interface method, a class not found) counts as one; the platform's own methods
 * count only when they are such functions, the agent's helpers never.
 */
final class SingularSummaries {
  private final SourceClass source;
  private final ClassLibrary library;
  private final Map<String, Boolean> known = new HashMap<>();

  SingularSummaries(SourceClass source, ClassLibrary library) {
    this.source = source;
    this.library = library;
  }

  boolean mayHaveInfinitePartial(MethodRef m) {
    if (MathRules.find(m) != null) return MathRules.infiniteAtFinitePoint(m);
    if (ClassLibrary.isJdk(m.owner())) return false;
    String key = m.owner() + "." + m.name() + m.desc();
    Boolean k = known.get(key);
    if (k != null) return k;
    known.put(key, false); // a recursive call adds nothing to what its body has
    boolean own = m.owner().equals(source.cn.name);
    MethodNode mn = own ? source.methods.get(m.name() + m.desc()) : null;
    if (own && mn == null && m.name().startsWith(Companions.HELPER_PREFIX)) {
      known.put(key, false); // the agent's own helpers, copied in later (the tape budget of a checkpointed loop)
      return false;
    }
    if (mn == null) {
      ClassLibrary.Declaration d = library.resolve(m);
      mn = d == null ? null : d.method();
    }
    boolean singular = mn == null || mn.instructions == null || mn.instructions.size() == 0 || calls(mn);
    known.put(key, singular);
    return singular;
  }

  private boolean calls(MethodNode mn) {
    for (AbstractInsnNode n : mn.instructions) {
      if (n instanceof InvokeDynamicInsnNode d && !d.bsm.getOwner().equals("java/lang/invoke/StringConcatFactory")) {
        return true; // a lambda's body is not read here
      }
      if (n instanceof MethodInsnNode c
          && mayHaveInfinitePartial(new MethodRef(c.getOpcode(), c.owner, c.name, c.desc, c.itf))) {
        return true;
      }
    }
    return false;
  }
}
