package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.leibniz.Derivatives;
import dev.leibniz.contract.CompanionContract;
import dev.leibniz.objects.fixtures.Dataset;
import dev.leibniz.objects.fixtures.LogReg;
import dev.leibniz.objects.fixtures.held.Smoother;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * {@code Derivatives.zeroShadow(primal, companionsOf)} copies an object found in a field whose only
 * state is a final {@code double[]} only when the agent gave its class shadows in {@code
 * companionsOf}'s companions (they write it: a work buffer), never a read-only data holder: a model
 * holding a large training set must not allocate another one per zero shadow (the instance gradient
 * makes one per call, for the method's class). The agent's decision is read from the transformed
 * class ({@link CompanionContract#SHADOW_CLASSES_METHOD}). Plain {@code zeroShadow} copies it (a
 * companion of another class may write it: {@code HolderWrittenElsewhereTest}).
 */
class ReadOnlyHolderShadowTest {
  static final Transformed LOGREG = Transformed.of(LogReg.class, true);
  static final Transformed SMOOTHER = Transformed.of(Smoother.class, true);

  static String shadowClasses(Class<?> transformed) throws Exception {
    Method m = transformed.getDeclaredMethod(CompanionContract.SHADOW_CLASSES_METHOD);
    m.setAccessible(true);
    return (String) m.invoke(null);
  }

  @Test
  void theTransformedClassListsTheClassesItsCompanionsWrite() throws Exception {
    assertEquals("", shadowClasses(LOGREG.type), "LogReg only reads its Dataset");
    assertEquals(dev.leibniz.objects.fixtures.held.Buffer.class.getName(), shadowClasses(SMOOTHER.type));
  }

  @Test
  void aLargeReadOnlyFinalArrayHeldByAShadowedModelIsNotCopied() throws Exception {
    double[][] x = {new double[1 << 22]}; // 32 MB read by the model, never written
    Dataset data = new Dataset(x, new double[] {1});
    Object model = LOGREG.type.getConstructor(Dataset.class, int.class).newInstance(data, 1 << 22);
    Object shadow = Derivatives.zeroShadow(model, LOGREG.type);
    assertNull(LOGREG.type.getField("data").get(shadow), "the read-only data holder gets no shadow for LogReg's companions");
    double[] w = (double[]) LOGREG.type.getField("w").get(model);
    double[] dw = (double[]) LOGREG.type.getField("w").get(shadow);
    assertNotNull(dw, "the weights, written by nobody but differentiable, still get their zero array");
    assertNotSame(w, dw);
    assertEquals(w.length, dw.length);
  }

  /** Without the companions' class, a companion of another class may write the holder: it is copied. */
  @Test
  void forAnyCompanionTheReadOnlyHolderIsCopied() throws Exception {
    Dataset data = new Dataset(new double[][] {{1, 2}}, new double[] {1});
    Object model = LOGREG.type.getConstructor(Dataset.class, int.class).newInstance(data, 2);
    Object copy = LOGREG.type.getField("data").get(Derivatives.zeroShadow(model));
    assertNotNull(copy);
    assertNotSame(data, copy);
  }

  @Test
  void aWorkBufferTheCompanionsWriteIsStillCopied() throws Exception {
    Object model = SMOOTHER.type.getConstructor(int.class, double.class).newInstance(8, 1.5);
    Object shadow = Derivatives.zeroShadow(model);
    Object buffer = SMOOTHER.type.getField("work").get(model);
    Object copy = SMOOTHER.type.getField("work").get(shadow);
    assertNotNull(copy);
    assertNotSame(buffer, copy);
    assertNotSame(buffer.getClass().getField("v").get(buffer), copy.getClass().getField("v").get(copy));
  }
}
