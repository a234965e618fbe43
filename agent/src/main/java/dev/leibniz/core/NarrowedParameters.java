package dev.leibniz.core;

import dev.leibniz.core.lift.InsnText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Warnings for a marked method that casts a parameter declared with a type without shadows (an
 * interface, {@code Object}) to a class with shadows ({@code ((MinDoubleAggregator) other).min}): the
 * parameter gets no shadow, so the numbers of the object behind it are passive and the derivatives
 * with respect to them are 0, right by the contract (README, "Objects") but surely not what a method
 * that reads them as numbers of a differentiable class was marked for. Found by the twelfth corpus
 * round: Flink's {@code MinDoubleAggregator.combine(Aggregator<Double, Double> other)}, whose
 * companions take the receiver's shadow and gave 0 along {@code other.min} without a word. Warned
 * once per parameter, at the cast (the pattern javac emits: the parameter loaded, then cast).
 */
final class NarrowedParameters {
  private NarrowedParameters() {}

  static List<Diagnostic> of(SourceClass source, dev.leibniz.core.ir.Shadows shadows) {
    List<Diagnostic> out = new ArrayList<>();
    for (String key : source.marked) {
      MethodNode m = source.methods.get(key);
      if (m == null || SourceClass.isHosted(key) || m.instructions == null || (m.access & Opcodes.ACC_BRIDGE) != 0) continue;
      Type[] params = Type.getArgumentTypes(m.desc);
      int first = (m.access & Opcodes.ACC_STATIC) != 0 ? 0 : 1;
      Set<Integer> warned = new HashSet<>();
      int line = -1;
      for (AbstractInsnNode i = m.instructions.getFirst(); i != null; i = i.getNext()) {
        if (i instanceof LineNumberNode n) line = n.line;
        if (i.getOpcode() != Opcodes.CHECKCAST || !(i.getPrevious() instanceof VarInsnNode load)
            || load.getOpcode() != Opcodes.ALOAD) continue;
        Type declared = parameterType(params, first, load.var);
        String cast = ((TypeInsnNode) i).desc;
        if (declared == null || shadows.carries(declared) || !shadows.isShadowClass(cast) || !warned.add(load.var)) continue;
        out.add(new Diagnostic(source.className.replace('/', '.'), key, line, InsnText.of(i), "both",
            "casts a parameter declared " + JavaSignature.type(declared) + " to " + JavaSignature.type(Type.getObjectType(cast))
                + ", a class with shadows: the parameter's declared type has none, so the object gets no shadow, its numbers"
                + " are passive and the derivatives with respect to them are 0 (README, \"Objects\"); if " + m.name
                + " was marked for them too, declare the parameter with that class", true));
      }
    }
    return out;
  }

  /** The declared type of the parameter in local {@code slot}, or null when the slot is not a parameter. */
  private static Type parameterType(Type[] params, int first, int slot) {
    int at = first;
    for (Type t : params) {
      if (at == slot) return t;
      at += t.getSize();
    }
    return null;
  }
}
