package dev.leibniz.core.objects;

import dev.leibniz.core.analysis.Dominators;
import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Type;

/**
 * Arrays of objects made only to carry several objects at once: a helper's {@code return new Vec2[] {pos, vel}}, inlined,
 * read back by its caller as {@code next[0]} and {@code next[1]} (Dr.Jit's ballistic test written in Java). Such an
 * array, made with a constant length, each of its elements stored once at a constant index and read only at constant
 * indices after that store, is the values stored: each read becomes the object stored there, and the array goes. The objects are then used where they are read, so scalar replacement can take them apart (before,
 * a store into an array kept them whole: "it is stored into an array"). Any other use of the array (passed on, merged,
 * returned, stored, an index not constant, a read before the store) leaves it alone.
 */
final class ResultArrays {
  private ResultArrays() {}

  /** Forwards the elements of every such array of {@code g}; true when the graph changed. */
  static boolean forward(Graph g) {
    List<Insn> arrays = new ArrayList<>();
    for (Block b : g.blocks) {
      for (Insn i : b.insns) {
        Integer length = i.op == Op.NEWARRAY && isObjectArray(i.type) ? constant(i.arg(0)) : null;
        if (length != null && length >= 0) arrays.add(i); // a negative length throws: left alone
      }
    }
    if (arrays.isEmpty()) return false;
    Dominators dom = new Dominators(g);
    boolean changed = false;
    for (Insn array : arrays) changed |= forward(g, dom, array);
    return changed;
  }

  private static boolean isObjectArray(Type t) {
    return t.getSort() == Type.ARRAY && t.getDimensions() == 1 && t.getElementType().getSort() == Type.OBJECT;
  }

  /**
   * Forwards the elements of {@code array} when each index is stored once ({@code ASTORE}, the array as its array) and
   * every read ({@code ALOAD}) comes after the store of its index on every path: the store's block dominates the read's,
   * or both are in one block, the store first. Then the element a read finds is the value that store last stored, which
   * is the value the store was given as the read sees it.
   */
  private static boolean forward(Graph g, Dominators dom, Insn array) {
    int length = constant(array.arg(0));
    Map<Integer, Insn> stores = new HashMap<>();
    List<Insn> reads = new ArrayList<>();
    Map<Insn, Block> blockOf = new HashMap<>();
    Map<Insn, Integer> position = new HashMap<>();
    for (Block b : g.blocks) {
      for (Phi p : b.phis) if (p.inputs.contains(array)) return false;
      if (b.terminator != null && uses(b.terminator, array)) return false;
      for (int j = 0; j < b.insns.size(); j++) {
        Insn i = b.insns.get(j);
        if (!uses(i, array)) continue;
        Integer index = i.args.length > 1 && i.arg(0) == array ? constant(i.arg(1)) : null;
        if (index == null || index < 0 || index >= length) return false;
        if (i.op == Op.ASTORE && i.arg(2) != array && stores.putIfAbsent(index, i) == null) {
          blockOf.put(i, b);
          position.put(i, j);
        } else if (i.op == Op.ALOAD) {
          reads.add(i);
          blockOf.put(i, b);
          position.put(i, j);
        } else {
          return false; // stored twice, or used otherwise
        }
      }
    }
    for (Insn r : reads) {
      Insn s = stores.get(constant(r.arg(1)));
      if (s == null) return false; // a null read
      Block sb = blockOf.get(s), rb = blockOf.get(r);
      if (sb == rb ? position.get(s) > position.get(r) : !dom.dominates(sb, rb)) return false;
    }
    Map<Value, Value> replaced = new HashMap<>();
    for (Insn r : reads) replaced.put(r, stores.get(constant(r.arg(1))).arg(2));
    g.replaceUses(replaced);
    Set<Insn> gone = new HashSet<>(reads);
    gone.addAll(stores.values());
    gone.add(array);
    for (Block b : g.blocks) b.insns.removeIf(gone::contains);
    return true;
  }

  private static boolean uses(Insn i, Value v) {
    for (Value a : i.args) if (a == v) return true;
    return false;
  }

  /** The value of an {@code int} constant, or null. */
  private static Integer constant(Value v) {
    return v instanceof Insn c && c.op == Op.CONST && c.attr instanceof Integer n ? n : null;
  }
}
