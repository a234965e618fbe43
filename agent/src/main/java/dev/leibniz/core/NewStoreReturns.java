package dev.leibniz.core;

import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Shadows;
import java.util.HashMap;
import java.util.Map;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * Which callees may return an object they made with a shadow (a store made when none is given,
 * {@code core.objects.BlankConstructors}): its shadow is made inside the callee, so the caller must
 * keep the object where the derivatives reach it, as for one made in its own code
 * ({@code analysis.BlankStoreUses}). Read from bytecode, over-approximated: a method returning an
 * object whose code calls a blank constructor of a class with shadows (one taking no floating
 * argument) or a plain one (given values, it is made blank in the companions: {@code
 * core.objects.ValuedConstructions}), or calls a method that may return such an object (transitively, through the library's
 * resolution of each call).
 */
final class NewStoreReturns {
  private final ClassLibrary library;
  private final Shadows shadows;
  private final Map<String, Boolean> known = new HashMap<>();

  NewStoreReturns(ClassLibrary library, Shadows shadows) {
    this.library = library;
    this.shadows = shadows;
  }

  boolean may(MethodRef m) {
    if (Type.getReturnType(m.desc()).getSort() != Type.OBJECT) return false;
    String key = m.owner() + "." + m.name() + m.desc();
    Boolean k = known.get(key);
    if (k != null) return k;
    known.put(key, false); // a recursion adds nothing the other calls do not
    ClassLibrary.Declaration d = library.resolve(m);
    boolean may = false;
    if (d != null) {
      for (AbstractInsnNode n : d.method().instructions) {
        if (!(n instanceof MethodInsnNode c)) continue;
        if (c.name.equals("<init>")) {
          // a blank constructor, or a plain one given values: made blank in the callee's companions (ValuedConstructions)
          may = shadows.has(Type.getObjectType(c.owner))
              && (dev.leibniz.core.objects.BlankConstructors.fieldsToZero(c.owner, c.desc, library::classNode) != null
                  || dev.leibniz.core.objects.ValuedConstructions.fieldsOf(library.classNode(c.owner), c.desc, d.owner().name, library::classNode) != null);
        } else {
          may = may(new MethodRef(c.getOpcode(), c.owner, c.name, c.desc, c.itf));
        }
        if (may) break;
      }
    }
    known.put(key, may);
    return may;
  }
}
