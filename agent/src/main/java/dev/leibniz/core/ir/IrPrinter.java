package dev.leibniz.core.ir;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.objectweb.asm.Type;

/**
 * Prints a graph as text (for golden tests and debugging) or as a Mermaid flowchart. The text
 * form is stable: blocks in graph order, one line per phi and instruction.
 */
public final class IrPrinter {
  private IrPrinter() {}

  public static String print(Graph g) {
    StringBuilder sb = new StringBuilder();
    sb.append(g.name).append(g.desc).append('\n');
    for (Block b : g.blocks) {
      sb.append(b).append(':');
      if (!b.preds.isEmpty()) {
        sb.append(" <- ").append(b.preds.stream().map(Block::toString).collect(Collectors.joining(" ")));
      }
      sb.append('\n');
      for (Phi p : b.phis) {
        sb.append("  ").append(p).append(": ").append(typeName(p.type)).append(" = phi ");
        sb.append(p.inputs.stream().map(Object::toString).collect(Collectors.joining(", ")));
        sb.append('\n');
      }
      for (Insn i : b.insns) {
        sb.append("  ").append(insn(i)).append('\n');
      }
      if (b.terminator != null) {
        sb.append("  ").append(insn(b.terminator)).append('\n');
      }
    }
    return sb.toString();
  }

  /** A Mermaid {@code flowchart} of the blocks, each labelled with its instructions. */
  public static String mermaid(Graph g) {
    StringBuilder sb = new StringBuilder("flowchart TD\n");
    for (Block b : g.blocks) {
      String body =
          Stream.concat(
                  b.phis.stream().map(p -> p + " = phi " + p.inputs),
                  Stream.concat(b.insns.stream(), Stream.ofNullable(b.terminator)).map(IrPrinter::insn))
              .map(s -> s.replace("\"", "'"))
              .collect(Collectors.joining("<br/>"));
      sb.append("  ").append(b).append("[\"").append(b).append("<br/>").append(body).append("\"]\n");
      for (Block s : b.successors()) {
        sb.append("  ").append(b).append(" --> ").append(s).append('\n');
      }
    }
    return sb.toString();
  }

  public static String insn(Insn i) {
    StringBuilder sb = new StringBuilder();
    if (i.hasResult()) {
      sb.append(i).append(": ").append(typeName(i.type)).append(" = ");
    }
    sb.append(i.op.name().toLowerCase());
    if (i.attr != null) {
      sb.append(' ').append(attr(i));
    }
    for (Value a : i.args) {
      sb.append(' ').append(a);
    }
    for (Block t : i.targets) {
      sb.append(" -> ").append(t);
    }
    return sb.toString();
  }

  private static String attr(Insn i) {
    Object a = i.attr;
    if (i.op == Op.CMP || (i.op == Op.CONV && a instanceof Integer)) {
      return org.objectweb.asm.util.Printer.OPCODES[(Integer) a].toLowerCase();
    }
    if (a instanceof int[]) {
      return java.util.Arrays.toString((int[]) a);
    }
    if (a instanceof Type) {
      return typeName((Type) a);
    }
    if (a instanceof Cond) {
      return ((Cond) a).name().toLowerCase();
    }
    if (a instanceof MethodRef && i.op == Op.MATH) {
      return ((MethodRef) a).name();
    }
    return String.valueOf(a);
  }

  public static String typeName(Type t) {
    return t.getSort() == Type.OBJECT ? t.getInternalName() : t.getClassName();
  }
}
