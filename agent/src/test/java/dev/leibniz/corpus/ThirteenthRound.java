package dev.leibniz.corpus;

import static dev.leibniz.corpus.Entry.args;
import static dev.leibniz.corpus.Entry.construct;
import static dev.leibniz.corpus.Entry.correct;
import static dev.leibniz.corpus.Entry.refused;

import dev.leibniz.corpus.hivemall.KLDivergenceUDF;
import dev.leibniz.corpus.hivemall.LossFunctions;
import dev.leibniz.corpus.hivemall.LossFunctions.EpsilonInsensitiveLoss;
import dev.leibniz.corpus.hivemall.LossFunctions.HuberLoss;
import dev.leibniz.corpus.hivemall.LossFunctions.ModifiedHuberLoss;
import dev.leibniz.corpus.hivemall.LossFunctions.QuantileLoss;
import dev.leibniz.corpus.hivemall.LossFunctions.SquaredLoss;
import dev.leibniz.corpus.hivemall.MathUtils;
import dev.leibniz.corpus.hivemall.MatrixUtils;
import dev.leibniz.corpus.hivemall.MovingAverage;
import dev.leibniz.corpus.hivemall.SDAR1D;
import dev.leibniz.corpus.hivemall.StatsUtils;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;

/**
 * The thirteenth round of the corpus table: 25 methods from Apache Hivemall (Apache-2.0), a project not seen before —
 * the loss functions of its optimizers (an interface with abstract bases, float parameters held in fields), its
 * MathUtils (a clamped sigmoid, Giles' inverse erf, a float norm), StatsUtils (probit through inverseErf, the normal
 * density and log loss, the Hellinger distance, a chi-square statistic calling Commons Math 3), MatrixUtils
 * (Levinson-Durbin and Burg recursions writing a coefficient array and returning a new one, a Toeplitz matrix, the power
 * method through Commons Math 3's RealMatrix), the KL divergence of two normals, a moving average over a held ring
 * buffer and ChangeFinder's SDAR1D model (receiver arrays, a call to the marked MatrixUtils.aryule). Kept apart from
 * {@link Corpus} so that rounds merge without conflicts; {@link Corpus#entries()} appends it.
 */
final class ThirteenthRound {
  private ThirteenthRound() {}

  /** A MovingAverage of window {@code window} made by its constructor, then given {@code values} through add(double). */
  private static Function<Class<?>, Object> averaged(int window, double... values) {
    return c -> {
      Object average = construct(window).apply(c);
      try {
        var add = c.getMethod("add", double.class);
        for (double v : values) add.invoke(average, v);
      } catch (ReflectiveOperationException e) {
        throw new AssertionError("cannot add to " + c.getName(), e);
      }
      return average;
    };
  }

  /** An SDAR1D (r = 0.3, k = 2) made by its constructor, then given each series of {@code xs} through update(x, 2). */
  private static Function<Class<?>, Object> updated(double[]... xs) {
    return c -> {
      Object model = construct(0.3, 2).apply(c);
      try {
        var update = c.getMethod("update", double[].class, int.class);
        for (double[] x : xs) update.invoke(model, x.clone(), 2);
      } catch (ReflectiveOperationException e) {
        throw new AssertionError("cannot update " + c.getName(), e);
      }
      return model;
    };
  }

  /** MatrixUtils.power1 iterates x = AtA.operate(x) on a Commons Math 3 ArrayRealVector made from x0. */
  static final String POWER_VECTOR = "an active array passed to the constructor of a library object merged in a loop"
      + " (RealVector x = new ArrayRealVector(x0); x = AtA.operate(x) in the loop: Commons Math 3, not @Differentiable)";

  static List<Entry> entries() {
    return List.of(
        // Apache Hivemall, loss functions (Apache-2.0)
        correct("hivemall/SquaredLoss.loss", SquaredLoss.class, "loss", args(0.7, -0.4)).on(construct()),
        correct("hivemall/QuantileLoss.loss", QuantileLoss.class, "loss", args(0.2, 0.9), args(1.1, 0.4))
            .on(construct(0.3f)),
        correct("hivemall/EpsilonInsensitiveLoss.loss", EpsilonInsensitiveLoss.class, "loss", args(0.2f, 0.9f),
                args(0.9f, 0.2f), args(0.5f, 0.55f))
            .on(construct(0.1f)),
        correct("hivemall/HuberLoss.loss", HuberLoss.class, "loss", args(0.3, -0.2), args(2.5, -0.2), args(-2.5, 0.3))
            .on(construct(1.0f)),
        correct("hivemall/HuberLoss.dloss", HuberLoss.class, "dloss", args(0.3f, -0.2f), args(2.5f, -0.2f))
            .on(construct(1.0f)),
        correct("hivemall/LossFunctions.epsilonInsensitiveLoss", LossFunctions.class, "epsilonInsensitiveLoss",
            args(0.2f, 0.9f, 0.1f), args(0.9f, 0.2f, 0.3f)),
        correct("hivemall/ModifiedHuberLoss.loss", ModifiedHuberLoss.class, "loss", args(0.4, 1.0), args(0.8, -1.5))
            .on(construct()),
        correct("hivemall/LossFunctions.logisticLoss", LossFunctions.class, "logisticLoss", args(1.0f, 0.6f),
                args(0.0f, -1.3f))
            .with(MathUtils.class),

        // Apache Hivemall, MathUtils
        correct("hivemall/MathUtils.sigmoid", MathUtils.class, "sigmoid", args(0.7), args(-2.1), args(30.0)),
        correct("hivemall/MathUtils.logit", MathUtils.class, "logit", args(0.3, 1.0, 0.0), args(0.6, 2.0, -1.0)),
        correct("hivemall/MathUtils.inverseErf", MathUtils.class, "inverseErf", args(0.3), args(-0.7), args(0.95)),
        correct("hivemall/MathUtils.l2norm", MathUtils.class, "l2norm", args(new float[] {0.5f, -1.2f, 0.8f})),

        // Apache Hivemall, StatsUtils (calls Commons Math 3)
        correct("hivemall/StatsUtils.probit", StatsUtils.class, "probit", args(0.3, 5.0), args(0.8, 0.5),
                args(0.1, 0.5))
            .with(MathUtils.class),
        correct("hivemall/StatsUtils.pdf", StatsUtils.class, "pdf", args(0.4, 0.1, 0.8)),
        correct("hivemall/StatsUtils.logLoss", StatsUtils.class, "logLoss", args(0.4, 0.1, 0.8), args(-1.0, 0.5, 2.0)),
        correct("hivemall/StatsUtils.hellingerDistance", StatsUtils.class, "hellingerDistance",
            args(0.2, 1.5, -0.4, 0.7)),
        correct("hivemall/StatsUtils.chiSquare", StatsUtils.class, "chiSquare",
            args(new double[] {3.2, 5.1, 6.4}, new double[] {4.0, 5.0, 6.0})),

        // Apache Hivemall, MatrixUtils (autoregression, Toeplitz, power method)
        correct("hivemall/MatrixUtils.aryule", MatrixUtils.class, "aryule",
            args(new double[] {2.0, 0.8, 0.3, 0.1}, new double[4], 3)),
        correct("hivemall/MatrixUtils.arburg", MatrixUtils.class, "arburg",
            args(new double[] {0.5, -1.2, 0.8, 2.0, 0.3, -0.4}, new double[3], 2)),
        correct("hivemall/MatrixUtils.toeplitz", MatrixUtils.class, "toeplitz", args(new double[] {1.0, 0.5, 0.25})),
        refused("hivemall/MatrixUtils.power1", MatrixUtils.class, "power1", POWER_VECTOR,
            args(new Array2DRowRealMatrix(new double[][] {{2.0, 1.0}, {1.0, 3.0}, {0.5, 0.2}}),
                new double[] {1.0, 0.4}, 3, new double[3], new double[2])),

        // Apache Hivemall, KL divergence and moving average
        correct("hivemall/KLDivergenceUDF.kld", KLDivergenceUDF.class, "kld", args(0.3, 1.2, -0.5, 0.8)),
        correct("hivemall/MovingAverage.add", MovingAverage.class, "add", args(0.9), args(-1.4))
            .on(averaged(3, 0.5, 1.5, -0.2)),

        // Apache Hivemall, ChangeFinder's sequentially discounting AR model
        correct("hivemall/SDAR1D.update", SDAR1D.class, "update", args(new double[] {0.9, 0.4, -0.3}, 2),
                args(new double[] {-0.5, 1.1, 0.2}, 2))
            .on(updated(new double[] {0.2, 0.0, 0.0}, new double[] {0.6, 0.2, 0.0}, new double[] {-0.1, 0.6, 0.2},
                new double[] {0.7, -0.1, 0.6}))
            .with(MatrixUtils.class),
        correct("hivemall/SDAR1D.logLoss", SDAR1D.class, "logLoss", args(0.4, 0.1), args(-1.0, 0.5))
            .on(updated(new double[] {0.2, 0.0, 0.0}, new double[] {0.6, 0.2, 0.0}, new double[] {-0.1, 0.6, 0.2},
                new double[] {0.7, -0.1, 0.6}))
            .with(StatsUtils.class));
  }
}
