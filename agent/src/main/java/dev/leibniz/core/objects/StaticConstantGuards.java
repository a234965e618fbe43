package dev.leibniz.core.objects;

import dev.leibniz.core.JavaSignature;
import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.FieldRef;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Type;

/**
 * A blank constructor copying a static constant ({@link BlankCode}; Ardor3D's {@code Quaternion()} = {@code
 * this(Quaternion.IDENTITY)}) makes an object whose shadow is zero: true while the constant holds values of the program's
 * state. A caller passing the constant itself (cast to its mutable class) as a parameter the method may write would make
 * the copy active under a zero shadow, a silently wrong derivative. So at the entry of a method making such an object
 * this pass compares every object parameter the method may write (a field written, or given to a call, through it or a
 * phi or cast of it) with each constant copied, and throws an {@code IllegalArgumentException} naming both: one static
 * read and one reference comparison per pair, in the primal code both modes copy, before anything is written.
 */
public final class StaticConstantGuards {
  private StaticConstantGuards() {}

  /** Inserts the guards into {@code g} ({@code method} names it in Java syntax); {@code code} tells the constants copied. */
  public static void insert(Graph g, String method, ObjectCode code) {
    Map<FieldRef, String> copied = copied(g, code);
    if (copied.isEmpty()) return;
    List<Insn> written = new ArrayList<>();
    for (Insn p : g.params) {
      if (p.type.getSort() == Type.OBJECT && (p.type.getInternalName().equals("java/lang/Object")
          || !TrackedObjects.isJdk(p.type.getInternalName())) && mayBeWritten(g, p)) written.add(p);
    }
    if (written.isEmpty()) return;
    Block b = g.entry();
    for (Map.Entry<FieldRef, String> c : copied.entrySet()) {
      FieldRef f = c.getKey();
      Insn read = g.newInsn(Op.GETSTATIC, Type.getType(f.desc()), f);
      read.line = firstLine(g);
      int at = afterParams(b);
      b.insns.add(at, read);
      b = FieldAliasGuards.guard(g, b, at, read, written, p -> message(g, method, f, c.getValue(), p));
    }
  }

  /** The constants the blank constructors called in {@code g} copy, each with the {@code new C()} copying it first. */
  private static Map<FieldRef, String> copied(Graph g, ObjectCode code) {
    Map<FieldRef, String> copied = new LinkedHashMap<>();
    for (Block b : g.blocks) {
      for (Insn i : b.insns) {
        if (i.op != Op.INVOKE || !(i.attr instanceof MethodRef m) || !m.name().equals("<init>")
            || !(i.arg(0) instanceof Insn made) || made.op != Op.NEW) continue;
        for (FieldRef f : code.constantsCopied(m)) {
          copied.putIfAbsent(f, "new " + JavaSignature.className(m.owner()) + "(..)");
        }
      }
    }
    return copied;
  }

  /**
   * Whether code of {@code g} may write the object {@code p} holds: {@code p}, or a phi or cast of it, is the object of a
   * field write or any operand of anything but a field read, a comparison, a return or a type test (a call may write it).
   */
  private static boolean mayBeWritten(Graph g, Insn p) {
    Set<Value> same = new HashSet<>(List.of(p));
    for (boolean grew = true; grew; ) {
      grew = false;
      for (Block b : g.blocks) {
        for (Phi phi : b.phis) {
          if (!same.contains(phi) && phi.inputs.stream().anyMatch(same::contains)) grew |= same.add(phi);
        }
        for (Insn i : b.insns) {
          if (i.op == Op.CHECKCAST && same.contains(i.arg(0))) grew |= same.add(i);
        }
      }
    }
    for (Block b : g.blocks) {
      for (Insn i : b.insns) {
        if (i.op == Op.GETFIELD || i.op == Op.CHECKCAST || i.op == Op.INSTANCEOF) continue;
        for (Value a : i.args) {
          if (same.contains(a)) return true;
        }
      }
    }
    return false;
  }

  /** The index in the entry block {@code b} right after its parameters (they come first: the companions map them there). */
  private static int afterParams(Block b) {
    int at = 0;
    while (at < b.insns.size() && b.insns.get(at).op == Op.PARAM) at++;
    return at;
  }

  private static int firstLine(Graph g) {
    for (Block b : g.blocks) {
      for (Insn i : b.insns) {
        if (i.line > 0) return i.line;
      }
    }
    return -1;
  }

  private static String message(Graph g, String method, FieldRef constant, String copy, Insn param) {
    int index = (int) param.attr - (g.isStatic() ? 0 : 1);
    String who = index < 0 ? "the receiver" : "parameter " + index;
    return "leibniz: " + who + " of " + method + " is the constant " + JavaSignature.fieldName(constant.owner(), constant.name())
        + ", which " + copy + " in it copies as a value with no derivative; " + method + " may write " + who
        + " before that copy, and the derivative would be wrong; pass a copy of the constant instead";
  }
}
