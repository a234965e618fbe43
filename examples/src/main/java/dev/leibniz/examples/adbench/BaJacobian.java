package dev.leibniz.examples.adbench;

import dev.leibniz.Derivatives;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.util.Arrays;

/**
 * The sparse Jacobian of the bundle-adjustment residuals through the generated companions of {@link
 * Ba#residual} and {@link Ba#weightError}, as ADBench lays it out in CSR order: for each
 * observation {@code i}, rows {@code 2i} and {@code 2i+1} with 15 nonzeros each (11 camera, 3
 * point, 1 weight column, in that column order), then one row per observation holding {@code
 * d(w_err)/dw}.
 */
public final class BaJacobian {
  /** Nonzeros in each reprojection-error row: 11 camera, 3 point, 1 weight. */
  public static final int BLOCK_WIDTH = BaInput.CAMERA_SIZE + 3 + 1;

  private static final Class<?>[] RESIDUAL = {
    double[].class, double[].class, double.class, double[].class, double[].class
  };

  private BaJacobian() {}

  /** {@code residual$tangent}, per the contract. */
  public static MethodHandle residualTangent() {
    return Derivatives.tangent(MethodHandles.lookup(), Ba.class, "residual", RESIDUAL);
  }

  /** {@code residual$adjoint}, per the contract. */
  public static MethodHandle residualAdjoint() {
    return Derivatives.adjoint(MethodHandles.lookup(), Ba.class, "residual", RESIDUAL);
  }

  /**
   * {@code residual$adjoints} ({@code @Differentiable(adjoints = true)}): {@code (cam, camBars, X,
   * XBars, w, feat, featBars, err, errBars, wBars, k)}, each {@code ...Bars} k rows, one forward
   * sweep and k reverse sweeps.
   */
  public static MethodHandle residualAdjoints() {
    try {
      return MethodHandles.lookup().findStatic(Ba.class, "residual" + dev.leibniz.contract.CompanionContract.VECTOR_ADJOINT_SUFFIX,
          java.lang.invoke.MethodType.fromMethodDescriptorString(
              dev.leibniz.contract.CompanionContract.vectorAdjointDescriptor("([D[DD[D[D)V"), BaJacobian.class.getClassLoader()));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("no residual$adjoints (run with the agent)", e);
    }
  }

  /**
   * {@code residual$adjointsSet}: {@link #residualAdjoints()}'s layout, each row of {@code camBars},
   * {@code XBars}, {@code featBars} and {@code wBars} overwritten ({@code =}) rather than added into,
   * so the caller need not zero them; {@code errBars} holds the seeds as there.
   */
  public static MethodHandle residualAdjointsSet() {
    try {
      return MethodHandles.lookup().findStatic(Ba.class, "residual" + dev.leibniz.contract.CompanionContract.VECTOR_ADJOINT_SET_SUFFIX,
          java.lang.invoke.MethodType.fromMethodDescriptorString(
              dev.leibniz.contract.CompanionContract.vectorAdjointDescriptor("([D[DD[D[D)V"), BaJacobian.class.getClassLoader()));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("no residual$adjointsSet (run with the agent)", e);
    }
  }

  /**
   * {@code residual$adjointsInto}: {@link #residualAdjointsSet()}'s rows, each a slice of a flat
   * array: {@code (cam, camBar, camAt, camStride, X, XBar, XAt, XStride, w, feat, featBar, featAt,
   * featStride, err, errBar, errAt, errStride, wBar, wAt, wStride, k)}, row d of each from {@code at +
   * d·stride}; so the camera's, the point's and the weight's rows can be written straight into the
   * CSR values (at {@code 30i}, {@code 30i + 11}, {@code 30i + 14}, stride 15).
   */
  public static MethodHandle residualAdjointsInto() {
    try {
      return MethodHandles.lookup().findStatic(Ba.class, "residual" + dev.leibniz.contract.CompanionContract.VECTOR_ADJOINT_INTO_SUFFIX,
          java.lang.invoke.MethodType.fromMethodDescriptorString(
              dev.leibniz.contract.CompanionContract.vectorAdjointIntoDescriptor("([D[DD[D[D)V"), BaJacobian.class.getClassLoader()));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("no residual$adjointsInto (run with the agent)", e);
    }
  }

  /** {@code weightError$tangent}, per the contract. */
  public static MethodHandle weightErrorTangent() {
    return Derivatives.tangent(MethodHandles.lookup(), Ba.class, "weightError", double.class);
  }

  /** {@code weightError$adjoint}, per the contract. */
  public static MethodHandle weightErrorAdjoint() {
    return Derivatives.adjoint(MethodHandles.lookup(), Ba.class, "weightError", double.class);
  }

  /**
   * All nonzeros, in CSR order, from one residual tangent per block column (15 per observation).
   */
  public static double[] byTangent(
      MethodHandle residualTangent, MethodHandle weightErrorTangent, BaInput in) throws Throwable {
    int p = in.observationCount();
    double[] vals = new double[2 * BLOCK_WIDTH * p + p];
    for (int i = 0; i < p; i++) {
      double[] cam = in.cams()[in.obsCamera()[i]];
      double[] x = in.points()[in.obsPoint()[i]];
      double w = in.weights()[i];
      double[] feat = in.features()[i];
      double[] dcam = new double[cam.length];
      double[] dx = new double[x.length];
      double[] dfeat = new double[feat.length];
      double[] err = new double[2];
      double[] derr = new double[2];
      for (int col = 0; col < BLOCK_WIDTH; col++) {
        double dw = 0;
        if (col < BaInput.CAMERA_SIZE) {
          dcam[col] = 1;
        } else if (col < BLOCK_WIDTH - 1) {
          dx[col - BaInput.CAMERA_SIZE] = 1;
        } else {
          dw = 1;
        }
        derr[0] = 0;
        derr[1] = 0;
        residualTangent.invokeExact(cam, dcam, x, dx, w, dw, feat, dfeat, err, derr);
        vals[2 * BLOCK_WIDTH * i + col] = derr[0];
        vals[2 * BLOCK_WIDTH * i + BLOCK_WIDTH + col] = derr[1];
        Arrays.fill(dcam, 0);
        Arrays.fill(dx, 0);
      }
      vals[2 * BLOCK_WIDTH * p + i] = (double) weightErrorTangent.invokeExact(w, 1.0);
    }
    return vals;
  }

  /**
   * All nonzeros, in CSR order, from one residual adjoint per row (2 per observation); the
   * adjoint buffers are allocated once and zeroed before each row.
   */
  public static double[] byAdjoint(
      MethodHandle residualAdjoint, MethodHandle weightErrorAdjoint, BaInput in) throws Throwable {
    int p = in.observationCount();
    return byAdjoint(residualAdjoint, weightErrorAdjoint, in, new double[2 * BLOCK_WIDTH * p + p]);
  }

  /**
   * {@link #byAdjoint(MethodHandle, MethodHandle, BaInput)} writing into {@code vals} (length
   * {@code 31p}), which it returns. The adjoint of {@code feat}, which nobody wants, goes to one
   * scratch array per Jacobian, zeroed before each row: a null there would make each adjoint call
   * allocate a zero array for it (2 MB per Jacobian).
   */
  public static double[] byAdjoint(
      MethodHandle residualAdjoint, MethodHandle weightErrorAdjoint, BaInput in, double[] vals) throws Throwable {
    int p = in.observationCount();
    double[] camBar = new double[BaInput.CAMERA_SIZE];
    double[] xBar = new double[3];
    double[] err = new double[2];
    double[] errBar = new double[2];
    double[] wBar = new double[1];
    double[] featBar = new double[2];
    for (int i = 0; i < p; i++) {
      double[] cam = in.cams()[in.obsCamera()[i]];
      double[] x = in.points()[in.obsPoint()[i]];
      double w = in.weights()[i];
      double[] feat = in.features()[i];
      if (featBar.length != feat.length) featBar = new double[feat.length];
      for (int row = 0; row < 2; row++) {
        Arrays.fill(camBar, 0);
        Arrays.fill(xBar, 0);
        Arrays.fill(featBar, 0);
        wBar[0] = 0;
        errBar[row] = 1;
        errBar[1 - row] = 0;
        residualAdjoint.invokeExact(cam, camBar, x, xBar, w, feat, featBar, err, errBar, wBar);
        int at = 2 * BLOCK_WIDTH * i + BLOCK_WIDTH * row;
        System.arraycopy(camBar, 0, vals, at, camBar.length);
        System.arraycopy(xBar, 0, vals, at + camBar.length, xBar.length);
        vals[at + BLOCK_WIDTH - 1] = wBar[0];
      }
      wBar[0] = 0;
      double wErr = (double) weightErrorAdjoint.invokeExact(w, 1.0, wBar);
      vals[2 * BLOCK_WIDTH * p + i] = wBar[0];
    }
    return vals;
  }
}
