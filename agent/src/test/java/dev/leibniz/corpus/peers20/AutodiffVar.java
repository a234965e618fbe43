package dev.leibniz.corpus.peers20;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The twentieth peer round").
 * Source: autodiff (autodiff/autodiff on GitHub, C++ forward and reverse automatic differentiation) at commit
 * 11fa06ab66e6be85b2a71fa9d064841e8bb172cb, tests/reverse/var/var.test.cpp: derivatives with respect to
 * sub-expressions, the elementary functions (trigonometric, hyperbolic, exponential and logarithmic, powers), abs,
 * atan2, hypot of two and three values, the condition functions (condition, min, max, sgn) with their updates, erf,
 * and the second-order derivatives of "TEST HIGHER ORDER DERIVATIVES (2nd order)".
 * Licence: MIT. Copyright (c) 2018-2024 Allan Leal. Permission is hereby granted, free of charge, to any person
 * obtaining a copy of this software and associated documentation files (the "Software"), to deal in the Software
 * without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute,
 * sublicense, and/or sell copies of the Software, subject to the condition that the above copyright notice and this
 * permission notice shall be included in all copies or substantial portions of the Software (see the MIT licence
 * text); changes: the test's expressions rewritten as Java methods.
 * Translation: var is double; the elementary functions are looked up by name in a string switch (a function table as
 * a Java programmer writes one); condition(c, a, b) is the conditional operator; sgn is Math.signum; the expression
 * graph that var.test re-evaluates with update() is a small tree of Node objects (an interface with one class per
 * operation) built from the parameters and evaluated, so that a new x is a new call, and once more as mutable
 * Variable and Conditional objects whose update() the entry calls as the test does; the second-order functions are
 * marked order = 2 (their Hessians are TwentiethPeerEdgeCasesTest's).
 */

import dev.leibniz.Differentiable;

public final class AutodiffVar {
  private AutodiffVar() {}

  /** x = 2 * a + b; r = x * x - a + b. */
  @Differentiable
  public static double subExpression(double a, double b) {
    double x = 2 * a + b;
    return x * x - a + b;
  }

  /** The elementary functions of the test, by name. */
  @Differentiable
  public static double elementary(String name, double x) {
    switch (name) {
      case "sin":
        return Math.sin(x);
      case "cos":
        return Math.cos(x);
      case "tan":
        return Math.tan(x);
      case "asin":
        return Math.asin(x);
      case "acos":
        return Math.acos(x);
      case "atan":
        return Math.atan(x);
      case "sinh":
        return Math.sinh(x);
      case "cosh":
        return Math.cosh(x);
      case "tanh":
        return Math.tanh(x);
      case "log":
        return Math.log(x);
      case "log10":
        return Math.log10(x);
      case "exp":
        return Math.exp(x);
      case "sqrt":
        return Math.sqrt(x);
      case "square":
        return Math.pow(x, 2.0);
      case "exp2":
        return Math.pow(2.0, x);
      case "self":
        return Math.pow(x, x);
      case "abs":
        return Math.abs(x);
      default:
        throw new IllegalArgumentException("no function " + name);
    }
  }

  /** y = 2 * a; pow(x, y). */
  @Differentiable
  public static double powOfScaled(double x, double a) {
    double y = 2 * a;
    return Math.pow(x, y);
  }

  /** atan2(2.0, x) and atan2(x, 2.0). */
  @Differentiable
  public static double atan2Const(boolean xFirst, double x) {
    return xFirst ? Math.atan2(x, 2.0) : Math.atan2(2.0, x);
  }

  /** atan2(y, x). */
  @Differentiable
  public static double atan2(double y, double x) {
    return Math.atan2(y, x);
  }

  /** 3*atan2(sin(y), 2 * x + 1). */
  @Differentiable
  public static double atan2Expr(double x, double y) {
    return 3 * Math.atan2(Math.sin(y), 2 * x + 1);
  }

  /** hypot(x, 2.0) and hypot(2.0, y). */
  @Differentiable
  public static double hypotConst(boolean xFirst, double x) {
    return xFirst ? Math.hypot(x, 2.0) : Math.hypot(2.0, x);
  }

  /** hypot(x, y). */
  @Differentiable(order = 2)
  public static double hypot(double x, double y) {
    return Math.hypot(x, y);
  }

  /** std::hypot(x, y, z), written as the square root of the sum of squares. */
  @Differentiable(order = 2)
  public static double hypot3(double x, double y, double z) {
    return Math.sqrt(x * x + y * y + z * z);
  }

  /** hypot(2.0*x, 3.0*y, 4.0*z). */
  @Differentiable
  public static double hypot3Scaled(double x, double y, double z) {
    return hypot3(2.0 * x, 3.0 * y, 4.0 * z);
  }

  /** The three-value hypot with two constants, x at place which. */
  @Differentiable
  public static double hypot3Const(int which, double x) {
    return which == 0 ? hypot3(x, 2.0, 3.0) : which == 1 ? hypot3(2.0, x, 3.0) : hypot3(2.0, 3.0, x);
  }

  /** condition(x > 0, x * x, x * x * x). */
  @Differentiable
  public static double condition(double x) {
    return x > 0 ? x * x : x * x * x;
  }

  /** condition(0 <= x && x <= 1, 1.0, 0.0): a square pulse, flat everywhere. */
  @Differentiable
  public static double square(double x) {
    return 0 <= x && x <= 1 ? 1.0 : 0.0;
  }

  /** min(x, y), max(x, y) and sgn(x) of the test's conditional. */
  @Differentiable
  public static double minMaxSgn(int which, double x, double y) {
    switch (which) {
      case 0:
        return Math.min(x, y);
      case 1:
        return Math.max(x, y);
      default:
        return Math.signum(x);
    }
  }

  /** A node of the expression graph that var.test builds and re-evaluates. */
  interface Node {
    double eval();
  }

  static final class Leaf implements Node {
    private final double value;

    Leaf(double value) {
      this.value = value;
    }

    @Override
    public double eval() {
      return value;
    }
  }

  static final class Times implements Node {
    private final Node left;
    private final Node right;

    Times(Node left, Node right) {
      this.left = left;
      this.right = right;
    }

    @Override
    public double eval() {
      return left.eval() * right.eval();
    }
  }

  /** condition(left < right, then, otherwise). */
  static final class IfLess implements Node {
    private final Node left;
    private final Node right;
    private final Node then;
    private final Node otherwise;

    IfLess(Node left, Node right, Node then, Node otherwise) {
      this.left = left;
      this.right = right;
      this.then = then;
      this.otherwise = otherwise;
    }

    @Override
    public double eval() {
      return left.eval() < right.eval() ? then.eval() : otherwise.eval();
    }
  }

  /** conditional = condition(x < y, x * y, x * x), as a graph of nodes evaluated once. */
  @Differentiable
  public static double conditionalGraph(double x, double y) {
    Node vx = new Leaf(x);
    Node vy = new Leaf(y);
    Node conditional = new IfLess(vx, vy, new Times(vx, vy), new Times(vx, vx));
    return conditional.eval();
  }

  /** A variable whose value update() replaces, as var's x.update(v). */
  static final class Variable {
    private double value;

    Variable(double value) {
      this.value = value;
    }

    void update(double v) {
      value = v;
    }

    double value() {
      return value;
    }
  }

  /** condition(x < y, x * y, x * x) with its value cached; update() evaluates it again from its variables. */
  static final class Conditional {
    private final Variable x;
    private final Variable y;
    private double value;

    Conditional(Variable x, Variable y) {
      this.x = x;
      this.y = y;
      update();
    }

    void update() {
      value = x.value() < y.value() ? x.value() * y.value() : x.value() * x.value();
    }

    double value() {
      return value;
    }
  }

  /** The test's sequence: x = x0, conditional built, x.update(x1), conditional.update(); the value after it. */
  @Differentiable
  public static double updatedConditional(double x0, double y, double x1) {
    Variable x = new Variable(x0);
    Conditional conditional = new Conditional(x, new Variable(y));
    x.update(x1);
    conditional.update();
    return conditional.value();
  }

  /** erf(x), by the series of AutodiffDual. */
  @Differentiable
  public static double erf(double x) {
    return AutodiffDual.erf(x);
  }

  /** 1.0/x, for its second derivative 2/x^3. */
  @Differentiable(order = 2)
  public static double reciprocal(double x) {
    return 1.0 / x;
  }

  /** x * x, sin, cos, log, exp, pow(x, 2), pow(2, x), pow(x, x), sqrt: the second-order section, by which. */
  @Differentiable(order = 2)
  public static double secondOrder(int which, double x) {
    switch (which) {
      case 0:
        return x * x;
      case 1:
        return Math.sin(x);
      case 2:
        return Math.cos(x);
      case 3:
        return Math.log(x);
      case 4:
        return Math.exp(x);
      case 5:
        return Math.pow(x, 2.0);
      case 6:
        return Math.pow(2.0, x);
      case 7:
        return Math.pow(x, x);
      default:
        return Math.sqrt(x);
    }
  }
}
