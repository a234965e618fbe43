package dev.leibniz.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.Differentiable;
import dev.leibniz.contract.CompanionContract.Kind;
import dev.leibniz.core.Companions;
import dev.leibniz.core.forward.PatternBuilder;
import dev.leibniz.core.ir.Shadows;
import dev.leibniz.testing.Transformed;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One companion layout: every companion the agent generates has the descriptor that the contract
 * gives — as the agent computes it ({@link Companions#signature}, from which the builders create
 * their parameters) and as the user's side computes it from the loaded classes ({@link
 * Derivatives#companionType}, which the typed facades, {@code GradientCheck} and the helpers use)
 * — for every kind ({@code $tangent}, {@code $adjoint}, {@code $adjoint$tangent}, the vector
 * tangent {@code $tangents} and the sparsity companion {@code $pattern}, whose user side is
 * {@code SparseJacobian}'s handle), static and instance methods, objects with shadows and the receiver's
 * shadows of a {@code @Differentiable} class. A change of the contract changes all of them, or
 * this test fails.
 */
class CompanionLayoutTest {
  @ParameterizedTest
  @ValueSource(classes = {
      dev.leibniz.objects.fixtures.Spring.class, dev.leibniz.objects.fixtures.SecondOrderBody.class,
      dev.leibniz.objects.fixtures.NBody.class, dev.leibniz.objects.fixtures.LogReg.class,
      dev.leibniz.objects.fixtures.Matrix.class, dev.leibniz.objects.fixtures.Square.class,
      dev.leibniz.objects.fixtures.ObjectResults.class, dev.leibniz.objects.fixtures.Particle.class,
      dev.leibniz.secondorder.SecondOrderFunctions.class, dev.leibniz.vector.VectorFunctions.class,
      dev.leibniz.agent.fixtures.Functions.class})
  void everyGeneratedCompanionHasTheContractsDescriptor(Class<?> fixture) throws Exception {
    Class<?> c = Transformed.of(fixture).type;
    Shadows shadows = new Shadows(CompanionLayoutTest::marked, CompanionLayoutTest::root);
    List<String> seen = new ArrayList<>();
    for (Method m : c.getDeclaredMethods()) {
      Differentiable mark = mark(m);
      if (mark == null || m.isSynthetic()) continue;
      String desc = MethodType.methodType(m.getReturnType(), m.getParameterTypes()).toMethodDescriptorString();
      String owner = c.getName().replace('.', '/');
      boolean isStatic = Modifier.isStatic(m.getModifiers());
      for (Kind kind : Kind.values()) {
        if (kind == Kind.ADJOINT_TANGENT && mark.order() < 2) continue;
        String expected = Derivatives.companionType(kind, m).toMethodDescriptorString();
        assertEquals(expected, Companions.signature(kind, owner, isStatic, desc, shadows).descriptor(),
            "the agent's and the user's side of the contract for " + m);
        assertEquals(expected, companion(c, kind.companionName(m.getName()), expected), m + " " + kind);
        seen.add(m.getName() + kind.suffix);
      }
      if (mark.tangents()) {
        String expected = Derivatives.tangentsType(MethodType.methodType(m.getReturnType(), m.getParameterTypes()))
            .toMethodDescriptorString();
        assertEquals(expected, Companions.vectorTangentDesc(desc), m.toString());
        assertEquals(expected, companion(c, Companions.vectorTangentName(m.getName()), expected), m + " vector tangent");
        seen.add(m.getName() + CompanionContract.VECTOR_TANGENT_SUFFIX);
        String pattern = CompanionContract.patternDescriptor(desc);
        assertEquals(pattern, PatternBuilder.patternDesc(desc), "the sparsity builder's descriptor for " + m);
        assertEquals(pattern, companion(c, m.getName() + CompanionContract.PATTERN_SUFFIX, pattern), m + " sparsity companion");
        seen.add(m.getName() + CompanionContract.PATTERN_SUFFIX);
      }
    }
    assertTrue(!seen.isEmpty(), "no @Differentiable method in " + fixture);
  }

  /** The descriptor of the generated method {@code name} that has descriptor {@code expected}, else all of that name. */
  private static String companion(Class<?> c, String name, String expected) {
    List<String> found = new ArrayList<>();
    for (Method g : c.getDeclaredMethods()) {
      if (g.getName().equals(name)) {
        String d = MethodType.methodType(g.getReturnType(), g.getParameterTypes()).toMethodDescriptorString();
        if (d.equals(expected)) return d;
        found.add(d);
      }
    }
    return name + " " + found;
  }

  /** {@code m}'s mark, or that of the method it overrides (an override gets companions too). */
  private static Differentiable mark(Method m) {
    for (Class<?> k = m.getDeclaringClass(); k != null; k = k.getSuperclass()) {
      try {
        Differentiable d = k.getDeclaredMethod(m.getName(), m.getParameterTypes()).getAnnotation(Differentiable.class);
        if (d != null) return d;
      } catch (NoSuchMethodException e) {
        // not declared here: look further up
      }
    }
    return null;
  }

  private static boolean marked(String internalName) {
    Class<?> k = load(internalName);
    return k != null && k.isAnnotationPresent(Differentiable.class);
  }

  /** The highest annotated superclass (README, "Objects"). */
  private static String root(String internalName) {
    String root = internalName;
    for (Class<?> k = load(internalName); k != null; k = k.getSuperclass()) {
      if (k.getDeclaredAnnotation(Differentiable.class) != null) root = k.getName().replace('.', '/');
    }
    return root;
  }

  private static Class<?> load(String internalName) {
    try {
      return Class.forName(internalName.replace('/', '.'), false, CompanionLayoutTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      return null;
    }
  }
}
