package dev.leibniz.core.analysis;

import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Graph;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Immediate dominators (Cooper, Harvey, Kennedy: "A Simple, Fast Dominance Algorithm"). */
public final class Dominators {
  private final Map<Block, Block> idom = new HashMap<>();
  private final Map<Block, Integer> rpo = new HashMap<>();

  public Dominators(Graph g) {
    List<Block> order = reversePostOrder(g);
    for (int i = 0; i < order.size(); i++) {
      rpo.put(order.get(i), i);
    }
    Block entry = g.entry();
    idom.put(entry, entry);
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Block b : order) {
        if (b == entry) {
          continue;
        }
        Block next = null;
        for (Block p : b.preds) {
          if (idom.containsKey(p)) {
            next = next == null ? p : intersect(p, next);
          }
        }
        if (next != null && idom.get(b) != next) {
          idom.put(b, next);
          changed = true;
        }
      }
    }
  }

  private Block intersect(Block a, Block b) {
    while (a != b) {
      while (rpo.get(a) > rpo.get(b)) a = idom.get(a);
      while (rpo.get(b) > rpo.get(a)) b = idom.get(b);
    }
    return a;
  }

  /** True when every path from the entry to {@code b} passes through {@code a}. */
  public boolean dominates(Block a, Block b) {
    if (!idom.containsKey(b) || !idom.containsKey(a)) {
      return false;
    }
    Block x = b;
    while (true) {
      if (x == a) return true;
      Block up = idom.get(x);
      if (up == x) return false;
      x = up;
    }
  }

  public boolean reachable(Block b) {
    return idom.containsKey(b);
  }

  public static List<Block> reversePostOrder(Graph g) {
    List<Block> post = new ArrayList<>();
    Set<Block> seen = new HashSet<>();
    List<Object[]> stack = new ArrayList<>();
    stack.add(new Object[] {g.entry(), 0});
    seen.add(g.entry());
    while (!stack.isEmpty()) {
      Object[] top = stack.get(stack.size() - 1);
      Block blk = (Block) top[0];
      int i = (Integer) top[1];
      List<Block> succ = blk.successors();
      if (i < succ.size()) {
        top[1] = i + 1;
        if (seen.add(succ.get(i))) {
          stack.add(new Object[] {succ.get(i), 0});
        }
      } else {
        stack.remove(stack.size() - 1);
        post.add(blk);
      }
    }
    Collections.reverse(post);
    return post;
  }
}
