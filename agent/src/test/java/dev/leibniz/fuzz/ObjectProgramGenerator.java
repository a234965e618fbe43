package dev.leibniz.fuzz;

import dev.leibniz.fuzz.ObjectProgram.Kind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Generates random programs over objects, within the object contract (README, "Objects"): a
 * {@code @Differentiable} class {@code f<i>_M} with {@code double}, {@code final double},
 * {@code double[]}, passive {@code int} and nested differentiable-object fields; its marked method
 * {@code run} (instance: the receiver's shadow; or static) takes doubles, arrays, int, an object of
 * the class and an array of them, reads and writes fields (also in loops and through arrays of
 * objects), calls helpers of the same class that take and write objects, and creates value-object
 * temporaries (a final class with {@code add}/{@code scale}/{@code dot}, a validating or
 * normalising constructor) and record temporaries that it drops again (scalar replacement).
 * Nothing escapes, no reference field is ever assigned: the object graph's shape is the caller's.
 * Every fourth program's class {@code M} is not annotated: its run writes {@code M.a}, which gives
 * the class shadows all the same ({@code core.objects.ShadowClasses}).
 *
 * <p>Program {@code i} of seed {@code s} depends only on {@code (s, i)}.
 */
final class ObjectProgramGenerator {
  private final long seed;

  ObjectProgramGenerator(long seed) {
    this.seed = seed;
  }

  ObjectProgram generate(int index) {
    Random r = new Random(seed * 0xD6E8FEB86659FD93L + index * 0x9E3779B97F4A7C15L + 29);
    return new Builder(r, index).build();
  }

  private static final class Builder {
    private final Random r;
    private final ExpressionGenerator e;
    private final int index;
    private final String n, m, v, rec, p;
    private final StringBuilder out = new StringBuilder();
    private final List<String> helpers = new ArrayList<>();
    private int fresh;
    private int budget;
    /**
     * Every fourth program's class {@code M} is not annotated (chosen by index: the random sequence
     * stays as it was), when {@code run} has a {@code double} parameter for its write of {@code M.a}
     * to carry (a write of passive values gives no shadows).
     */
    private boolean unannotated;
    private boolean instance, returnsDouble, hasB, hasK, hasW, hasP, hasValue, hasRecord, hasArrayValue, hasObject, hasObjects;

    Builder(Random r, int index) {
      this.r = r;
      this.e = new ExpressionGenerator(r);
      this.index = index;
      this.n = "f" + index;
      this.m = n + "_M";
      this.v = n + "_V";
      this.rec = n + "_R";
      this.p = n + "_P";
      this.unannotated = index % 4 == 3;
    }

    /** Variables of a body: readable doubles, writable double lvalues, arrays, ints. */
    private static final class Names {
      final Scope s = new Scope();
      final List<String> writable = new ArrayList<>();

      Names copy() {
        Names c = new Names();
        c.s.doubles.addAll(s.doubles);
        c.s.ints.addAll(s.ints);
        c.s.longs.addAll(s.longs);
        c.s.doubleArrays.addAll(s.doubleArrays);
        c.writable.addAll(writable);
        return c;
      }

      void field(String lvalue) {
        s.doubles.add(lvalue);
        writable.add(lvalue);
      }
    }

    ObjectProgram build() {
      instance = r.nextInt(3) != 0;
      hasB = r.nextBoolean();
      hasK = r.nextInt(6) == 0;
      hasW = r.nextInt(3) != 0;
      hasP = r.nextInt(4) == 0;
      hasValue = r.nextInt(5) < 3;
      hasRecord = r.nextInt(3) == 0;
      hasArrayValue = r.nextInt(4) == 0;
      returnsDouble = r.nextInt(4) != 0;
      List<Kind> kinds = new ArrayList<>();
      add(kinds, Kind.DOUBLE, r.nextInt(3));
      add(kinds, Kind.DOUBLE_ARRAY, r.nextInt(3) == 0 ? 1 : 0);
      add(kinds, Kind.INT, r.nextInt(3) == 0 ? 1 : 0);
      hasObject = r.nextInt(2) == 0;
      hasObjects = r.nextInt(3) == 0;
      if (!instance && !hasObject && !hasObjects) {
        hasObject = true;
      }
      add(kinds, Kind.OBJECT, hasObject ? 1 : 0);
      add(kinds, Kind.OBJECT_ARRAY, hasObjects ? 1 : 0);
      Collections.shuffle(kinds, r);

      Names names = new Names();
      List<String> params = new ArrayList<>();
      char scalar = 's';
      for (Kind k : kinds) {
        switch (k) {
          case DOUBLE -> {
            String s = "" + scalar++;
            params.add("double " + s);
            names.s.doubles.add(s);
            names.writable.add(s);
          }
          case DOUBLE_ARRAY -> {
            params.add("double[] x");
            names.s.doubleArrays.add("x");
          }
          case INT -> {
            params.add("int n");
            names.s.ints.add("n");
          }
          case OBJECT -> params.add(m + " o");
          case OBJECT_ARRAY -> params.add(m + "[] arr");
        }
      }
      if (!names.s.doubles.contains("s")) {
        unannotated = false; // no active value to write into M.a: annotate M instead
      }
      if (instance) {
        fieldsOf("", names);
      }
      if (hasObject) {
        fieldsOf("o.", names);
      }
      if (hasObjects) {
        fieldsOf("arr[0].", names);
        if (r.nextBoolean()) fieldsOf("arr[arr.length - 1].", names);
      }

      StringBuilder classes = new StringBuilder();
      if (hasValue) classes.append(valueClass());
      if (hasRecord) classes.append(recordClass());
      if (hasP) classes.append(partClass());
      if (hasArrayValue) classes.append(arrayValueClass());
      int helperCount = r.nextInt(4);
      StringBuilder helperText = new StringBuilder();
      for (int h = 0; h < helperCount; h++) {
        helperText.append(helper(h));
      }

      out.append("    @dev.leibniz.Differentiable\n    ").append(instance ? "" : "static ")
          .append(returnsDouble ? "double" : "void").append(" run(").append(String.join(", ", params)).append(") {\n");
      budget = 4 + r.nextInt(8);
      int locals = 1 + r.nextInt(2);
      for (int i = 0; i < locals; i++) {
        line(6, "double v" + i + " = " + e.real(names.s, 2) + ";");
        names.s.doubles.add("v" + i);
        names.writable.add("v" + i);
      }
      if (unannotated) {
        // the class nobody annotated has shadows because this writes an active value into one of its fields (README, "Objects")
        String root = instance ? "this." : hasObject ? "o." : "arr[0].";
        line(6, root + "a = " + root + "a * v0 + 0.5 * s;"); // s: the write carries a derivative
      }
      while (budget > 0) {
        statement(names, 6, 0);
      }
      if (returnsDouble) {
        StringBuilder sum = new StringBuilder(e.real(names.s, 2));
        for (String local : names.s.doubles) {
          if (local.startsWith("v") && r.nextBoolean()) sum.append(" + ").append(local);
        }
        line(6, "return " + sum + ";");
      }
      out.append("    }\n");

      StringBuilder marked = new StringBuilder(unannotated ? "  // nobody annotated this class: the write of a gets it shadows\n"
          : "  @dev.leibniz.Differentiable\n").append("  static final class ").append(m).append(" {\n");
      marked.append("    double a;\n");
      if (hasB) marked.append("    double b;\n");
      if (hasK) marked.append("    final double k;\n");
      if (hasW) marked.append("    double[] w;\n");
      if (hasP) marked.append("    ").append(p).append(" p;\n");
      marked.append("    int count;\n");
      marked.append("    ").append(m).append("() {\n").append(hasK ? "      k = 0.5;\n" : "").append("    }\n");
      marked.append(helperText).append(out).append("  }\n");
      return new ObjectProgram(index, n, instance, List.copyOf(kinds), returnsDouble, classes.append(marked).toString());
    }

    /** The fields reachable through {@code prefix} ({@code ""} for the receiver). */
    private void fieldsOf(String prefix, Names names) {
      String self = prefix.isEmpty() && r.nextBoolean() ? "this." : prefix;
      names.field(self + "a");
      if (hasB) names.field(prefix + "b");
      if (hasK) names.s.doubles.add(prefix + "k");
      if (hasW) names.s.doubleArrays.add(prefix + "w");
      if (hasP) {
        names.field(prefix + "p.c");
        names.s.doubleArrays.add(prefix + "p.d");
      }
    }

    private void statement(Names names, int indent, int loops) {
      budget--;
      boolean inLoop = loops > 0;
      Scope s = names.s;
      int choice = r.nextInt(24);
      if (budget < 2 && choice >= 8 && choice < 14) {
        choice = r.nextInt(8);
      }
      switch (choice) {
        case 0, 1, 2 -> {
          String target = e.pick(names.writable);
          if (inLoop) {
            line(indent, target + switch (r.nextInt(3)) {
              case 0 -> " = 0.5 * " + target + " + " + e.bounded(s, 2) + ";";
              case 1 -> " += 0.25 * " + e.bounded(s, 2) + ";";
              default -> " = " + e.bounded(s, 2) + ";";
            });
          } else {
            line(indent, target + " " + e.pick("=", "+=", "-=", "*=") + " " + e.real(s, 2) + ";");
          }
        }
        case 3, 4 -> {
          String target = e.element(s, false);
          if (target != null) {
            line(indent, target + " " + e.pick("=", "+=") + " " + (inLoop ? e.bounded(s, 2) : e.real(s, 2)) + ";");
          }
        }
        case 5, 6 -> valueTemporary(names, indent, loops);
        case 7 -> {
          if (hasArrayValue && r.nextBoolean()) arrayValueTemporary(names, indent);
          else recordTemporary(names, indent);
        }
        case 8, 9 -> {
          line(indent, "if (" + e.condition(s, 2) + ") {");
          block(names, indent + 2, loops, 1 + r.nextInt(2));
          if (r.nextBoolean()) {
            line(indent, "} else {");
            block(names, indent + 2, loops, 1 + r.nextInt(2));
          }
          line(indent, "}");
        }
        case 10, 11 -> {
          if (loops < 2) forLoop(names, indent, loops);
        }
        case 12, 13 -> {
          if (loops < 2 && hasObjects) objectLoop(names, indent, loops);
        }
        case 14, 15, 16 -> helperCall(names, indent);
        default -> {
          String target = e.pick(names.writable);
          line(indent, target + " = " + (inLoop ? e.bounded(s, 2) : e.real(s, 2)) + ";");
        }
      }
    }

    private void block(Names names, int indent, int loops, int statements) {
      Names inner = names.copy();
      for (int i = 0; i < statements; i++) {
        statement(inner, indent, loops);
      }
    }

    private String bound(Scope s) {
      List<String> options = new ArrayList<>();
      options.add(Integer.toString(1 + r.nextInt(4)));
      if (s.ints.contains("n")) options.add("Math.min(n, 4)");
      if (hasObjects) options.add("arr.length");
      for (String a : s.doubleArrays) options.add(a + ".length");
      return e.pick(options);
    }

    private void forLoop(Names names, int indent, int loops) {
      String i = "i" + fresh++;
      line(indent, "for (int " + i + " = 0; " + i + " < " + bound(names.s) + "; " + i + "++) {");
      Names inner = names.copy();
      inner.s.ints.add(i);
      block(inner, indent + 2, loops + 1, 1 + r.nextInt(3));
      line(indent, "}");
    }

    /** A loop over the array of objects, reading and writing each element's fields. */
    private void objectLoop(Names names, int indent, int loops) {
      Names inner = names.copy();
      String q = "q" + fresh++;
      if (r.nextBoolean()) {
        line(indent, "for (" + m + " " + q + " : arr) {");
      } else {
        String i = "i" + fresh++;
        line(indent, "for (int " + i + " = 0; " + i + " < arr.length; " + i + "++) {");
        line(indent + 2, m + " " + q + " = arr[" + i + "];");
        inner.s.ints.add(i);
      }
      fieldsOf(q + ".", inner);
      String target = q + (hasB && r.nextBoolean() ? ".b" : ".a");
      line(indent + 2, target + " = 0.5 * " + target + " + " + e.bounded(inner.s, 2) + ";");
      block(inner, indent + 2, loops + 1, r.nextInt(2));
      line(indent, "}");
    }

    private void valueTemporary(Names names, int indent, int loops) {
      if (!hasValue) {
        return;
      }
      Scope s = names.s;
      String target = e.pick(names.writable);
      if (r.nextBoolean()) {
        String chain = "new " + v + "(" + e.real(s, 1) + ", " + e.real(s, 1) + ")";
        chain += switch (r.nextInt(4)) {
          case 0 -> ".add(new " + v + "(" + e.real(s, 1) + ", " + e.real(s, 1) + ").scale(" + e.real(s, 1) + "))";
          case 1 -> ".scale(" + e.real(s, 1) + ")";
          case 2 -> ".add(" + v + ".unit(" + e.real(s, 1) + ", " + e.real(s, 1) + "))";
          default -> "";
        };
        String use = r.nextBoolean() ? ".dot(new " + v + "(" + e.real(s, 1) + ", " + e.real(s, 1) + "))" : ".norm()";
        line(indent, target + (loops > 0 ? " = 0.5 * " + target + " + Math.tanh(" + chain + use + ");" : " += " + chain + use + ";"));
        return;
      }
      String q = "u" + fresh++;
      line(indent, v + " " + q + " = new " + v + "(" + e.real(s, 1) + ", " + e.real(s, 1) + ");");
      if (loops < 2 && r.nextBoolean()) {
        String i = "i" + fresh++;
        line(indent, "for (int " + i + " = 0; " + i + " < " + bound(s) + "; " + i + "++) {");
        Names inner = names.copy();
        inner.s.ints.add(i);
        line(indent + 2, q + " = " + q + ".add(new " + v + "(" + e.bounded(inner.s, 1) + ", " + e.bounded(inner.s, 1) + ")).scale(0.5);");
        line(indent, "}");
      }
      String use = switch (r.nextInt(3)) {
        case 0 -> q + ".norm()";
        case 1 -> q + ".dot(" + q + ".scale(" + e.real(s, 1) + "))";
        default -> n + "_vh(" + q + ", " + e.real(s, 1) + ")";
      };
      line(indent, target + (loops > 0 ? " = 0.5 * " + target + " + Math.tanh(" + use + ");" : " += " + use + ";"));
    }

    private void recordTemporary(Names names, int indent) {
      if (!hasRecord) {
        return;
      }
      Scope s = names.s;
      String q = "r" + fresh++;
      line(indent, rec + " " + q + " = new " + rec + "(" + e.real(s, 1) + ", " + e.real(s, 1) + ");");
      String use = switch (r.nextInt(3)) {
        case 0 -> q + ".plus(new " + rec + "(" + e.real(s, 1) + ", " + e.real(s, 1) + ")).cross(" + q + ")";
        case 1 -> q + ".p() * " + q + ".q()";
        default -> q + ".cross(new " + rec + "(" + q + ".q(), " + e.real(s, 1) + "))";
      };
      String target = e.pick(names.writable);
      line(indent, target + " += Math.tanh(" + use + ");");
    }

    private void helperCall(Names names, int indent) {
      if (helpers.isEmpty()) {
        return;
      }
      String h = e.pick(helpers);
      Scope s = names.s;
      List<String> objects = new ArrayList<>();
      if (instance) objects.add("this");
      if (hasObject) objects.add("o");
      if (hasObjects) objects.add("arr[(" + e.index(s, false) + ") % arr.length]");
      String target = e.pick(names.writable);
      switch (h.substring(h.lastIndexOf('_') + 1)) {
        case "read" -> line(indent, target + " += " + h + "(" + e.pick(objects) + ", " + e.real(s, 1) + ");");
        case "write" -> line(indent, h + "(" + e.pick(objects) + ", " + e.real(s, 1) + ");");
        case "bump" -> {
          String receiver = e.pick(objects);
          line(indent, (receiver.equals("this") ? "" : receiver + ".") + h + "(" + e.real(s, 1) + ");");
        }
        case "all" -> {
          if (hasObjects) line(indent, target + " += " + h + "(arr);");
        }
        case "marked" -> {
          String receiver = e.pick(objects);
          line(indent, target + " += " + (receiver.equals("this") ? "" : receiver + ".") + h + "(" + e.real(s, 1) + ");");
        }
        case "pick" -> {
          String field = hasB && r.nextBoolean() ? "b" : "a";
          line(indent, h + "(" + e.pick(objects) + ", " + e.pick(objects) + ", " + e.real(s, 1) + ")." + field + " += "
              + e.bounded(s, 1) + ";");
        }
        default -> throw new IllegalStateException(h);
      }
    }

    /** A private helper of the marked class taking (or being called on) an object of it. */
    private String helper(int h) {
      String stat = instance ? "" : "static ";
      Names local = new Names();
      local.s.doubles.add("t");
      StringBuilder t = new StringBuilder();
      switch (r.nextInt(6)) {
        case 4 -> {
          String name = n + "_h" + h + "_marked";
          fieldsOf("", local);
          t.append("    @dev.leibniz.Differentiable\n    double ").append(name).append("(double t) {\n");
          t.append("      a = 0.5 * a + ").append(e.bounded(local.s, 2)).append(";\n");
          t.append("      return ").append(e.real(local.s, 2)).append(";\n    }\n");
          helpers.add(name);
        }
        case 5 -> {
          String name = n + "_h" + h + "_pick";
          t.append("    private static ").append(m).append(" ").append(name).append("(").append(m).append(" q, ").append(m)
              .append(" u, double t) {\n      return t > 0 ? q : u;\n    }\n");
          helpers.add(name);
        }
        case 0 -> {
          String name = n + "_h" + h + "_read";
          fieldsOf("q.", local);
          if (instance) fieldsOf("", local);
          t.append("    private ").append(stat).append("double ").append(name).append("(").append(m).append(" q, double t) {\n");
          t.append("      return ").append(e.real(local.s, 2)).append(";\n    }\n");
          helpers.add(name);
        }
        case 1 -> {
          String name = n + "_h" + h + "_write";
          fieldsOf("q.", local);
          t.append("    private static void ").append(name).append("(").append(m).append(" q, double t) {\n");
          t.append("      q.a = 0.5 * q.a + ").append(e.bounded(local.s, 2)).append(";\n");
          if (hasW) t.append("      q.w[q.w.length - 1] += ").append(e.bounded(local.s, 2)).append(";\n");
          t.append("    }\n");
          helpers.add(name);
        }
        case 2 -> {
          String name = n + "_h" + h + "_bump";
          fieldsOf("", local);
          t.append("    private void ").append(name).append("(double t) {\n");
          t.append("      a = 0.5 * a + ").append(e.bounded(local.s, 2)).append(";\n");
          if (hasW) {
            t.append("      for (int j = 0; j < w.length; j++) {\n");
            local.s.ints.add("j");
            t.append("        w[j] = 0.5 * w[j] + 0.25 * ").append(e.bounded(local.s, 1)).append(";\n      }\n");
          }
          t.append("    }\n");
          helpers.add(name);
        }
        default -> {
          String name = n + "_h" + h + "_all";
          t.append("    private static double ").append(name).append("(").append(m).append("[] qs) {\n");
          t.append("      double sum = 0;\n      for (").append(m).append(" q : qs) {\n");
          local.s.doubles.remove("t");
          fieldsOf("q.", local);
          local.s.doubles.add("sum");
          t.append("        sum += ").append(e.bounded(local.s, 2)).append(";\n      }\n      return sum;\n    }\n");
          helpers.add(name);
        }
      }
      return t.toString();
    }

    private String valueClass() {
      boolean validates = r.nextBoolean();
      return "  static final class " + v + " {\n"
          + "    final double x, y;\n"
          + "    " + v + "(double x, double y) {\n"
          + (validates ? "      if (Double.isNaN(x) || Double.isNaN(y)) throw new IllegalArgumentException(\"NaN\");\n" : "")
          + "      this.x = x;\n      this.y = y;\n    }\n"
          + "    static " + v + " unit(double x, double y) {\n"
          + "      double l = Math.sqrt(1.0 + x * x + y * y);\n      return new " + v + "(x / l, y / l);\n    }\n"
          + "    " + v + " add(" + v + " o) {\n      return new " + v + "(x + o.x, y + o.y);\n    }\n"
          + "    " + v + " scale(double s) {\n      return new " + v + "(s * x, s * y);\n    }\n"
          + "    double dot(" + v + " o) {\n      return x * o.x + y * o.y;\n    }\n"
          + "    double norm() {\n      return Math.sqrt(1.0 + dot(this));\n    }\n"
          + "  }\n"
          + "  private static double " + n + "_vh(" + v + " u, double t) {\n"
          + "    return u.add(u.scale(t)).dot(u);\n  }\n";
    }

    /** An array of two values, held in an object created and dropped in the method (as Jama's Matrix holds its double[][]). */
    private void arrayValueTemporary(Names names, int indent) {
      Scope s = names.s;
      String q = "z" + fresh++;
      line(indent, n + "_A " + q + " = new " + n + "_A(" + e.real(s, 1) + ", " + e.real(s, 1) + ");");
      String use = switch (r.nextInt(3)) {
        case 0 -> q + ".plus(new " + n + "_A(" + e.real(s, 1) + ", " + e.real(s, 1) + ")).dot(" + q + ")";
        case 1 -> q + ".scaled(" + e.real(s, 1) + ").norm()";
        default -> q + ".dot(" + q + ".plus(" + q + "))";
      };
      String target = e.pick(names.writable);
      line(indent, target + " += Math.tanh(" + use + ");");
    }

    private String arrayValueClass() {
      String a = n + "_A";
      return "  static final class " + a + " {\n"
          + "    final double[] v;\n"
          + "    " + a + "(double x, double y) {\n      v = new double[] {x, y};\n    }\n"
          + "    private " + a + "(double[] v) {\n      this.v = v;\n    }\n"
          + "    " + a + " plus(" + a + " o) {\n      double[] s = new double[v.length];\n"
          + "      for (int i = 0; i < v.length; i++) s[i] = v[i] + o.v[i];\n      return new " + a + "(s);\n    }\n"
          + "    " + a + " scaled(double f) {\n      double[] s = v.clone();\n"
          + "      for (int i = 0; i < s.length; i++) s[i] *= f;\n      return new " + a + "(s);\n    }\n"
          + "    double dot(" + a + " o) {\n      double s = 0;\n      for (int i = 0; i < v.length; i++) s += v[i] * o.v[i];\n"
          + "      return s;\n    }\n"
          + "    double norm() {\n      return Math.sqrt(1.0 + dot(this));\n    }\n"
          + "  }\n";
    }

    private String recordClass() {
      boolean compact = r.nextBoolean();
      return "  record " + rec + "(double p, double q) {\n"
          + (compact ? "    " + rec + " {\n      if (Double.isInfinite(p)) throw new IllegalArgumentException(\"p\");\n    }\n" : "")
          + "    " + rec + " plus(" + rec + " o) {\n      return new " + rec + "(p + o.p, q + o.q());\n    }\n"
          + "    double cross(" + rec + " o) {\n      return p * o.q - q * o.p;\n    }\n"
          + "  }\n";
    }

    private String partClass() {
      return "  @dev.leibniz.Differentiable\n  static final class " + p + " {\n    double c;\n    double[] d;\n  }\n";
    }

    private void line(int indent, String text) {
      out.append(" ".repeat(indent)).append(text).append('\n');
    }

    private static void add(List<Kind> kinds, Kind kind, int count) {
      for (int i = 0; i < count; i++) kinds.add(kind);
    }
  }
}
