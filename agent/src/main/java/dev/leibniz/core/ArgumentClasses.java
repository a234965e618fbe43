package dev.leibniz.core;

import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Shadows;
import dev.leibniz.core.ir.Value;
import java.util.Map;
import java.util.TreeMap;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Calls of static methods of other classes that pass an object with a shadow to a parameter declared with a type
 * without one (an interface or abstract class the object's class implements: {@code Vectors.checkedNorm(Vector<?>)}
 * given a vector with a shadow) become calls of the method's {@link ArgumentView} for the argument's class (its static
 * type here, which the verifier holds the value to), so its companions take the shadow and its calls on the parameter
 * are calls on an object of that class. Without a view, the call is refused as before (Activity: the shadow would be
 * lost).
 */
final class ArgumentClasses {
  private ArgumentClasses() {}

  /** Retypes the calls of {@code g} (of class {@code source}'s transformation) that pass objects with shadows so. */
  static void retype(Graph g, ClassLibrary library, Shadows shadows, String source) {
    if (shadows == null) return;
    for (Block b : g.blocks) {
      for (int j = 0; j < b.insns.size(); j++) {
        Insn call = b.insns.get(j);
        if (call.op != Op.INVOKE || !(call.attr instanceof MethodRef m) || m.opcode() != Opcodes.INVOKESTATIC
            || m.owner().equals(source) || ClassLibrary.isJdk(m.owner())) {
          continue;
        }
        Map<Integer, Type> retyped = retyped(call, m, library, shadows);
        String desc = retyped.isEmpty() ? null : library.argumentView(m, retyped);
        if (desc == null) continue;
        Insn direct = g.newInsn(Op.INVOKE, call.type, new MethodRef(Opcodes.INVOKESTATIC, m.owner(), m.name(), desc, m.itf()), call.args.clone());
        direct.line = call.line;
        direct.origin = call.origin;
        b.insns.set(j, direct);
        if (call.hasResult()) g.replaceUses(Map.of(call, direct));
      }
    }
  }

  /**
   * A declared type given a shadow slot only as a supertype of shadow classes (Commons Geometry's {@code Vector}, above
   * {@code Vector3D}), given an object of a class with shadows that is not itself slot-only: its calls on the parameter
   * would be dispatched with the slot's types, which no class's companions have; the view calls the class's own.
   */
  private static boolean slotOnly(Shadows shadows, Type argument, Type declared) {
    return shadows.isSlotOnly(declared.getInternalName()) && !shadows.isSlotOnly(argument.getInternalName());
  }

  /** The parameters of {@code m} given an object with a shadow of a class below a declared type without one. */
  private static Map<Integer, Type> retyped(Insn call, MethodRef m, ClassLibrary library, Shadows shadows) {
    Map<Integer, Type> retyped = new TreeMap<>();
    Type[] params = Type.getArgumentTypes(m.desc());
    for (int k = 0; k < params.length; k++) {
      Value a = call.arg(k);
      Type declared = params[k];
      if (a.type.getSort() != Type.OBJECT || declared.getSort() != Type.OBJECT || a.type.equals(declared)
          || ClassLibrary.isJdk(a.type.getInternalName()) || ClassLibrary.isJdk(declared.getInternalName())
          || !shadows.has(a.type) || (shadows.has(declared) && !slotOnly(shadows, a.type, declared))
          || !library.isSubtype(a.type.getInternalName(), declared.getInternalName())) {
        continue;
      }
      retyped.put(k, a.type);
    }
    return retyped;
  }
}
