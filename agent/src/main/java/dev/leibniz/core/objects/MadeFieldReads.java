package dev.leibniz.core.objects;

import dev.leibniz.core.analysis.Dominators;
import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.FieldRef;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Value;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Type;

/**
 * Reads of a final object field of an object made here whose constructor was inlined ({@link ObjectInliner}): Commons
 * Suncalc's {@code result.polar.setPolar(φ, θ, r)} on the {@code new Vector(...)} whose field initialiser stored {@code
 * polar = new Polar(this)}. The one store of the field on that object comes from its constructor, so a read it
 * dominates (an earlier block on every path, or the same block after it) finds the value stored: the read becomes that
 * value, and the sub-object is then an object made here whose methods are inlined and which scalar replacement can take
 * apart with its holder (before, the read kept both whole: a stored object read back is an escape). Only a field that is
 * final (no other code may write it), on the {@code new} itself, with no constructor call left on it, every store of the
 * field in the graph made on a {@code new}.
 */
final class MadeFieldReads {
  private MadeFieldReads() {}

  /** Forwards every such read of {@code g}; true when the graph changed. */
  static boolean forward(Graph g, ObjectCode code) {
    Map<Insn, Block> blockOf = new HashMap<>();
    Map<Insn, Integer> position = new HashMap<>();
    Map<String, List<Insn>> storesOf = new HashMap<>(); // by field name and type
    List<Insn> reads = new java.util.ArrayList<>();
    java.util.Set<Value> constructing = new java.util.HashSet<>(); // objects a constructor call is still given
    for (Block b : g.blocks) {
      for (int j = 0; j < b.insns.size(); j++) {
        Insn i = b.insns.get(j);
        blockOf.put(i, b);
        position.put(i, j);
        if (i.op == Op.PUTFIELD) storesOf.computeIfAbsent(key(i), k -> new java.util.ArrayList<>()).add(i);
        if (i.op == Op.GETFIELD && isNew(i.arg(0)) && i.type.getSort() == Type.OBJECT && code.isFinal((FieldRef) i.attr)) reads.add(i);
        if (i.op == Op.INVOKE && i.attr instanceof MethodRef m && m.name().equals("<init>")) constructing.add(i.arg(0));
      }
    }
    if (reads.isEmpty()) return false;
    Dominators dom = null;
    Map<Value, Value> replaced = new HashMap<>();
    for (Insn r : reads) {
      List<Insn> stores = storesOf.getOrDefault(key(r), List.of());
      if (constructing.contains(r.arg(0)) || stores.stream().anyMatch(s -> !isNew(s.arg(0)))) continue;
      List<Insn> onIt = stores.stream().filter(s -> s.arg(0) == r.arg(0)).toList();
      if (onIt.size() != 1) continue;
      Insn s = onIt.get(0);
      Block sb = blockOf.get(s), rb = blockOf.get(r);
      if (sb == rb ? position.get(s) > position.get(r) : !(dom == null ? dom = new Dominators(g) : dom).dominates(sb, rb)) continue;
      replaced.put(r, s.arg(1));
    }
    if (replaced.isEmpty()) return false;
    g.replaceUses(replaced);
    for (Block b : g.blocks) b.insns.removeIf(replaced::containsKey);
    return true;
  }

  private static String key(Insn field) {
    FieldRef f = (FieldRef) field.attr;
    return f.name() + ":" + f.desc();
  }

  private static boolean isNew(Value v) {
    return v instanceof Insn i && i.op == Op.NEW;
  }
}
