package dev.leibniz.core;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.LocalVariableNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Warnings for a marked method with a {@code Double} or {@code Float} parameter that it reads beside
 * another input (README, "Objects": JDK classes get no shadow, so the box is passive and the
 * derivative along it is 0, right by the contract but surely not what the method was marked for).
 * A method whose only inputs are boxes is refused ({@code Refusals.withoutInput}); this covers the
 * others, which differentiated in their other inputs without a word: Flink's
 * {@code MinDoubleAggregator.aggregate(Double value)}, {@code min = Math.min(min, value)}, whose box
 * the generic interface {@code Aggregator<Double, Double>} forces (found by the twelfth corpus round).
 * Warned once per parameter, at the line of its first read.
 */
final class BoxedParameters {
  private BoxedParameters() {}

  static List<Diagnostic> of(SourceClass source) {
    List<Diagnostic> out = new ArrayList<>();
    for (String key : source.marked) {
      MethodNode m = source.methods.get(key);
      if (m == null || SourceClass.isHosted(key) || m.instructions == null || (m.access & Opcodes.ACC_BRIDGE) != 0) continue;
      int slot = (m.access & Opcodes.ACC_STATIC) != 0 ? 0 : 1;
      for (Type t : Type.getArgumentTypes(m.desc)) {
        String box = boxName(t);
        int line = box == null ? -1 : firstReadLine(m, slot);
        if (box != null && line != -2) {
          String name = parameterName(m, slot);
          out.add(new Diagnostic(source.className.replace('/', '.'), key, line, name, "both", "reads the "
              + box + " parameter " + name + ": a box is a JDK object, which Leibniz gives no shadow, so " + name
              + " is passive and the derivatives with respect to it are 0 (README, \"Objects\"); if " + m.name
              + " was marked for it too, declare it " + box.toLowerCase() + " (where a generic interface forces the box,"
              + " let the interface method call a " + box.toLowerCase() + " overload marked instead)", true));
        }
        slot += t.getSize();
      }
    }
    return out;
  }

  /** "Double" or "Float" for a parameter of that box type, else null. */
  private static String boxName(Type t) {
    if (t.getSort() != Type.OBJECT) return null;
    return switch (t.getInternalName()) {
      case "java/lang/Double" -> "Double";
      case "java/lang/Float" -> "Float";
      default -> null;
    };
  }

  /** The line of the first read of local {@code slot} (-1 if the method has no line numbers), or -2 if it is never read. */
  private static int firstReadLine(MethodNode m, int slot) {
    int line = -1;
    for (AbstractInsnNode i = m.instructions.getFirst(); i != null; i = i.getNext()) {
      if (i instanceof LineNumberNode n) line = n.line;
      if (i.getOpcode() == Opcodes.ALOAD && ((VarInsnNode) i).var == slot) return line;
    }
    return -2;
  }

  private static String parameterName(MethodNode m, int slot) {
    if (m.localVariables != null) {
      for (LocalVariableNode v : m.localVariables) {
        if (v.index == slot) return v.name;
      }
    }
    return "in slot " + slot;
  }
}
