package dev.leibniz.fuzz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Generates random numeric {@code @Differentiable} static methods as Java source: straight-line
 * code, branches on doubles, bounded for/while/do loops with break and continue, switches, early
 * returns, local and parameter arrays read and written at in-bounds indices (and copied with
 * {@code clone}, {@code Arrays.copyOf}, {@code System.arraycopy}, {@code Arrays.fill}),
 * float/double/int mixes, and calls to private static helpers and to other {@code @Differentiable}
 * methods of the same class (which then overwrite the arrays they were passed).
 *
 * <p>Program {@code i} of seed {@code s} depends only on {@code (s, i)}, so any failure can be
 * regenerated alone. Loop trip counts are bounded (by {@code n <= 6}, constants and array
 * lengths), and updates inside loops go through bounded functions so values stay moderate.
 */
final class ProgramGenerator {
  private final long seed;
  /** Whether programs may call into other classes (nested classes: overrides, interfaces, static callees). */
  private final boolean otherClasses;
  /**
   * Whether programs may also build lambdas, call into a library jar (Hipparchus) and call a method
   * a user rule differentiates: off, the random choices are those of the generator before them.
   */
  private final boolean beyondClasses;

  ProgramGenerator(long seed) {
    this(seed, true);
  }

  /** With {@code otherClasses} false, the programs of the generator before it had callees in other classes. */
  ProgramGenerator(long seed, boolean otherClasses) {
    this(seed, otherClasses, false);
  }

  /** With {@code beyondClasses}, lambdas, library-jar calls and user rules too (needs {@code otherClasses}). */
  ProgramGenerator(long seed, boolean otherClasses, boolean beyondClasses) {
    this.seed = seed;
    this.otherClasses = otherClasses;
    this.beyondClasses = otherClasses && beyondClasses;
  }

  Program generate(int index) {
    Random r = new Random(seed * 0x9E3779B97F4A7C15L + index * 0xC2B2AE3D27D4EB4FL + 17);
    return new Builder(r, index, otherClasses, beyondClasses).build();
  }

  private static final class Builder {
    private final Random r;
    private final ExpressionGenerator e;
    private final int index;
    private final String name;
    private final StringBuilder out = new StringBuilder();
    private int fresh;
    private int budget;
    private ParamKind returns;

    private final boolean otherClasses;
    private final boolean beyondClasses;

    Builder(Random r, int index, boolean otherClasses, boolean beyondClasses) {
      this.otherClasses = otherClasses;
      this.beyondClasses = beyondClasses;
      this.r = r;
      this.e = new ExpressionGenerator(r, beyondClasses);
      this.index = index;
      this.name = "f" + index;
    }

    Program build() {
      Scope s = new Scope();
      List<ParamKind> kinds = new ArrayList<>();
      int doubles = r.nextInt(4);
      int floats = r.nextInt(4) == 0 ? 1 : 0;
      int doubleArrays = r.nextInt(3);
      int floatArrays = r.nextInt(8) == 0 ? 1 : 0;
      if (doubles + floats + doubleArrays + floatArrays == 0) {
        doubles = 1;
      }
      int roll = r.nextInt(20);
      returns = roll < 12 ? ParamKind.DOUBLE : roll < 15 ? ParamKind.FLOAT : ParamKind.VOID;
      if (returns == ParamKind.VOID && doubleArrays + floatArrays == 0) {
        doubleArrays = 1;
      }
      add(kinds, ParamKind.DOUBLE, doubles);
      add(kinds, ParamKind.FLOAT, floats);
      add(kinds, ParamKind.DOUBLE_ARRAY, doubleArrays);
      add(kinds, ParamKind.FLOAT_ARRAY, floatArrays);
      if (r.nextInt(4) != 0) {
        kinds.add(ParamKind.INT);
      }
      Collections.shuffle(kinds, r);

      List<String> params = new ArrayList<>();
      char scalar = 'a', single = 'p', array = 'x', singleArray = 'u';
      for (ParamKind k : kinds) {
        String p =
            switch (k) {
              case DOUBLE -> "" + scalar++;
              case FLOAT -> "" + single++;
              case DOUBLE_ARRAY -> "" + array++;
              case FLOAT_ARRAY -> "" + singleArray++;
              default -> "n";
            };
        params.add(k.javaName + " " + p);
        switch (k) {
          case DOUBLE -> s.doubles.add(p);
          case FLOAT -> s.floats.add(p);
          case DOUBLE_ARRAY -> s.doubleArrays.add(p);
          case FLOAT_ARRAY -> s.floatArrays.add(p);
          default -> s.ints.add(p);
        }
      }

      StringBuilder helpers = new StringBuilder();
      int helperCount = r.nextInt(3);
      for (int h = 0; h < helperCount; h++) {
        helpers.append(helper(s, h));
      }
      if (otherClasses && r.nextInt(3) == 0) {
        helpers.append(callee(s));
      }
      if (beyondClasses && r.nextInt(12) == 0) {
        helpers.append(ruled(s));
      }
      boolean lambdas = beyondClasses && r.nextInt(12) == 0;
      if (lambdas) {
        helpers.append(appliers());
      }

      out.append("  @dev.leibniz.Differentiable\n  static ")
          .append(returns.javaName)
          .append(' ')
          .append(name)
          .append('(')
          .append(String.join(", ", params))
          .append(") {\n");
      budget = 4 + r.nextInt(10);
      int locals = 1 + r.nextInt(3);
      for (int i = 0; i < locals; i++) {
        String v = "v" + i;
        line(4, "double " + v + " = " + e.real(s, 2) + ";");
        s.doubles.add(v);
      }
      if (r.nextInt(4) == 0) {
        line(4, "float g0 = (float) (" + e.real(s, 2) + ");");
        s.floats.add("g0");
      }
      if (r.nextInt(3) == 0) {
        line(4, "int m0 = (" + e.index(s, false) + ") % 5;");
        s.ints.add("m0");
      }
      if (r.nextInt(5) == 0) {
        line(4, "long l0 = " + e.index(s, false) + " * 3L + 1;");
        s.longs.add("l0");
      }
      if (r.nextInt(3) == 0) {
        line(4, "double[] t0 = new double[" + (2 + r.nextInt(4)) + "];");
        s.doubleArrays.add("t0");
      }
      List<String> arrayParams = new ArrayList<>(s.doubleArrays);
      arrayParams.remove("t0");
      if (!arrayParams.isEmpty() && r.nextInt(4) == 0) {
        String source = e.pick(arrayParams);
        line(4, "double[] t1 = " + (r.nextBoolean() ? source + ".clone()"
            : "java.util.Arrays.copyOf(" + source + ", " + (1 + r.nextInt(5)) + ")") + ";");
        s.doubleArrays.add("t1");
      }
      if (lambdas) {
        lambdas(s);
      }
      for (Scope.Helper h : s.helpers) {  // one sure call of a lambda or ruled method: other calls are random
        if (h.shape() == Scope.HelperShape.LAMBDA || h.shape() == Scope.HelperShape.RULED) {
          line(4, e.pick(s.doubles) + " += " + e.call(s, h, 1) + ";");
        }
      }
      while (budget > 0) {
        statement(s, 4, 0);
      }
      if (returns == ParamKind.VOID) {
        for (String a : s.doubleArrays) {
          if (!a.startsWith("t")) {  // locals t0, t1 are not outputs
            line(4, a + "[(" + e.index(s, false) + ") % " + a + ".length] += " + e.real(s, 2) + ";");
          }
        }
        for (String u : s.floatArrays) {
          if (!u.startsWith("g")) {
            line(4, u + "[(" + e.index(s, false) + ") % " + u + ".length] += (float) (" + e.real(s, 2) + ");");
          }
        }
      } else {
        line(4, "return " + result(s) + ";");
      }
      out.append("  }\n");
      return new Program(index, name, List.copyOf(kinds), returns, helpers + out.toString());
    }

    private String result(Scope s) {
      StringBuilder sum = new StringBuilder(e.real(s, 2));
      for (String v : s.doubles) {
        if (v.startsWith("v") && r.nextBoolean()) {
          sum.append(" + ").append(v);
        }
      }
      return returns == ParamKind.FLOAT ? "(float) (" + sum + ")" : sum.toString();
    }

    /**
     * A value computed at a singular point of its derivative about half of the time (the argument
     * is clamped to exactly 0), used only when the point is regular: the strong zero must keep the
     * derivatives finite.
     */
    private void guardedSingularity(Scope s, int indent) {
      String u = "u" + fresh++, q = "q" + fresh++, v = e.pick(s.doubles);
      line(indent, "double " + u + " = Math.max(0.0, " + e.real(s, 2) + ");");
      String singular = switch (r.nextInt(6)) {
        case 0 -> "Math.sqrt(" + u + ")";
        case 1 -> "Math.log(" + u + ")";
        case 2 -> "1.0 / " + u;
        case 3 -> "Math.pow(" + u + ", 0.5)";
        case 4 -> "Math.cbrt(" + u + ")";
        default -> "Math.acos(1.0 - Math.min(" + u + ", 1.0))";
      };
      line(indent, "double " + q + " = " + singular + ";");
      line(indent, v + " = " + u + " > 0.0 ? " + v + " + Math.tanh(" + q + ") : 0.5 * " + v + " + " + e.bounded(s, 1) + ";");
    }

    private void statement(Scope s, int indent, int loops) {
      budget--;
      boolean inLoop = loops > 0;
      int choice = r.nextInt(29);
      if (budget < 2 && choice >= 13) {
        choice = r.nextInt(13);
      }
      switch (choice) {
        case 0, 1, 2, 3, 4 -> {
          String v = e.pick(s.doubles);
          if (inLoop) {
            line(indent, v + switch (r.nextInt(3)) {
              case 0 -> " = 0.5 * " + v + " + " + e.bounded(s, 2) + ";";
              case 1 -> " += 0.25 * " + e.bounded(s, 2) + ";";
              default -> " = " + e.bounded(s, 2) + ";";
            });
          } else {
            line(indent, v + " " + e.pick("=", "+=", "-=", "*=") + " " + e.real(s, 2) + ";");
          }
        }
        case 5 -> {
          if (!s.floats.isEmpty()) {
            String g = e.pick(s.floats);
            line(indent, inLoop
                ? g + " = (float) (0.5 * " + g + " + " + e.bounded(s, 2) + ");"
                : g + " " + e.pick("=", "+=") + " (float) (" + e.real(s, 2) + ");");
          }
        }
        case 6, 7, 8 -> {
          boolean single = !s.floatArrays.isEmpty() && (s.doubleArrays.isEmpty() || r.nextInt(3) == 0);
          String target = e.element(s, single);
          if (target != null) {
            String value = inLoop ? e.bounded(s, 2) : e.real(s, 2);
            String op = e.pick("=", "+=");
            line(indent, target + " " + op + " " + (single ? "(float) (" + value + ")" : value) + ";");
          }
        }
        case 9 -> {
          if (s.ints.contains("m0")) {
            line(indent, "m0 = (m0 + " + e.index(s, false) + ") % 7;");
          } else if (s.longs.contains("l0")) {
            line(indent, "l0 = (l0 * 7L + " + e.index(s, false) + ") % 1000L;");
          }
        }
        case 10 -> {
          for (Scope.Helper h : s.helpers) {
            if (h.shape() == Scope.HelperShape.WRITES_ARRAY && !s.doubleArrays.isEmpty()) {
              line(indent, h.name() + "(" + e.pick(s.doubleArrays) + ", " + e.index(s, false) + ", "
                  + e.real(s, 2) + ");");
              break;
            }
          }
        }
        case 11 -> {
          if (inLoop) {
            line(indent, "if (" + e.condition(s, 2) + ") " + e.pick("break;", "continue;"));
          }
        }
        case 12 -> {
          if (returns != ParamKind.VOID && r.nextInt(3) == 0) {
            line(indent, "if (" + e.condition(s, 2) + ") return " + result(s) + ";");
          }
        }
        case 13, 14, 15, 16 -> {
          line(indent, "if (" + e.condition(s, 2) + ") {");
          block(s, indent + 2, loops, 1 + r.nextInt(2));
          if (r.nextBoolean()) {
            line(indent, "} else {");
            block(s, indent + 2, loops, 1 + r.nextInt(2));
          }
          line(indent, "}");
        }
        case 17, 18, 19 -> {
          if (loops < 2) {
            forLoop(s, indent, loops);
          }
        }
        case 20, 21 -> {
          if (loops < 2) {
            whileLoop(s, indent, loops);
          }
        }
        case 22 -> {
          String selector = e.index(s, false);
          boolean sparse = r.nextBoolean();
          line(indent, "switch (" + (sparse ? selector : "(" + selector + ") % 3") + ") {");
          int[] labels = sparse ? new int[] {1, 10, 100} : new int[] {0, 1};
          for (int label : labels) {
            if (r.nextBoolean()) {
              line(indent + 2, "case " + label + ": {");
              block(s, indent + 4, loops, 1 + r.nextInt(2));
              line(indent + 2, "}");
              if (r.nextInt(4) != 0) {
                line(indent + 4, "break;");
              }
            }
          }
          line(indent + 2, "default: {");
          block(s, indent + 4, loops, 1);
          line(indent + 2, "}");
          line(indent, "}");
        }
        case 23 -> {
          if (s.doubleArrays.contains("t0")) {
            String i = "i" + fresh++;
            line(indent, "for (int " + i + " = 0; " + i + " < t0.length; " + i + "++) {");
            Scope inner = s.copy();
            inner.ints.add(i);
            line(indent + 2, "t0[" + i + "] = " + e.bounded(inner, 2) + ";");
            line(indent, "}");
          }
        }
        case 24 -> {
          if (!s.doubleArrays.isEmpty()) {
            String from = e.pick(s.doubleArrays), to = e.pick(s.doubleArrays);
            line(indent, from.equals(to)
                ? "System.arraycopy(" + from + ", 0, " + to + ", 1, " + to + ".length - 1);"
                : "System.arraycopy(" + from + ", 0, " + to + ", 0, Math.min(" + from + ".length, " + to + ".length));");
          }
        }
        case 25 -> {
          if (!s.floatArrays.isEmpty() && r.nextBoolean()) {
            line(indent, "java.util.Arrays.fill(" + e.pick(s.floatArrays) + ", (float) (" + e.bounded(s, 2) + "));");
          } else if (!s.doubleArrays.isEmpty()) {
            line(indent, "java.util.Arrays.fill(" + e.pick(s.doubleArrays) + ", " + e.bounded(s, 2) + ");");
          }
        }
        case 28 -> guardedSingularity(s, indent);
        default -> {
          String v = e.pick(s.doubles);
          line(indent, v + " = " + (inLoop ? e.bounded(s, 2) : e.real(s, 2)) + ";");
        }
      }
    }

    private void block(Scope s, int indent, int loops, int statements) {
      Scope inner = s.copy();
      for (int i = 0; i < statements; i++) {
        statement(inner, indent, loops);
      }
    }

    private String bound(Scope s) {
      List<String> options = new ArrayList<>();
      options.add(Integer.toString(1 + r.nextInt(5)));
      if (s.ints.contains("n")) {
        options.add("n");
        options.add("Math.min(n, 4)");
      }
      for (String a : s.doubleArrays) {
        options.add(a + ".length");
      }
      for (String u : s.floatArrays) {
        options.add(u + ".length");
      }
      return e.pick(options);
    }

    private void forLoop(Scope s, int indent, int loops) {
      String i = "i" + fresh++;
      String bound = bound(s);
      switch (r.nextInt(4)) {
        case 0 -> line(indent, "for (int " + i + " = " + bound + " - 1; " + i + " >= 0; " + i + "--) {");
        case 1 -> line(indent, "for (int " + i + " = 0; " + i + " < " + bound + "; " + i + " += 2) {");
        default -> line(indent, "for (int " + i + " = 0; " + i + " < " + bound + "; " + i + "++) {");
      }
      Scope inner = s.copy();
      inner.ints.add(i);
      block(inner, indent + 2, loops + 1, 1 + r.nextInt(3));
      line(indent, "}");
    }

    private void whileLoop(Scope s, int indent, int loops) {
      String w = "w" + fresh++;
      String bound = bound(s);
      line(indent, "int " + w + " = 0;");
      Scope inner = s.copy();
      inner.ints.add(w);
      if (r.nextBoolean()) {
        line(indent, "while (" + w + " < " + bound + ") {");
        line(indent + 2, w + "++;");
        block(inner, indent + 2, loops + 1, 1 + r.nextInt(3));
        line(indent, "}");
      } else {
        line(indent, "do {");
        line(indent + 2, w + "++;");
        block(inner, indent + 2, loops + 1, 1 + r.nextInt(3));
        line(indent, "} while (" + w + " < " + bound + " && (" + e.condition(s, 1) + "));");
      }
    }

    private String helper(Scope s, int h) {
      String helperName = name + "_h" + h;
      Scope.HelperShape shape = Scope.HelperShape.values()[r.nextInt(5)];
      Scope local = new Scope();
      local.helpers.addAll(s.helpers);
      StringBuilder text = new StringBuilder();
      switch (shape) {
        case SCALAR -> {
          local.doubles.add("u");
          local.doubles.add("v");
          text.append("  private static double ").append(helperName).append("(double u, double v) {\n");
          text.append("    double w = ").append(e.real(local, 2)).append(";\n");
          local.doubles.add("w");
          text.append("    if (").append(e.condition(local, 1)).append(") {\n");
          text.append("      w = ").append(e.real(local, 2)).append(";\n    }\n");
          text.append("    return ").append(e.real(local, 2)).append(";\n  }\n");
        }
        case READS_ARRAY -> {
          local.doubles.add("v");
          local.doubleArrays.add("x");
          local.ints.add("i");
          text.append("  private static double ").append(helperName).append("(double[] x, int i, double v) {\n");
          text.append("    return ").append(e.real(local, 3)).append(";\n  }\n");
        }
        case WRITES_ARRAY -> {
          local.doubles.add("v");
          local.doubleArrays.add("x");
          local.ints.add("i");
          text.append("  private static void ").append(helperName).append("(double[] x, int i, double v) {\n");
          text.append("    x[i % x.length] += ").append(e.bounded(local, 2)).append(";\n");
          text.append("    x[(i + 1) % x.length] = ").append(e.bounded(local, 2)).append(";\n  }\n");
        }
        case WRITES_AND_RETURNS -> {
          local.doubles.add("v");
          local.doubleArrays.add("x");
          local.ints.add("i");
          text.append(r.nextBoolean() ? "  @dev.leibniz.Differentiable\n  static double " : "  private static double ").append(helperName).append("(double[] x, int i, double v) {\n");
          text.append("    double w = ").append(e.real(local, 2)).append(";\n");
          local.doubles.add("w");
          text.append("    x[(i + 1) % x.length] = ").append(e.bounded(local, 2)).append(";\n");
          text.append("    return w * ").append(e.real(local, 2)).append(";\n  }\n");
        }
        case FLOAT -> {
          local.floats.add("u");
          local.doubles.add("v");
          text.append("  private static float ").append(helperName).append("(float u, double v) {\n");
          text.append("    return ").append(e.single(local, 2)).append(" * (float) Math.cos(v);\n  }\n");
        }
      }
      s.helpers.add(new Scope.Helper(helperName, shape));
      return text.toString();
    }

    /**
     * Callees in other classes (nested classes compile to classes of their own): a static method
     * of another class, a marked method overridden with and without the mark (receivers of three
     * classes, one inheriting), a marked interface method, or a JDK interface nothing marks.
     */
    private String callee(Scope s) {
      Scope.HelperShape shape = Scope.HelperShape.values()[5 + r.nextInt(4)];
      String n = name;
      String mark = "@dev.leibniz.Differentiable\n";
      StringBuilder t = new StringBuilder();
      switch (shape) {
        case CROSS_STATIC -> t.append("  static final class ").append(n).append("_L {\n")
            .append("    static double h(double u, double v) {\n").append(body(4)).append("    }\n  }\n");
        case VIRTUAL -> {
          boolean marked = r.nextBoolean();
          t.append("  static class ").append(n).append("_B {\n    ").append(mark)
              .append("    double g(double u, double v) {\n").append(body(6)).append("    }\n  }\n");
          t.append("  static class ").append(n).append("_S extends ").append(n).append("_B {\n    ").append(marked ? mark + "    " : "")
              .append("@Override\n    double g(double u, double v) {\n").append(body(6)).append("    }\n  }\n");
          t.append("  static class ").append(n).append("_T extends ").append(n).append("_S {}\n");
          t.append("  private static final ").append(n).append("_B[] ").append(n).append("_r = {new ").append(n).append("_B(), new ")
              .append(n).append("_S(), new ").append(n).append("_T()};\n");
        }
        case INTERFACE -> {
          t.append("  interface ").append(n).append("_I {\n    ").append(mark).append("    double k(double u, double v);\n  }\n");
          for (String impl : new String[] {"_J", "_K"}) {
            t.append("  static class ").append(n).append(impl).append(" implements ").append(n).append("_I {\n")
                .append("    public double k(double u, double v) {\n").append(body(6)).append("    }\n  }\n");
          }
          t.append("  private static final ").append(n).append("_I[] ").append(n).append("_i = {new ").append(n).append("_J(), new ")
              .append(n).append("_K()};\n");
        }
        default -> {
          t.append("  static class ").append(n).append("_O implements java.util.function.DoubleBinaryOperator {\n    ").append(mark)
              .append("    public double applyAsDouble(double u, double v) {\n").append(body(6)).append("    }\n  }\n");
          t.append("  static class ").append(n).append("_P extends ").append(n).append("_O {\n    @Override\n")
              .append("    public double applyAsDouble(double u, double v) {\n").append(body(6)).append("    }\n  }\n");
          t.append("  private static final java.util.function.DoubleBinaryOperator[] ").append(n).append("_q = {new ")
              .append(n).append("_O(), new ").append(n).append("_P()};\n");
        }
      }
      s.helpers.add(new Scope.Helper(n, shape));
      return t.toString();
    }

    /**
     * Lambdas built in the method, {@code DoubleUnaryOperator fN_l} and {@code DoubleBinaryOperator
     * fN_m}, capturing nothing or a passive value {@code c0} (a constant, or the int parameter);
     * calls apply them directly or through {@link #appliers}.
     */
    private void lambdas(Scope s) {
      boolean captures = r.nextBoolean();
      Scope body = new Scope();
      if (captures) {
        line(4, "final double c0 = " + (s.ints.contains("n") && r.nextBoolean() ? "0.25 * n + 0.5" : e.pick("0.5", "1.5", "-0.75")) + ";");
        body.doubles.add("c0");
      }
      body.doubles.add("la");
      line(4, "java.util.function.DoubleUnaryOperator " + name + "_l = la -> " + e.real(body, 2) + ";");
      body.doubles.add("lb");
      line(4, "java.util.function.DoubleBinaryOperator " + name + "_m = (la, lb) -> " + e.real(body, 2) + ";");
      s.helpers.add(new Scope.Helper(name, Scope.HelperShape.LAMBDA));
    }

    /** The static helpers a lambda is passed to ({@code fN_ha}, {@code fN_hb}): they apply it. */
    private String appliers() {
      Scope local = new Scope();
      local.doubles.add("v");
      String mix = e.real(local, 1);
      return "  private static double " + name + "_ha(java.util.function.DoubleUnaryOperator g, double v) {\n"
          + "    return g.applyAsDouble(v) * " + mix + " + g.applyAsDouble(0.5 * v);\n  }\n"
          + "  private static double " + name + "_hb(java.util.function.DoubleBinaryOperator g, double u, double v) {\n"
          + "    return g.applyAsDouble(u, v) + g.applyAsDouble(v, " + mix + ");\n  }\n";
    }

    /**
     * A static method {@code fN_G.h} whose derivatives a user rule gives: the public rule class
     * {@code fN_R}, {@code @RulesFor(fN_G.class)}, which the batch class names with
     * {@code @DerivativeRules} ({@link Program#ruleClasses}). The formulas and their partials.
     */
    private String ruled(Scope s) {
      String[][] formulas = {
        {"u * Math.sin(v)", "Math.sin(v)", "u * Math.cos(v)"},
        {"Math.exp(-0.5 * u * u) * Math.cos(v)", "-u * Math.exp(-0.5 * u * u) * Math.cos(v)", "-Math.exp(-0.5 * u * u) * Math.sin(v)"},
        {"Math.atan(u * v) + u", "v / (1.0 + u * v * u * v) + 1.0", "u / (1.0 + u * v * u * v)"},
        {"Math.log(1.0 + u * u + v * v)", "2.0 * u / (1.0 + u * u + v * v)", "2.0 * v / (1.0 + u * u + v * v)"},
      };
      String[] f = formulas[r.nextInt(formulas.length)];
      String n = name;
      s.helpers.add(new Scope.Helper(n, Scope.HelperShape.RULED));
      return "  static final class " + n + "_G {\n    static double h(double u, double v) {\n      return " + f[0] + ";\n    }\n  }\n"
          + "  @dev.leibniz.RulesFor(" + n + "_G.class)\n  public static final class " + n + "_R {\n"
          + "    public static double h$tangent(double u, double du, double v, double dv) {\n"
          + "      return du * (" + f[1] + ") + dv * (" + f[2] + ");\n    }\n"
          + "    public static double h$adjoint(double u, double v, double seed, double[] bar) {\n"
          + "      bar[0] += seed * (" + f[1] + ");\n      bar[1] += seed * (" + f[2] + ");\n"
          + "      return " + n + "_G.h(u, v);\n    }\n  }\n";
    }

    /** The body of a callee of {@code (double u, double v)}: a local, a branch, a result. */
    private String body(int indent) {
      Scope local = new Scope();
      local.doubles.add("u");
      local.doubles.add("v");
      String pad = " ".repeat(indent);
      StringBuilder b = new StringBuilder();
      b.append(pad).append("double w = ").append(e.real(local, 2)).append(";\n");
      local.doubles.add("w");
      b.append(pad).append("if (").append(e.condition(local, 1)).append(") {\n");
      b.append(pad).append("  w = ").append(e.real(local, 2)).append(";\n").append(pad).append("}\n");
      b.append(pad).append("return ").append(e.real(local, 2)).append(";\n");
      return b.toString();
    }

    private void line(int indent, String text) {
      out.append(" ".repeat(indent)).append(text).append('\n');
    }

    private static void add(List<ParamKind> kinds, ParamKind kind, int count) {
      for (int i = 0; i < count; i++) {
        kinds.add(kind);
      }
    }
  }
}
