package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.objects.fixtures.SeveralImplementations;
import dev.leibniz.objects.fixtures.SeveralImplementations.Circle;
import dev.leibniz.objects.fixtures.SeveralImplementations.Shape;
import dev.leibniz.objects.fixtures.SeveralImplementations.Square;
import dev.leibniz.objects.fixtures.SeveralImplementations.Triangle;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * Calls of an interface's own getter ({@code s.area()} on {@code Shape s}) with two classes with shadows below it
 * (SeveralImplementations: Circle, Square): each receiver runs its own class's code, behind an exact check of its class,
 * through its own companion. Both modes against the analytic gradient and central differences, and the dot-product
 * test; an implementation whose code was never read (Triangle) fails in both modes, naming its class.
 */
class SeveralImplementationsTest {
  static final Transformed T = Transformed.of(SeveralImplementations.class, true);
  static final Class<Circle> C = Circle.class;
  static final Class<Square> Q = Square.class;
  static final Class<Shape> S = Shape.class;

  static double circle(double r) {
    return Math.PI * r * r;
  }

  // ------------------------------------------------------------ pair(r, s) = 2 Ac As + sin(Ac) + sin(As), Ac = pi r^2, As = s^2

  static final double[] RS = {0.7, 1.3};

  @Test
  void bothClassesAtEachSite() {
    double r = RS[0], s = RS[1], ac = circle(r), as = s * s;
    Method t = T.method("pair$tangent", C, C, Q, Q), a = T.method("pair$adjoint", C, C, Q, Q, double.class);
    T.checkGradient("pair", RS, new double[] {2 * Math.PI * r * (2 * as + Math.cos(ac)), 2 * s * (2 * ac + Math.cos(as))},
        v -> new double[] {(double) T.call("pair", new Circle(v[0]), new Square(v[1]))},
        (v, dv) -> new double[] {(double) Transformed.invoke(t, new Circle(v[0]), new Circle(dv[0]), new Square(v[1]), new Square(dv[1]))},
        (v, ybar) -> {
          Circle c = new Circle(v[0]), cbar = Derivatives.zeroShadow(c);
          Square q = new Square(v[1]), qbar = Derivatives.zeroShadow(q);
          double f = (double) Transformed.invoke(a, c, cbar, q, qbar, ybar[0]);
          assertEquals(2 * circle(v[0]) * v[1] * v[1] + Math.sin(circle(v[0])) + Math.sin(v[1] * v[1]), f, 1e-14,
              "the adjoint returns the primal value");
          return new double[] {cbar.r, qbar.s};
        });
  }

  // ------------------------------------------------------------ any(a, b) = A(a) A(b) + sin(A(a)), a and b declared Shape

  static Shape shape(boolean circle, double x) {
    return circle ? new Circle(x) : new Square(x);
  }

  static double[] shadowOf(Shape bar) {
    return new double[] {bar instanceof Circle c ? c.r : ((Square) bar).s};
  }

  /** Circle then Square, and Square then Circle: each site links both classes, each to its own companion. */
  @Test
  void interfaceTypedInputsHoldingEitherClass() {
    Method t = T.method("any$tangent", S, S, S, S), a = T.method("any$adjoint", S, S, S, S, double.class);
    for (boolean circleFirst : new boolean[] {true, false}) {
      double x = RS[0], y = RS[1];
      double ax = circleFirst ? circle(x) : x * x, ay = circleFirst ? y * y : circle(y);
      double dax = circleFirst ? 2 * Math.PI * x : 2 * x, day = circleFirst ? 2 * y : 2 * Math.PI * y;
      T.checkGradient("any", RS, new double[] {dax * (ay + Math.cos(ax)), day * ax},
          v -> new double[] {(double) T.call("any", shape(circleFirst, v[0]), shape(!circleFirst, v[1]))},
          (v, dv) -> new double[] {(double) Transformed.invoke(t, shape(circleFirst, v[0]), shape(circleFirst, dv[0]),
              shape(!circleFirst, v[1]), shape(!circleFirst, dv[1]))},
          (v, ybar) -> {
            Shape p = shape(circleFirst, v[0]), pbar = shape(circleFirst, 0), q = shape(!circleFirst, v[1]), qbar = shape(!circleFirst, 0);
            Transformed.invoke(a, p, pbar, q, qbar, ybar[0]);
            return new double[] {shadowOf(pbar)[0], shadowOf(qbar)[0]};
          });
    }
  }

  // ------------------------------------------------------------ squaredAreas(shapes) = sum of A(s)^2, shapes declared Shape[]

  static Shape[] shapes(double[] v) {
    return new Shape[] {new Circle(v[0]), new Square(v[1]), new Circle(v[2])};
  }

  @Test
  void aLoopOverAnArrayOfTheInterface() {
    double[] x = {0.7, 1.3, -0.4};
    double[] exact = new double[3];
    for (int k = 0; k < 3; k++) {
      boolean c = k != 1;
      double area = c ? circle(x[k]) : x[k] * x[k];
      exact[k] = 2 * area * (c ? 2 * Math.PI * x[k] : 2 * x[k]);
    }
    Class<Shape[]> A = Shape[].class;
    Method t = T.method("squaredAreas$tangent", A, A), a = T.method("squaredAreas$adjoint", A, A, double.class);
    T.checkGradient("squaredAreas", x, exact, v -> new double[] {(double) T.call("squaredAreas", (Object) shapes(v))},
        (v, dv) -> new double[] {(double) Transformed.invoke(t, shapes(v), shapes(dv))},
        (v, ybar) -> {
          Shape[] bar = shapes(new double[3]);
          Transformed.invoke(a, shapes(v), bar, ybar[0]);
          return new double[] {((Circle) bar[0]).r, ((Square) bar[1]).s, ((Circle) bar[2]).r};
        });
  }

  /** Triangle's code was never read: both modes throw, naming its class, never a derivative; the others still work. */
  @Test
  void anUnknownImplementationFailsLoudlyInBothModes() {
    Method t = T.method("any$tangent", S, S, S, S), a = T.method("any$adjoint", S, S, S, S, double.class);
    for (int round = 0; round < 2; round++) { // the second on linked call sites
      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> Transformed.invoke(t, new Triangle(1, 2), new Triangle(1, 0), new Square(2), new Square(0)));
      assertTrue(e.getMessage().startsWith("leibniz:") && e.getMessage().contains(Triangle.class.getName()), e.getMessage());
      e = assertThrows(IllegalStateException.class,
          () -> Transformed.invoke(a, new Circle(1), new Circle(0), new Triangle(1, 2), new Triangle(0, 0), 1.0));
      assertTrue(e.getMessage().startsWith("leibniz:") && e.getMessage().contains(Triangle.class.getName()), e.getMessage());
    }
    double dy = (double) Transformed.invoke(t, new Square(2), new Square(1), new Circle(1), new Circle(0));
    assertEquals(2 * 2 * (Math.PI + Math.cos(4)), dy, 1e-12, "a Square after the failures still gets its derivative");
  }
}
