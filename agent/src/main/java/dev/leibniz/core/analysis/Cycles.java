package dev.leibniz.core.analysis;

import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Graph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The strongly connected components of a graph's blocks (Tarjan, iterative). Two blocks in one
 * cyclic component may each run again after the other; that is exactly when the reverse sweep
 * cannot rely on a value still sitting in its local and must tape it.
 */
public final class Cycles {
  private final Map<Block, Integer> component = new HashMap<>();
  private final Map<Integer, Boolean> cyclic = new HashMap<>();

  public Cycles(Graph g) {
    Map<Block, Integer> index = new HashMap<>();
    Map<Block, Integer> low = new HashMap<>();
    List<Block> stack = new ArrayList<>();
    Map<Block, Boolean> onStack = new HashMap<>();
    int[] counter = {0};
    int[] comps = {0};
    for (Block root : g.blocks) {
      if (index.containsKey(root)) {
        continue;
      }
      List<Object[]> work = new ArrayList<>();
      work.add(new Object[] {root, 0});
      index.put(root, counter[0]);
      low.put(root, counter[0]++);
      stack.add(root);
      onStack.put(root, true);
      while (!work.isEmpty()) {
        Object[] top = work.get(work.size() - 1);
        Block v = (Block) top[0];
        List<Block> succ = v.successors();
        int i = (Integer) top[1];
        if (i < succ.size()) {
          top[1] = i + 1;
          Block w = succ.get(i);
          if (!index.containsKey(w)) {
            index.put(w, counter[0]);
            low.put(w, counter[0]++);
            stack.add(w);
            onStack.put(w, true);
            work.add(new Object[] {w, 0});
          } else if (onStack.getOrDefault(w, false)) {
            low.put(v, Math.min(low.get(v), index.get(w)));
          }
        } else {
          work.remove(work.size() - 1);
          if (!work.isEmpty()) {
            Block parent = (Block) work.get(work.size() - 1)[0];
            low.put(parent, Math.min(low.get(parent), low.get(v)));
          }
          if (low.get(v).equals(index.get(v))) {
            int c = comps[0]++;
            int size = 0;
            Block w;
            do {
              w = stack.remove(stack.size() - 1);
              onStack.put(w, false);
              component.put(w, c);
              size++;
            } while (w != v);
            cyclic.put(c, size > 1 || v.successors().contains(v));
          }
        }
      }
    }
  }

  /** True when {@code b} lies on a cycle. */
  public boolean inCycle(Block b) {
    return cyclic.get(component.get(b));
  }

  /** True when {@code a} and {@code b} lie on one cycle. */
  public boolean sameCycle(Block a, Block b) {
    int ca = component.get(a);
    return ca == component.get(b) && cyclic.get(ca);
  }
}
