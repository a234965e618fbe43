package dev.leibniz.core.analysis;

import dev.leibniz.core.JavaSignature;
import dev.leibniz.core.NotDifferentiable;
import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.FieldRef;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Value;
import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * An object held in a field and used as scratch ({@code core.objects.ScratchFields}: libGDX's {@code static final Vector2
 * v2a}, JBox2D's {@code static Vec2 pool}): read once at entry, it gets a shadow made there the way a blank construction's
 * is ({@code Sweep}: the class's blank no-argument constructor run again, its floating fields set to 0), so its tangent
 * (adjoint) lives for this call only. Sound when (ScratchFields) it is one object for the whole call, nothing else in the
 * class reads what the call leaves in it, and (here) the call sees it under no other name: not a parameter's (tested with
 * {@code ==} at run time, {@code objects.FieldAliasGuards}), not held inside a parameter (objects of another class with
 * shadows, arrays of objects: refused), not another field's or a call's result; and it goes only where a blank
 * construction may go ({@link BlankStoreUses}: its fields read and written, setters and helpers that keep it to
 * themselves, returned), where the derivatives reach the shadow made here. A value read before any write of this call was
 * left by an earlier call: passive by the contract, tangent 0. The primal's use of the field is unchanged (the companions
 * are as thread-safe as the original code, which shares the object between threads; they add no state of their own).
 */
final class ScratchObjects {
  private ScratchObjects() {}

  /** Checks the scratch read {@code read} of {@code graph} and records its shadow's fields in {@code a}, or refuses it. */
  static void check(Activity a, Graph graph, Insn read) throws NotDifferentiable {
    String field = "the object in " + (read.op == Op.GETSTATIC ? "static field " : "field ") + JavaSignature.field((FieldRef) read.attr);
    String owner = read.type.getInternalName();
    MethodRef init = new MethodRef(Opcodes.INVOKESPECIAL, owner, "<init>", "()V", false);
    List<dev.leibniz.core.ir.FieldPath> zeroed = a.callees().blankConstructor(init);
    if (zeroed == null) {
      throw Activity.fail(read, field + " is used as scratch (written with active values), but its shadow cannot be made"
          + " here: " + JavaSignature.className(owner) + " has no blank no-argument constructor (one that only sets its own"
          + " fields from constants); give it one, or pass the object in as a parameter with its shadow");
    }
    if (graph.confinedScratch.contains(read.attr)) { // never out of its class's code: no other name can be it (ConfinedScratch)
      checkEscape(a, graph, read, field);
      a.scratchObjects.put(read, zeroed);
      return;
    }
    for (Insn p : graph.params) {
      if (p.type.equals(read.type) || !mayHold(a.callees().shadows(), p.type)) continue; // the same class: guarded by ==
      throw Activity.fail(read, field + " is used as scratch (written with active values), but parameter "
          + JavaSignature.type(p.type) + " may hold the same object, where its derivative would be lost; keep the scratch"
          + " object in a local variable, or pass it in as a parameter with its shadow");
    }
    for (Block b : graph.blocks) {
      for (Insn i : b.insns) {
        if (i == read || !i.type.equals(read.type) || !fromElsewhere(i, read.type)) continue;
        String what = i.op == Op.INVOKE ? "the object returned by " + i.method().name() + "()"
            : "the object in field " + JavaSignature.field((FieldRef) i.attr);
        throw Activity.fail(read, field + " is used as scratch (written with active values), but " + what + " (line "
            + i.line + ") may be the same object, where its derivative would be lost; use one scratch field per method,"
            + " or keep the scratch object in a local variable");
      }
    }
    checkEscape(a, graph, read, field);
    a.scratchObjects.put(read, zeroed);
  }

  private static void checkEscape(Activity a, Graph graph, Insn read, String field) throws NotDifferentiable {
    Insn escape = BlankStoreUses.escape(graph, read, null, a.callees()::writesOnlyReceiver, a.callees()::confinesArgument);
    if (escape != null) {
      throw Activity.fail(escape, field + ", used as scratch (written with active values), is "
          + (escape.op == Op.INVOKE ? "given to a call that may keep it" : "stored or passed on") + " here; its shadow is"
          + " made for this call only, so it must only have its fields read and written (directly, by setters of its"
          + " own class, or by helpers bound statically that keep it to themselves) and be returned");
    }
  }

  /**
   * True when a parameter of type {@code t} may hold another object inside: an array of objects with shadows, or an
   * object with shadows whose class (as far as its layout is known) has a field holding references (an object, an
   * array of objects). JBox2D's {@code Rot}, holding two floats, cannot hold the scratch {@code Vec2}.
   */
  private static boolean mayHold(dev.leibniz.core.ir.Shadows shadows, Type t) {
    if (!shadows.has(t)) return false;
    if (t.getSort() != Type.OBJECT || shadows.isSlotOnly(t.getInternalName())) return true;
    dev.leibniz.core.ir.Shadows.Layout layout = shadows.layout(t.getInternalName());
    if (layout == null) return true;
    for (dev.leibniz.core.ir.Shadows.Field f : layout.fields()) {
      Type ft = Type.getType(f.desc());
      if (ft.getSort() == Type.OBJECT || (ft.getSort() == Type.ARRAY && ft.getElementType().getSort() == Type.OBJECT)) return true;
    }
    return false;
  }

  /** A value of the scratch object's type read from a field or returned by a call given no object of that type. */
  private static boolean fromElsewhere(Insn i, Type type) {
    if (i.op == Op.GETFIELD || i.op == Op.GETSTATIC) return true;
    if (i.op != Op.INVOKE || !(i.attr instanceof MethodRef)) return false;
    for (Value v : i.args) {
      if (v.type.equals(type)) return false;
    }
    return true;
  }
}
