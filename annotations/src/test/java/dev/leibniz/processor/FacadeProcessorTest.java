package dev.leibniz.processor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The processor's facades compile for the shapes a user writes (instance and static methods,
 * overloads, arrays, float and int parameters, generic classes and methods, nested classes,
 * order 2, checked exceptions), have the contract's signatures and parameter names, call the
 * companions with the arguments in the right places (companions written by hand here: this module
 * has no agent), check their arguments, and fail with a clear message when a companion is missing.
 */
class FacadeProcessorTest {
  static final String MODEL = """
      package p;
      import dev.leibniz.Differentiable;
      public class Model {
        final double scale;
        public Model(double scale) { this.scale = scale; }

        /** The product of x and the sine of y. More text. */
        @Differentiable static double f(double x, double y) { return x * Math.sin(y); }
        public static double f$tangent(double x, double dx, double y, double dy) {
          return dx * Math.sin(y) + x * Math.cos(y) * dy;
        }
        public static double f$adjoint(double x, double y, double seed, double[] grad) {
          grad[0] += seed * Math.sin(y);
          grad[1] += seed * x * Math.cos(y);
          return x * Math.sin(y);
        }

        @Differentiable double energy(double[] x, int n) {
          double s = 0;
          for (int k = 0; k < n; k++) s += scale * x[k] * x[k] * (k + 1);
          return s;
        }
        public double energy$tangent(double[] x, double[] dx, int n) {
          double s = 0;
          for (int k = 0; k < n; k++) s += 2 * scale * x[k] * dx[k] * (k + 1);
          return s;
        }
        public double energy$adjoint(double[] x, double[] xBar, int n, double seed) {
          for (int k = 0; k < n && xBar != null; k++) xBar[k] += seed * 2 * scale * x[k] * (k + 1);
          return energy(x, n);
        }
      }
      """;

  static final String SHAPES = """
      package p;
      import dev.leibniz.Differentiable;
      import java.io.IOException;
      import java.util.List;
      public class Shapes<T extends Number> {
        @Differentiable static double over(double x) { return x; }
        @Differentiable static double over(double[] x) { return x[0]; }
        @Differentiable static float single(float x, float[][] m, int k) { return x * m[k][0]; }
        @Differentiable double scaled(T t, double x) { return t.doubleValue() * x; }
        @Differentiable <U extends Comparable<U>> double tagged(U tag, List<? extends T> ts, float x) { return x; }
        @Differentiable(order = 2) static double hess(double[] x) { return x[0] * x[0] * x[1]; }
        @Differentiable static void residuals(double[] x, double[] r) { r[0] = x[0]; }
        @Differentiable static double io(double x) throws IOException { return x; }
        @Differentiable private static double hidden(double x) { return x; }
        @Differentiable static double clash(double grad, double seed) { return grad * seed; }
        public static class Inner {
          @Differentiable double g(double x) { return x; }
        }
        public class Member {
          @Differentiable T pick(T t, double x) { return t; }
        }
        private static class Secret {
          @Differentiable static double s(double x) { return x; }
        }
        public interface Shape {
          @Differentiable double area(double r);
          @Differentiable default double twice(double r) { return 2 * area(r); }
        }
      }
      """;

  static final String BODY = """
      package p;
      import dev.leibniz.Differentiable;
      @Differentiable
      public class Body {
        double x;
        @Differentiable(order = 2) double energy() { return x * x; }
        public double energy$adjoint$tangent(Body d, Body bar, Body dBar, double seed, double dseed) {
          bar.x += seed * 2 * x;
          dBar.x += dseed * 2 * x + seed * 2 * d.x;
          return 2 * x * d.x;
        }
        public double energy$tangent(Body shadow) { return 2 * x * shadow.x; }
        public double energy$adjoint(Body shadow, double seed) { shadow.x += seed * 2 * x; return x * x; }
        @Differentiable static double pull(Body b, double k) { return k * b.x; }
        public static double pull$tangent(Body b, Body db, double k, double dk) { return dk * b.x + k * db.x; }
        public static double pull$adjoint(Body b, Body bBar, double k, double seed, double[] grad) {
          bBar.x += seed * k;
          grad[0] += seed * b.x;
          return k * b.x;
        }
        @Differentiable(order = 2) static double plain(double k) { return k; }
      }
      """;

  static Compiled compiled;

  @BeforeAll
  static void compile() throws Exception {
    compiled = Compiled.of(Map.of("p.Model", MODEL, "p.Shapes", SHAPES, "p.Body", BODY));
    assertTrue(compiled.success, compiled.diagnostics);
  }

  @Test
  void staticMethodFacadeCallsTheCompanionsWithTheArgumentsInPlace() throws Exception {
    Class<?> facade = compiled.load("p.ModelDerivatives");
    Method tangent = facade.getMethod("fTangent", double.class, double.class, double.class, double.class);
    assertEquals(List.of("x", "dx", "y", "dy"), names(tangent));
    double x = 1.5, y = -0.7;
    assertEquals(Math.sin(y) * 0.25 + x * Math.cos(y) * 2, (double) tangent.invoke(null, x, 0.25, y, 2.0), 1e-15);
    Method adjoint = facade.getMethod("fAdjoint", double.class, double.class, double.class, double[].class);
    assertEquals(List.of("x", "y", "seed", "grad"), names(adjoint));
    double[] grad = {10, 20};
    assertEquals(x * Math.sin(y), (double) adjoint.invoke(null, x, y, 3.0, grad), 1e-15);
    assertArrayEquals(new double[] {10 + 3 * Math.sin(y), 20 + 3 * x * Math.cos(y)}, grad, 1e-15);
  }

  @Test
  void instanceMethodFacadeTakesTheReceiverFirst() throws Exception {
    Class<?> model = compiled.load("p.Model");
    Object m = model.getConstructor(double.class).newInstance(0.5);
    Class<?> facade = compiled.load("p.ModelDerivatives");
    Method adjoint = facade.getMethod("energyAdjoint", model, double[].class, double[].class, int.class, double.class);
    assertEquals(List.of("model", "x", "xBar", "n", "seed"), names(adjoint));
    double[] x = {1, 2, 3}, xBar = new double[3];
    double value = (double) adjoint.invoke(null, m, x, xBar, 2, 1.0);
    assertEquals(0.5 * (1 + 4 * 2), value, 1e-15);
    assertArrayEquals(new double[] {2 * 0.5 * 1, 2 * 0.5 * 2 * 2, 0}, xBar, 1e-15);
    Method tangent = facade.getMethod("energyTangent", model, double[].class, double[].class, int.class);
    assertEquals(2 * 0.5 * (1 * 1 + 2 * 1 * 2), (double) tangent.invoke(null, m, x, new double[] {1, 1, 1}, 2), 1e-15);
  }

  @Test
  void argumentsAreCheckedWithMessagesThatSayWhatToPass() throws Exception {
    Class<?> model = compiled.load("p.Model");
    Object m = model.getConstructor(double.class).newInstance(1.0);
    Class<?> facade = compiled.load("p.ModelDerivatives");
    Method adjoint = facade.getMethod("energyAdjoint", model, double[].class, double[].class, int.class, double.class);
    double[] x = {1, 2};
    String own = cause(IllegalArgumentException.class, () -> adjoint.invoke(null, m, x, x, 2, 1.0));
    assertEquals("ModelDerivatives.energyAdjoint: xBar is x itself; pass an array of its own (new double[x.length]):"
        + " the derivative would overwrite the values", own);
    String length = cause(IllegalArgumentException.class, () -> adjoint.invoke(null, m, x, new double[1], 2, 1.0));
    assertEquals("ModelDerivatives.energyAdjoint: xBar has length 1 but x has length 2; they must be equal"
        + " (one derivative per element)", length);
    Method f = facade.getMethod("fAdjoint", double.class, double.class, double.class, double[].class);
    String shortGrad = cause(IllegalArgumentException.class, () -> f.invoke(null, 1.0, 2.0, 1.0, new double[1]));
    assertEquals("ModelDerivatives.fAdjoint: grad has length 1 but receives the adjoints of x, y; pass new double[2]", shortGrad);
    double[] x2 = {1, 2};
    assertEquals(1.0 * (1 + 8), (double) adjoint.invoke(null, m, x2, null, 2, 1.0), 1e-15, "null: passive");
  }

  @Test
  void everyShapeGetsTheContractsSignature() throws Exception {
    Class<?> shapes = compiled.load("p.Shapes");
    Class<?> facade = compiled.load("p.ShapesDerivatives");
    assertEquals(List.of("x", "dx"), names(facade.getMethod("overTangent", double.class, double.class)));
    assertEquals(List.of("x", "xBar", "seed"), names(facade.getMethod("overAdjoint", double[].class, double[].class, double.class)));
    assertEquals(float.class, facade.getMethod("singleTangent", float.class, float.class, float[][].class, float[][].class, int.class).getReturnType());
    assertEquals(List.of("x", "m", "mBar", "k", "seed", "grad"),
        names(facade.getMethod("singleAdjoint", float.class, float[][].class, float[][].class, int.class, float.class, double[].class)));
    Method scaled = facade.getMethod("scaledAdjoint", shapes, Number.class, double.class, double.class, double[].class);
    assertEquals("<T extends java.lang.Number> double p.ShapesDerivatives.scaledAdjoint(p.Shapes<T>,T,double,double,double[])",
        scaled.toGenericString().replace("public static ", ""));
    assertEquals(List.of("shapes", "tag", "ts", "x", "seed", "grad"),
        names(facade.getMethod("taggedAdjoint", shapes, Comparable.class, List.class, float.class, double.class, double[].class)));
    assertEquals(List.of("x", "dx", "xBar", "dxBar", "seed", "dseed"),
        names(facade.getMethod("hessAdjointTangent", double[].class, double[].class, double[].class, double[].class, double.class, double.class)));
    assertEquals(void.class, facade.getMethod("residualsTangent", double[].class, double[].class, double[].class, double[].class).getReturnType());
    assertEquals(List.of("x", "xBar", "r", "rBar"), names(facade.getMethod("residualsAdjoint", double[].class, double[].class, double[].class, double[].class)));
    assertArrayEquals(new Class<?>[] {java.io.IOException.class}, facade.getMethod("ioTangent", double.class, double.class).getExceptionTypes());
    assertEquals(List.of("grad", "seed", "seed2", "grad2"),
        names(facade.getMethod("clashAdjoint", double.class, double.class, double.class, double[].class)));
    assertTrue(Arrays.stream(facade.getMethods()).noneMatch(m -> m.getName().startsWith("hidden")), "private method");
    Class<?> inner = compiled.load("p.Shapes_InnerDerivatives");
    assertEquals(List.of("inner", "x", "seed", "grad"),
        names(inner.getMethod("gAdjoint", compiled.load("p.Shapes$Inner"), double.class, double.class, double[].class)));
    Class<?> member = compiled.load("p.Shapes_MemberDerivatives");
    assertEquals(Number.class, member.getMethod("pickAdjoint", compiled.load("p.Shapes$Member"), Number.class, double.class, double[].class).getReturnType());
    Class<?> shape = compiled.load("p.Shapes_ShapeDerivatives");
    assertEquals(List.of("shape", "r", "dr"), names(shape.getMethod("areaTangent", compiled.load("p.Shapes$Shape"), double.class, double.class)));
    assertTrue(compiled.diagnostics.contains("the class is private or local"), compiled.diagnostics);
    assertTrue(compiled.diagnostics.contains("no typed facade for the private method p.Shapes.hidden"), compiled.diagnostics);
    String source = compiled.generated("p.ShapesDerivatives");
    assertTrue(source.contains("@param xBar adjoint of x: seed for its final contents on entry, += its adjoint on exit; null: passive"), source);
  }

  /**
   * One layout: every facade method has the type of its companion as {@code Derivatives} (and so
   * the agent, {@code Companions.signature}) computes it from the contract, after the receiver of
   * an instance method — for static and instance methods, objects with shadows and the receiver's
   * shadows of a {@code @Differentiable} class, every kind; and the facades have no other methods.
   */
  @Test
  void everyFacadeMethodHasTheContractsCompanionType() throws Exception {
    int checked = 0;
    for (String name : List.of("p.Model", "p.Shapes", "p.Shapes$Inner", "p.Shapes$Member", "p.Shapes$Shape", "p.Body")) {
      Class<?> owner = compiled.load(name);
      Class<?> facade = compiled.load(name.replace('$', '_') + "Derivatives");
      int expected = 0;
      for (Method m : owner.getDeclaredMethods()) {
        dev.leibniz.Differentiable mark = m.getAnnotation(dev.leibniz.Differentiable.class);
        if (mark == null || java.lang.reflect.Modifier.isPrivate(m.getModifiers())) continue;
        for (dev.leibniz.contract.CompanionContract.Kind kind : dev.leibniz.contract.CompanionContract.Kind.values()) {
          if (kind == dev.leibniz.contract.CompanionContract.Kind.ADJOINT_TANGENT && mark.order() < 2) continue;
          java.lang.invoke.MethodType type = dev.leibniz.Derivatives.companionType(kind, m);
          if (!java.lang.reflect.Modifier.isStatic(m.getModifiers())) type = type.insertParameterTypes(0, owner);
          Method f = facade.getMethod(m.getName() + kind.facadeSuffix, type.parameterArray());
          assertEquals(type.returnType(), f.getReturnType(), f.toString());
          expected++;
          checked++;
        }
      }
      assertEquals(expected, Arrays.stream(facade.getDeclaredMethods()).filter(x -> java.lang.reflect.Modifier.isPublic(x.getModifiers())).count(),
          facade + ": " + Arrays.toString(facade.getDeclaredMethods()));
    }
    assertTrue(checked >= 30, "checked " + checked);
  }

  @Test
  void methodsWithObjectsPassShadowsAfterTheirObjects() throws Throwable {
    Class<?> body = compiled.load("p.Body");
    Class<?> facade = compiled.load("p.BodyDerivatives");
    Method energyTangent = facade.getMethod("energyTangent", body, body);
    Method pullAdjoint = facade.getMethod("pullAdjoint", body, body, double.class, double.class, double[].class);
    assertEquals(List.of("body", "dbody"), names(energyTangent));
    assertEquals(List.of("b", "bBar", "k", "seed", "grad"), names(pullAdjoint));
    assertEquals(List.of("b", "db", "k", "dk"), names(facade.getMethod("pullTangent", body, body, double.class, double.class)));
    Object b = body.getConstructor().newInstance(), shadow = body.getConstructor().newInstance();
    java.lang.reflect.Field x = body.getDeclaredField("x");
    x.setAccessible(true);
    x.setDouble(b, 3);
    x.setDouble(shadow, 0.5);
    assertEquals(2 * 3 * 0.5, (double) energyTangent.invoke(null, b, shadow), 0, "receiver, then its shadow");
    double[] grad = new double[1];
    assertEquals(2 * 3, (double) pullAdjoint.invoke(null, b, shadow, 2.0, 1.0, grad), 0);
    assertEquals(0.5 + 2, x.getDouble(shadow), 0, "k added into the object's adjoint shadow");
    assertEquals(3, grad[0], 0);
    assertTrue(Arrays.stream(facade.getMethods()).anyMatch(m -> m.getName().equals("plainAdjointTangent")));
    Method hv = facade.getMethod("energyAdjointTangent", body, body, body, body, double.class, double.class);
    assertEquals(List.of("body", "dbody", "bodyBar", "dbodyBar", "seed", "dseed"), names(hv));
    Object d = body.getConstructor().newInstance(), bar = body.getConstructor().newInstance(), dBar = body.getConstructor().newInstance();
    x.setDouble(d, 1);
    assertEquals(2 * 3, (double) hv.invoke(null, b, d, bar, dBar, 1.0, 0.0), 0, "receiver, then its three shadows");
    assertEquals(2, x.getDouble(dBar), 0, "the Hessian of x² along the direction 1");
    String source = compiled.generated("p.BodyDerivatives");
    assertTrue(source.contains("@param dbody shadow of the receiver: the direction in its differentiable fields on entry, their tangents on exit; not null"), source);
    assertTrue(source.contains("@param bodyBar adjoint shadow of the receiver: the seed of its fields' final values on entry, += their adjoints on exit; not null"), source);
  }

  @Test
  void generatedJavadocNamesTheMethodAndEachRole() throws Exception {
    String source = compiled.generated("p.ModelDerivatives");
    assertTrue(source.contains("Reverse mode (the gradient in one sweep) of {@link p.Model#f(double, double)}, through its companion {@code f$adjoint}."), source);
    assertTrue(source.contains("<p>The product of x and the sine of y."), source);
    assertTrue(source.contains("@param grad receives the adjoints of x, y (+=), length >= 2"), source);
    assertTrue(source.contains("@param dy tangent (direction) of y"), source);
  }

  @Test
  void aMissingCompanionFailsEachCallWithTheCause() throws Exception {
    Class<?> facade = compiled.load("p.ShapesDerivatives");
    Method over = facade.getMethod("overTangent", double.class, double.class);
    for (int call = 0; call < 2; call++) {
      String message = cause(IllegalStateException.class, () -> over.invoke(null, 1.0, 1.0));
      assertEquals("p.Shapes.over$tangent(double,double)double does not exist: the Leibniz agent is not running. Start the JVM"
          + " with -javaagent:leibniz-agent.jar (Maven tests: surefire's <argLine>), or call"
          + " dev.leibniz.agent.Leibniz.install() before p.Shapes is loaded", message);
    }
  }

  static final String BLAS = """
      package p;
      import dev.leibniz.Differentiable;
      public class Blas {
        public interface Sized { int size(); }
        public interface Indexed { double get(int i); }
        public static final class Dense implements Sized, Indexed {
          public final double[] values;
          public Dense(double[] values) { this.values = values; }
          public int size() { return values.length; }
          public double get(int i) { return values[i]; }
        }
        @Differentiable static double dot(Dense x, Sized y) { return x.values[0] * ((Dense) y).values[0]; }
        public static double dot$tangent(Dense x, Dense dx, Sized y, Sized dy) {
          return dx.values[0] * ((Dense) y).values[0] + x.values[0] * ((Dense) dy).values[0];
        }
        @Differentiable static double first(Dense x, Indexed y) { return x.values[0] * y.get(0); }
        @Differentiable static double rows(Dense x, Sized[] ys) { return x.values[0] * ys.length; }
      }
      """;

  /**
   * A parameter declared with an interface that a class with shadows here implements ({@code Dense}:
   * the object-only input) carries a shadow slot, as in the agent (core.SlotTypes), also as an array's
   * element; where the interface has a double method of its own, whether the agent gives the slot
   * depends on whether the code calls it, which the processor cannot see: no facade, a note.
   */
  @Test
  void interfaceTypedParametersGetTheShadowSlotTheAgentGives() throws Exception {
    Compiled blas = Compiled.of(Map.of("p.Blas", BLAS));
    assertTrue(blas.success, blas.diagnostics);
    Class<?> dense = blas.load("p.Blas$Dense"), sized = blas.load("p.Blas$Sized");
    Class<?> facade = blas.load("p.BlasDerivatives");
    Method tangent = facade.getMethod("dotTangent", dense, dense, sized, sized);
    assertEquals(List.of("x", "dx", "y", "dy"), names(tangent));
    java.lang.reflect.Constructor<?> make = dense.getConstructor(double[].class);
    Object x = make.newInstance((Object) new double[] {3}), y = make.newInstance((Object) new double[] {-2});
    Object dx = make.newInstance((Object) new double[] {0.5}), dy = make.newInstance((Object) new double[] {4});
    assertEquals(0.5 * -2 + 3 * 4, (double) tangent.invoke(null, x, dx, y, dy), 0, "the shadow passed in its slot");
    facade.getMethod("dotAdjoint", dense, dense, sized, sized, double.class);
    java.lang.Class<?> rows = sized.arrayType();
    facade.getMethod("rowsTangent", dense, dense, rows, rows);
    assertTrue(Arrays.stream(facade.getMethods()).noneMatch(m -> m.getName().startsWith("first")), "no facade for first");
    assertTrue(blas.diagnostics.contains("no typed facade for p.Blas.first: its parameter y is declared with Indexed, which Dense"
        + " (a class with shadows here) implements: the agent gives it a shadow slot unless the differentiated code calls"
        + " Indexed's own double or float methods"), blas.diagnostics);
  }

  private static List<String> names(Method m) {
    return Arrays.stream(m.getParameters()).map(Parameter::getName).collect(Collectors.toCollection(ArrayList::new));
  }

  interface Call {
    void run() throws Exception;
  }

  private static String cause(Class<? extends Throwable> type, Call call) {
    InvocationTargetException e = assertThrows(InvocationTargetException.class, call::run);
    assertEquals(type, e.getCause().getClass(), () -> String.valueOf(e.getCause()));
    return e.getCause().getMessage();
  }
}
