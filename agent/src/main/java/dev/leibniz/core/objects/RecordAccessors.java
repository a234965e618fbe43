package dev.leibniz.core.objects;

import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.FieldRef;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Shadows;
import org.objectweb.asm.Opcodes;

/**
 * A record's accessor called on a record with a shadow (a parameter, an element of an array, a
 * field) becomes the read of its component: {@code p.b()} is {@code p.b}. As a call, reverse mode could only
 * reverse it jointly (an accessor returning an array has no split adjoint), and the array it hands
 * out is written afterwards, which joint reversal refuses (objects are not snapshotted); as a field
 * read it is differentiated like any field of an object with a shadow (the shadow of a record is a
 * record whose components are the shadows, {@code Derivatives.zeroShadow}). Only an accessor whose
 * code is exactly {@code return this.c} (javac's, or one written the same way) is replaced: a record
 * is final, so the call runs that code; an accessor written otherwise stays a call. Records without
 * shadows keep their calls: their components carry no derivative, and the public accessor needs no
 * access to the record's private field (a record of a named module that does not open its package).
 */
final class RecordAccessors {
  private RecordAccessors() {}

  /** Replaces the calls of plain record accessors in {@code g}; true when the graph changed. */
  static boolean inline(Graph g, ObjectCode code, Shadows shadows) {
    boolean changed = false;
    for (int k = 0; k < g.blocks.size(); k++) {
      Block b = g.blocks.get(k);
      for (int j = 0; j < b.insns.size(); j++) {
        Insn call = b.insns.get(j);
        if (!isAccessorCall(call, code) || !shadows.has(call.arg(0).type)) continue;
        Graph callee = code.body(call.method(), null);
        Insn read = callee == null ? null : componentRead(callee, call.method());
        if (read == null) continue;
        // the read takes the call's place, line and instruction (diagnostics name the accessor)
        Insn get = g.newInsn(Op.GETFIELD, read.type, read.attr, call.arg(0));
        get.line = call.line;
        get.origin = call.origin;
        b.insns.set(j, get);
        GraphEdits.replaceUses(g, java.util.Map.of(call, get));
        g.hasForeignCode |= !callee.owner.equals(g.owner); // a private component: read through leibniz$access
        changed = true;
      }
    }
    return changed;
  }

  private static boolean isAccessorCall(Insn call, ObjectCode code) {
    if (call.op != Op.INVOKE || !(call.attr instanceof MethodRef m)) return false;
    return m.opcode() == Opcodes.INVOKEVIRTUAL && m.desc().startsWith("()") && !m.desc().endsWith(")V")
        && !TrackedObjects.isJdk(m.owner()) && code.isRecord(m.owner());
  }

  /**
   * The read of {@code return this.c} — straight-line code (blocks joined by jumps, as lifted)
   * reading the component of the same name and type from the receiver and returning it — or null.
   */
  private static Insn componentRead(Graph callee, MethodRef m) {
    Insn read = null;
    for (Block b : callee.blocks) {
      if (!b.phis.isEmpty() || b.terminator == null) return null;
      for (Insn i : b.insns) {
        if (i.op == Op.PARAM) continue;
        if (read != null || i.op != Op.GETFIELD || !(i.attr instanceof FieldRef f) || i.arg(0) != callee.params.get(0)) return null;
        if (!f.owner().equals(m.owner()) || !f.name().equals(m.name()) || !("()" + f.desc()).equals(m.desc())) return null;
        read = i;
      }
      Insn t = b.terminator;
      boolean last = t.op == Op.RETURN && t.args.length == 1 && t.arg(0) == read;
      if (!last && t.op != Op.GOTO) return null;
    }
    return read;
  }
}
