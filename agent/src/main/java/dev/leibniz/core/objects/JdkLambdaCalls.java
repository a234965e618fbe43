package dev.leibniz.core.objects;

import dev.leibniz.core.NotDifferentiable;
import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.lift.Inliner;
import dev.leibniz.core.lift.Lifter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * JDK methods given a lambda that captures numbers, whose JDK code cannot be inlined (it is the
 * JDK's, and streams are objects of the JDK's): the call is replaced by the body of the method of
 * {@link JdkLambdaModels} that computes the same thing, so that {@link LambdaCalls} then makes the
 * lambda its body: {@code Arrays.setAll(double[], IntToDoubleFunction)} (streams are {@link
 * StreamPipelines}'). Other JDK methods given such a lambda stay calls, and the activity analysis
 * refuses the lambda ({@link #advice} says how to rewrite them).
 */
final class JdkLambdaCalls {
  private static final String MODELS = Type.getInternalName(JdkLambdaModels.class);
  private static final String FUNCTION = "Ljava/util/function/IntToDoubleFunction;";

  private JdkLambdaCalls() {}

  /**
   * Splices the model of {@code call} (index {@code j} of {@code b}), a call given a lambda, when
   * it is one; true when the graph changed.
   */
  static boolean splice(Graph g, Block b, int j, Insn call, int maxGraph) {
    MethodRef m = call.method();
    if (m.owner().equals("java/util/Arrays") && m.name().equals("setAll") && m.desc().equals("([D" + FUNCTION + ")V")) {
      return spliceModel(g, b, j, "setAll", maxGraph);
    }
    return false;
  }

  private static boolean spliceModel(Graph g, Block b, int j, String name, int maxGraph) {
    Graph model = model(name);
    if (Inliner.size(g) + Inliner.size(model) > maxGraph) return false;
    Inliner.spliceCall(g, b, j, model);
    return true;
  }

  /** A fresh lifted graph of the model method {@code name}. */
  private static Graph model(String name) {
    ClassNode c = new ClassNode();
    try (InputStream in = JdkLambdaModels.class.getResourceAsStream("JdkLambdaModels.class")) {
      new ClassReader(in.readAllBytes()).accept(c, ClassReader.SKIP_FRAMES);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (MethodNode mn : c.methods) {
      if (mn.name.equals(name)) {
        try {
          return Lifter.lift(MODELS, mn);
        } catch (NotDifferentiable e) {
          throw new IllegalStateException("the model of " + name + " cannot be lifted: " + e.getMessage(), e);
        }
      }
    }
    throw new IllegalStateException("no model " + name);
  }

  /**
   * How to rewrite a call of JDK method {@code m} that a lambda capturing a value with a
   * derivative is given to (no model above), or null when {@code m} is no such JDK method.
   */
  static String advice(MethodRef m) {
    String owner = m.owner();
    if (owner.equals("java/util/Arrays")) {
      return "of Arrays' methods taking a function only setAll(double[], IntToDoubleFunction) is differentiated: write the loop,"
          + " e.g. `for (int i = 0; i < out.length; i++) out[i] = f(i);`";
    }
    return null;
  }
}
