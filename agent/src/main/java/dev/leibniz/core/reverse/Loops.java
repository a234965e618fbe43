package dev.leibniz.core.reverse;

import dev.leibniz.core.analysis.Dominators;
import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Graph;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The natural loops of a graph (a header and the blocks that reach one of its back edges without
 * passing it), for the loop-invariant tape: a value defined outside the innermost loop of the
 * block that reads it does not change while that loop runs, so it is recorded once, on the loop's
 * only exit, rather than once per iteration.
 */
final class Loops {
  private final List<Set<Block>> bodies = new ArrayList<>();
  private final List<Block> headers = new ArrayList<>();
  private final Map<Block, Integer> innermost = new HashMap<>();

  Loops(Graph g, Dominators dominators) {
    for (Block h : g.blocks) {
      Set<Block> body = null;
      for (Block p : h.preds) {
        if (!dominators.dominates(h, p)) continue;
        if (body == null) {
          body = new HashSet<>();
          body.add(h);
        }
        Deque<Block> work = new ArrayDeque<>();
        work.push(p);
        while (!work.isEmpty()) {
          Block x = work.pop();
          if (body.add(x)) x.preds.forEach(work::push);
        }
      }
      if (body != null) {
        bodies.add(body);
        headers.add(h);
      }
    }
    for (int k = 0; k < bodies.size(); k++) {
      for (Block b : bodies.get(k)) {
        Integer old = innermost.get(b);
        if (old == null || bodies.get(old).size() > bodies.get(k).size()) innermost.put(b, k);
      }
    }
  }

  /** The innermost loop around {@code b}, or -1. */
  int innermost(Block b) {
    return innermost.getOrDefault(b, -1);
  }

  /** The blocks of {@code loop}, its header included. */
  Set<Block> body(int loop) {
    return java.util.Collections.unmodifiableSet(bodies.get(loop));
  }

  boolean contains(int loop, Block b) {
    return bodies.get(loop).contains(b);
  }

  Block header(int loop) {
    return headers.get(loop);
  }

  /** The outermost loops strictly inside {@code loop} (their headers lie in it and are not its header), by index. */
  List<Integer> children(int loop) {
    List<Integer> inside = new ArrayList<>();
    for (int k = 0; k < bodies.size(); k++) {
      if (k != loop && headers.get(k) != headers.get(loop) && bodies.get(loop).contains(headers.get(k))) inside.add(k);
    }
    List<Integer> outermost = new ArrayList<>();
    for (int k : inside) {
      boolean nested = false;
      for (int o : inside) nested |= o != k && bodies.get(o).contains(headers.get(k)) && bodies.get(o).size() > bodies.get(k).size();
      if (!nested) outermost.add(k);
    }
    return outermost;
  }

  /** The block after the loop's only exit edge when that block has no other predecessor, else null. */
  Block soleExit(int loop) {
    Set<Block> body = bodies.get(loop);
    Block exit = null;
    int edges = 0;
    for (Block b : body) {
      for (Block s : b.successors()) {
        if (!body.contains(s)) {
          exit = s;
          edges++;
        }
      }
    }
    return edges == 1 && exit.preds.size() == 1 ? exit : null;
  }
}
