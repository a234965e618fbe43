package dev.leibniz.core;

import dev.leibniz.core.lift.InsnText;
import dev.leibniz.core.objects.ShadowClasses;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Warnings for a marked method whose only inputs are objects (README, "Objects": their classes get
 * shadows as if annotated) that reads a field of such an object holding <em>another</em> object whose
 * class has no shadow: the numbers held there are passive, so their derivative is 0 whatever the
 * method does with them — right by the contract, but surely not what a method marked for its
 * objects' numbers wants (Flink ML's {@code VectorWithNorm.vector}, a {@code Vector} held beside its
 * norm: the distance's derivative came out along the norms only, without a word). Warned where the
 * held object's class may hold numbers: it declares {@code double}/{@code float} values, or it is an
 * interface or abstract class (the objects' real class is not known here).
 */
final class HeldPassiveNumbers {
  private HeldPassiveNumbers() {}

  static List<Diagnostic> of(SourceClass source, ClassLibrary library, dev.leibniz.core.ir.Shadows shadows) {
    List<Diagnostic> out = new ArrayList<>();
    for (String key : source.marked) {
      MethodNode m = source.methods.get(key);
      if (m == null || SourceClass.isHosted(key) || m.instructions == null) continue;
      Set<String> inputs = ShadowClasses.objectOnlyInputClasses(source.cn, m, library::classNode).keySet();
      if (inputs.isEmpty()) continue;
      Set<String> warned = new HashSet<>();
      for (MethodNode code : ownCode(source.cn, m)) {
        int line = -1;
        for (AbstractInsnNode i = code.instructions.getFirst(); i != null; i = i.getNext()) {
          if (i instanceof LineNumberNode n) line = n.line;
          if (i.getOpcode() != Opcodes.GETFIELD || !(i instanceof FieldInsnNode f) || !warned.add(f.owner + "." + f.name)) continue;
          String held = passiveHolder(f, inputs, library, shadows);
          if (held == null) continue;
          out.add(new Diagnostic(source.className.replace('/', '.'), key, line, InsnText.of(f), "both", "reads " + JavaSignature.field(f.owner, f.name, f.desc) + ", which holds "
              + JavaSignature.type(Type.getType(f.desc)) + " objects: their class has no shadow, so the numbers they hold are"
              + " passive and the derivatives with respect to them are 0 (only the input objects' own fields carry"
              + " derivatives); if " + m.name + " was marked for those numbers too, annotate the class holding them"
              + " @Differentiable (the class of the objects, or declare the field with it)", true));
        }
      }
    }
    return out;
  }

  /** {@code m} and the methods of its class it calls, transitively (private helpers such as Flink's {@code distanceSquare}). */
  private static List<MethodNode> ownCode(ClassNode cn, MethodNode m) {
    List<MethodNode> out = new ArrayList<>(List.of(m));
    for (int k = 0; k < out.size(); k++) {
      for (AbstractInsnNode i = out.get(k).instructions.getFirst(); i != null; i = i.getNext()) {
        if (!(i instanceof org.objectweb.asm.tree.MethodInsnNode c) || !c.owner.equals(cn.name)) continue;
        for (MethodNode callee : cn.methods) {
          if (callee.name.equals(c.name) && callee.desc.equals(c.desc) && callee.instructions != null && !out.contains(callee)) {
            out.add(callee);
          }
        }
      }
    }
    return out;
  }

  /** The held class when {@code f} reads, from an input object, an object whose class may hold passive numbers; else null. */
  private static String passiveHolder(FieldInsnNode f, Set<String> inputs, ClassLibrary library, dev.leibniz.core.ir.Shadows shadows) {
    Type t = Type.getType(f.desc);
    Type e = t.getSort() == Type.ARRAY ? t.getElementType() : t;
    if (e.getSort() != Type.OBJECT || !isInput(f.owner, inputs, library)) return null;
    String held = e.getInternalName();
    if (held.startsWith("java/") || held.startsWith("javax/") || shadows.isShadowClass(held)) return null;
    ClassNode c = library.classNode(held);
    if (c == null) return null;
    boolean opaque = (c.access & (Opcodes.ACC_INTERFACE | Opcodes.ACC_ABSTRACT)) != 0;
    return opaque || ShadowClasses.holdsFloating(held, library::classNode) ? held : null;
  }

  /** Whether {@code owner} is an input class or a subclass of one. */
  private static boolean isInput(String owner, Set<String> inputs, ClassLibrary library) {
    int depth = 0;
    for (ClassNode c = library.classNode(owner); c != null && depth++ < 64; c = c.superName == null ? null : library.classNode(c.superName)) {
      if (inputs.contains(c.name)) return true;
    }
    return false;
  }
}
