package dev.leibniz.badinput;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Diagnostics about a callee the user cannot give a rule for or never wrote, told in terms that apply (Commons Numbers'
 * {@code Slerp.apply}, Esri's {@code Envelope2D.clipLine}): a JDK functional interface's method called on a field that
 * holds the user's own class is not "a JDK method without a rule"; a part the core split off a method too large for the
 * JVM is named by the user's method and the line it starts at, never as {@code m$partN}.
 */
class CalleeAdviceInUserTermsTest {
  @Test
  void aJdkFunctionalInterfaceHoldingTheUsersClassIsAdvisedToBindTheCall() {
    Subject s = Subject.ofMembers("Sampler", """
          private static java.util.function.DoubleFunction<Box> algo = new Twice(); // not final: the class is not known

          @dev.leibniz.Differentiable
          static double bad(double x) {
            return algo.apply(x).v; /*HERE*/
          }
        """, """
        final class Box {
          final double v;
          Box(double v) { this.v = v; }
        }

        final class Twice implements java.util.function.DoubleFunction<Box> {
          public Box apply(double t) { return new Box(2 * t); }
        }
        """);
    Diagnostic d = only(s, "bad(D)D");
    assertTrue(s.linesMarked(UnsupportedConstructTest.MARK).contains(d.line()), d::message);
    assertTrue(Pattern.compile("DoubleFunction\\.apply\\(double\\) is the abstract method of the JDK's functional interface"
        + " DoubleFunction: the call runs whichever implementation the receiver holds.*declare the receiver .* with a final"
        + " class that implements DoubleFunction").matcher(d.reason()).find(), d::message);
    assertFalse(d.reason().contains("DerivativeRules") || d.reason().contains("JDK method without"), d::message);
  }

  @Test
  void aPartTheCoreSplitOffIsNamedByTheUsersMethodAndLine() {
    Subject s = Subject.ofMembers("Clipper", large(), """
        final class Cell {
          double v;
        }
        """);
    Diagnostic d = only(s, "clip(DLdev/leibniz/badinput/gen/Cell;)I");
    java.util.TreeSet<Integer> lines = s.linesMarked(UnsupportedConstructTest.MARK);
    assertTrue(d.line() > 0 && d.line() <= lines.last() && d.line() >= s.linesMarked("double t0 ").first(), d::message);
    assertTrue(d.reason().contains("the part of Clipper.clip from line " + d.line() + " on, which the core split off"), d::message);
    assertTrue(d.reason().contains("JVM's size limits") && d.reason().contains("make Clipper.clip shorter"), d::message);
    assertFalse(d.message().contains("$part") || d.message().contains("make it return void"), d::message);
    UnsupportedConstructTest.assertJavaSyntax(d.reason());
  }

  /**
   * The same part, whose field write takes a native method's result (of a class the core cannot differentiate): the
   * part is differentiated as a callee and fails for that, which is what the caller is told, at the call's line, and not
   * the passive call's advice (to write no field in the part), which would leave the native call in its way.
   */
  @Test
  void aPartThatFailsForItsOwnReasonIsToldThatReason() {
    Subject s = Subject.ofMembers("Scaled", large().replace("    c.v = ", "    c.v = Scale.twice(x) * ").replace("x; /*HERE*/",
        "x; /*INNER*/"), """
        final class Cell {
          double v;
        }

        final class Scale {
          static native double twice(double v);
        }
        """);
    Diagnostic d = only(s, "clip(DLdev/leibniz/badinput/gen/Cell;)I");
    System.out.println("aPartThatFailsForItsOwnReasonIsToldThatReason: " + d.message());
    int inner = s.linesMarked("/*INNER*/").first();
    assertTrue(Pattern.compile("the part of Scaled\\.clip from line \\d+ on, which the core split off.*, cannot be differentiated"
        + " \\(line " + inner + "\\): .*double Scale\\.twice\\(double\\) cannot be differentiated: it is a native method")
        .matcher(d.reason()).find(), d::message);
    assertFalse(d.message().contains("$part") || d.reason().contains("returns no derivative"), d::message);
    UnsupportedConstructTest.assertJavaSyntax(d.reason());
  }

  /**
   * The same part in tangent mode, which calls a part that returns a value and writes fields once per value and once per
   * tangent: the part's own failure (the native call, at its line) is what stops the call, as in adjoint mode, not that
   * the part would be called twice, whose advice (move the field writes) leaves the native call where it is.
   */
  @Test
  void aPartThatFailsForItsOwnReasonIsToldThatReasonInTangentMode() {
    Subject s = Subject.ofMembers("ScaledT", large().replace("    c.v = ", "    c.v = Scale.twice(x) * ").replace("x; /*HERE*/",
        "x; /*INNER*/"), """
        final class Cell {
          double v;
        }

        final class Scale {
          static native double twice(double v);
        }
        """);
    Diagnostic d = only(s, "clip(DLdev/leibniz/badinput/gen/Cell;)I");
    String tangent = tangentReason(d);
    System.out.println("aPartThatFailsForItsOwnReasonIsToldThatReasonInTangentMode: " + tangent);
    int inner = s.linesMarked("/*INNER*/").first();
    assertTrue(Pattern.compile("^the part of ScaledT\\.clip from line \\d+ on, which the core split off.*, cannot be differentiated"
        + " \\(line \\d+\\): .*\\(line " + inner + "\\): .*double Scale\\.twice\\(double\\) cannot be differentiated: it is a"
        + " native method").matcher(tangent).find(), d::message);
    assertFalse(tangent.contains("called twice") || tangent.contains("make ScaledT.clip shorter"), d::message);
  }

  /** The tangent mode's reason of {@code d}: all of it when both modes give one, else the part after "tangent: ". */
  static String tangentReason(Diagnostic d) {
    String r = d.reason();
    if (d.mode().equals("both") && r.startsWith("tangent: ") && r.contains("; adjoint: ")) {
      return r.substring("tangent: ".length(), r.indexOf("; adjoint: "));
    }
    assertTrue(d.mode().equals("both") || d.mode().equals("tangent"), d::message);
    return r;
  }

  /** A method of a few hundred statements (outlined), whose last part writes a field of its argument and returns. */
  private static String large() {
    SplittableRandom random = new SplittableRandom(3);
    StringBuilder s = new StringBuilder("  @dev.leibniz.Differentiable\n  static int clip(double x, Cell c) {\n");
    s.append("    if (x > 100.0) return 0;\n    double t0 = Math.sin(x);\n");
    int n = 600;
    for (int k = 1; k < n; k++) {
      String a = "t" + (k - 1), b = "t" + random.nextInt(k);
      s.append("    double t").append(k).append(" = ").append(switch (random.nextInt(3)) {
        case 0 -> a + " * 0.5 + Math.sin(" + b + ")";
        case 1 -> "Math.cos(" + a + ") - " + b + " * 0.25";
        default -> a + " / (1.0 + " + b + " * " + b + ")";
      }).append(";\n");
    }
    s.append("    c.v = t").append(n - 1).append(" * x; /*HERE*/\n");
    s.append("    return t").append(n - 1).append(" > 0 ? 1 : 0; /*HERE*/\n  }\n");
    return s.toString();
  }

  private static Diagnostic only(Subject s, String method) {
    List<Diagnostic> mine = s.result.diagnostics().stream().filter(d -> d.method().equals(method)).toList();
    assertTrue(mine.size() == 1, () -> "diagnostics: " + s.result.diagnostics() + " generated " + s.result.generated());
    return mine.get(0);
  }
}
