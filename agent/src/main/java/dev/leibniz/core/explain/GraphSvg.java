package dev.leibniz.core.explain;

import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.IrPrinter;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws a companion's dataflow graph as a self-contained SVG: one frame per block, in graph order
 * from top to bottom, with its control-flow successors named in the frame's title; inside, each
 * phi and instruction is a box on the layer one below its deepest operand from the same block (the
 * block's terminator on the last).
 * Boxes are coloured by what they are: primal (copied from the original method; with its source
 * line), derivative (added by Leibniz), phi, or control. Dataflow edges are drawn from operand to
 * user, dashed when they cross blocks.
 */
public final class GraphSvg {
  private static final int CHAR = 7, BOX_H = 20, GAP_X = 14, GAP_Y = 18, PAD = 12, TITLE = 20, MAX_ROW = 1100;
  private static final int MAX_LABEL = 60;

  private enum Kind {
    PRIMAL("#dbe9f6", "#4a7ab5", "primal (from the method; Lnn = source line)"),
    DERIVATIVE("#fde2c8", "#d0782a", "derivative (added by Leibniz)"),
    PHI("#e3f1dc", "#5b9a45", "phi (merge of values from predecessors)"),
    CONTROL("#eeeeee", "#888888", "control flow");

    final String fill, stroke, legend;

    Kind(String fill, String stroke, String legend) {
      this.fill = fill;
      this.stroke = stroke;
      this.legend = legend;
    }
  }

  private record Box(Object node, Block block, String label, Kind kind, int x, int y, int w) {
    int cx() {
      return x + w / 2;
    }
  }

  private GraphSvg() {}

  public static String render(Graph g, String title) {
    Map<Object, Box> boxes = new LinkedHashMap<>(); // graph order: the same picture every time
    StringBuilder body = new StringBuilder();
    int y = PAD + 3 * (BOX_H + 4) + TITLE + PAD;
    int width = 600;
    for (Block b : g.blocks) {
      List<Object> nodes = nodes(b);
      Map<Object, Integer> depth = depths(b, nodes);
      int top = y;
      y += TITLE;
      int maxDepth = depth.values().stream().mapToInt(Integer::intValue).max().orElse(0);
      int right = PAD * 3;
      for (int d = 0; d <= maxDepth; d++) {
        int x = PAD * 2;
        boolean any = false;
        for (Object n : nodes) {
          if (depth.get(n) != d) continue;
          String label = label(n);
          int w = label.length() * CHAR + 12;
          if (any && x + w > MAX_ROW) {
            x = PAD * 2;
            y += BOX_H + GAP_Y;
          }
          Box box = new Box(n, b, label, kind(n), x, y, w);
          boxes.put(n, box);
          x += w + GAP_X;
          right = Math.max(right, x);
          any = true;
        }
        if (any) y += BOX_H + GAP_Y;
      }
      String succ = b.successors().isEmpty() ? "" : "  \u2192 " + String.join(" ", b.successors().stream().map(Block::toString).toList());
      body.append(String.format(Locale.ROOT,
          "<rect x='%d' y='%d' width='%d' height='%d' rx='6' fill='#fafafa' stroke='#999'/>%n<text x='%d' y='%d' class='t'>%s%s</text>%n",
          PAD, top, right, y - top, PAD + 6, top + 14, b, escape(succ)));
      width = Math.max(width, right + 2 * PAD);
      y += GAP_Y;
    }
    StringBuilder edges = new StringBuilder();
    for (Box box : boxes.values()) {
      for (Value operand : operands(box.node)) {
        Box from = boxes.get(operand);
        if (from == null) continue;
        boolean local = from.block == box.block;
        edges.append(String.format(Locale.ROOT, "<path d='M%d %d C%d %d %d %d %d %d' class='%s'/>%n", from.cx(), from.y + BOX_H,
            from.cx(), from.y + BOX_H + 12, box.cx(), box.y - 12, box.cx(), box.y, local ? "e" : "x"));
      }
    }
    StringBuilder nodes = new StringBuilder();
    for (Box box : boxes.values()) {
      nodes.append(String.format(Locale.ROOT, "<rect x='%d' y='%d' width='%d' height='%d' rx='3' fill='%s' stroke='%s'/>"
          + "<text x='%d' y='%d'>%s</text>%n", box.x, box.y, box.w, BOX_H, box.kind.fill, box.kind.stroke, box.x + 6, box.y + 14,
          escape(box.label)));
    }
    StringBuilder svg = new StringBuilder();
    svg.append(String.format(Locale.ROOT, "<svg xmlns='http://www.w3.org/2000/svg' width='%d' height='%d' font-family='monospace' font-size='12'>%n",
        width, y + PAD));
    svg.append("<style>.t{font-weight:bold} .e{fill:none;stroke:#555;stroke-width:1} .x{fill:none;stroke:#aaa;stroke-width:1;stroke-dasharray:4 3}</style>\n");
    svg.append("<rect width='100%' height='100%' fill='white'/>\n");
    svg.append(String.format(Locale.ROOT, "<text x='%d' y='%d' class='t'>%s</text>%n", PAD, PAD + 12, escape(title)));
    int ly = PAD + TITLE;
    int lx = PAD;
    for (Kind k : Kind.values()) {
      svg.append(String.format(Locale.ROOT, "<rect x='%d' y='%d' width='14' height='14' fill='%s' stroke='%s'/><text x='%d' y='%d'>%s</text>%n",
          lx, ly, k.fill, k.stroke, lx + 20, ly + 12, escape(k.legend)));
      lx += 40 + k.legend.length() * CHAR;
      if (lx > MAX_ROW - 200) {
        lx = PAD;
        ly += BOX_H + 4;
      }
    }
    return svg.append(body).append(edges).append(nodes).append("</svg>\n").toString();
  }

  private static List<Object> nodes(Block b) {
    List<Object> nodes = new ArrayList<>(b.phis);
    nodes.addAll(b.insns);
    if (b.terminator != null) nodes.add(b.terminator);
    return nodes;
  }

  /** Layer of each node: one below its deepest operand in the same block; phis on the first. */
  private static Map<Object, Integer> depths(Block b, List<Object> nodes) {
    Map<Object, Integer> depth = new HashMap<>();
    for (Object n : nodes) {
      int d = 0;
      if (n instanceof Insn) {
        for (Value a : ((Insn) n).args) {
          Integer da = depth.get(a);
          if (da != null) d = Math.max(d, da + 1);
        }
      }
      depth.put(n, d);
    }
    if (b.terminator != null && nodes.size() > 1) { // control flow leaves from the bottom
      int last = 0;
      for (Object n : nodes) {
        if (n != b.terminator) last = Math.max(last, depth.get(n));
      }
      depth.put(b.terminator, Math.max(depth.get(b.terminator), last + 1));
    }
    return depth;
  }

  private static List<Value> operands(Object n) {
    return n instanceof Phi ? ((Phi) n).inputs : List.of(((Insn) n).args);
  }

  private static Kind kind(Object n) {
    if (n instanceof Phi) return Kind.PHI;
    Insn i = (Insn) n;
    if (i.origin != null || i.op == Op.PARAM) return Kind.PRIMAL;
    if (!i.hasResult()) return i.op == Op.GOTO || i.op == Op.IF || i.op == Op.SWITCH || i.op == Op.RETURN || i.op == Op.THROW
        ? Kind.CONTROL : Kind.DERIVATIVE;
    return Kind.DERIVATIVE;
  }

  private static String label(Object n) {
    String s;
    int line = -1;
    if (n instanceof Phi) {
      Phi p = (Phi) n;
      s = p + " = phi " + String.join(" ", p.inputs.stream().map(Value::toString).toList());
    } else {
      Insn i = (Insn) n;
      s = IrPrinter.insn(i);
      line = i.origin != null ? i.line : -1;
    }
    if (s.length() > MAX_LABEL) s = s.substring(0, MAX_LABEL - 1) + "\u2026";
    return line > 0 ? s + "  L" + line : s;
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;");
  }
}
