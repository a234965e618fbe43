package dev.leibniz.core.analysis;

import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Who uses each value of a graph: instructions and terminators, and {@code null} for a phi (a merge the caller must treat as escaping). */
final class Users {
  private Users() {}

  static Map<Value, List<Insn>> of(Graph g) {
    Map<Value, List<Insn>> users = new HashMap<>();
    for (Block b : g.blocks) {
      for (Phi p : b.phis) {
        for (Value in : p.inputs) users.computeIfAbsent(in, k -> new ArrayList<>()).add(null);
      }
      for (Insn i : b.insns) {
        for (Value a : i.args) users.computeIfAbsent(a, k -> new ArrayList<>()).add(i);
      }
      if (b.terminator != null) {
        for (Value a : b.terminator.args) users.computeIfAbsent(a, k -> new ArrayList<>()).add(b.terminator);
      }
    }
    return users;
  }
}
