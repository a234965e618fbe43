package dev.leibniz.core.analysis;

import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether a boxed value ({@code Double.valueOf(x)}) only ever becomes text: it is passed to a
 * string sink ({@code String.format}, {@code StringBuilder.append(Object)}, string concatenation,
 * printing), directly or as an element of an {@code Object[]} allocated here that feeds only
 * such sinks ({@code String.format("%g", x)} boxes {@code x} into its varargs array). Text carries
 * no derivative and nobody expects it to, so boxing an active value for a message is passive; a
 * box used any other way (unboxed, stored, returned, passed to a method) could carry the value on
 * and loses its derivative, so it stays refused.
 */
final class BoxedToText {
  private final Map<Value, List<Insn>> users = new HashMap<>();

  BoxedToText(Graph g) {
    for (Block b : g.blocks) {
      for (Phi p : b.phis) {
        for (Value in : p.inputs) users.computeIfAbsent(in, k -> new ArrayList<>()).add(null);
      }
      for (Insn i : b.insns) {
        for (Value a : i.args) users.computeIfAbsent(a, k -> new ArrayList<>()).add(i);
      }
    }
  }

  /** True when every use of {@code box} turns it into text. */
  boolean onlyBecomesText(Value box) {
    for (Insn u : users.getOrDefault(box, List.of())) {
      if (u == null) return false; // flows into a phi
      if (u.op == Op.INVOKE && PassiveCalls.isStringSink(u.attr) && !isReceiver(u, box)) continue;
      if (u.op == Op.ASTORE && u.arg(2) == box && u.arg(0) != box && isTextArgumentArray(u.arg(0))) continue;
      return false;
    }
    return true;
  }

  private static boolean isReceiver(Insn call, Value v) {
    return call.attr instanceof dev.leibniz.core.ir.MethodRef && !call.method().isStatic() && call.arg(0) == v;
  }

  /** An {@code Object[]} allocated here whose only uses are element stores and string sinks. */
  private boolean isTextArgumentArray(Value array) {
    if (!(array instanceof Insn) || ((Insn) array).op != Op.NEWARRAY || !array.type.getDescriptor().equals("[Ljava/lang/Object;")) {
      return false;
    }
    for (Insn u : users.getOrDefault(array, List.of())) {
      if (u == null) return false;
      if (u.op == Op.ASTORE && u.arg(0) == array && u.arg(2) != array) continue;
      if (u.op == Op.INVOKE && PassiveCalls.isStringSink(u.attr) && !isReceiver(u, array)) continue;
      return false;
    }
    return true;
  }
}
