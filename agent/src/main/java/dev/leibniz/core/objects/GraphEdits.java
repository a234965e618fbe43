package dev.leibniz.core.objects;

import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.Value;
import java.util.List;
import java.util.Map;

/** Small edits of a graph shared by the passes of this package. */
final class GraphEdits {
  private GraphEdits() {}

  /**
   * Moves the instructions of {@code b} after index {@code j} and its terminator into a new block,
   * which takes {@code b}'s place as the predecessor of its successors; {@code b} is left without
   * a terminator.
   */
  static Block splitAfter(Graph g, Block b, int j) {
    Block post = g.newBlock();
    post.insns.addAll(b.insns.subList(j + 1, b.insns.size()));
    b.insns.subList(j + 1, b.insns.size()).clear();
    post.terminator = b.terminator;
    b.terminator = null;
    for (Block s : post.successors()) {
      List<Block> preds = s.preds;
      for (int p = 0; p < preds.size(); p++) {
        if (preds.get(p) == b) preds.set(p, post);
      }
    }
    return post;
  }

  /** Ends {@code from} with a jump to {@code to}. */
  static void jump(Graph g, Block from, Block to, int line) {
    Insn jump = g.newInsn(dev.leibniz.core.ir.Op.GOTO, org.objectweb.asm.Type.VOID_TYPE, null);
    jump.targets = new Block[] {to};
    jump.line = line;
    from.terminator = jump;
    to.preds.add(from);
  }

  /** Replaces every use of a key of {@code map} by its value (values already replaced are followed). */
  static void replaceUses(Graph g, Map<Value, Value> map) {
    g.replaceUses(map);
  }

  static Value resolve(Map<Value, Value> map, Value v) {
    return Graph.resolve(map, v);
  }
}
