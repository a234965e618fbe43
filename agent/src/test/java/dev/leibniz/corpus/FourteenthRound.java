package dev.leibniz.corpus;

import static dev.leibniz.corpus.Entry.args;
import static dev.leibniz.corpus.Entry.construct;
import static dev.leibniz.corpus.Entry.correct;
import static dev.leibniz.corpus.Entry.fresh;
import static dev.leibniz.corpus.Entry.refused;

import dev.leibniz.corpus.ignite.AbstractLSQR;
import dev.leibniz.corpus.ignite.Activators;
import dev.leibniz.corpus.ignite.LogLoss;
import dev.leibniz.corpus.ignite.MSEImpurityMeasure;
import dev.leibniz.corpus.ignite.MeanValuePredictionsAggregator;
import dev.leibniz.corpus.ignite.WeightedPredictionsAggregator;
import dev.leibniz.corpus.systemds.Builtin;
import dev.leibniz.corpus.systemds.KahanObject;
import dev.leibniz.corpus.systemds.KahanPlus;
import dev.leibniz.corpus.systemds.Mean;
import dev.leibniz.corpus.systemds.MinusMultiply;
import dev.leibniz.corpus.systemds.Power;
import java.util.List;
import java.util.function.Function;

/**
 * The fourteenth round of the corpus table: 18 methods from two projects not seen before, both Apache-2.0 — Apache
 * SystemDS' value function objects (a builtin's switch on the receiver's enum field calling Commons Math 3's FastMath,
 * singletons with a constant held in a field, Kahan's compensated sum written into an argument object's public fields,
 * a running mean handing its step to a held KahanPlus) and Apache Ignite's ML module (the boosting log loss and its
 * gradient through an interface, a tree's variance impurity from receiver fields with long counts, LSQR's Givens
 * rotation returning a new array, activation functions as anonymous classes returning a boxed Double, prediction
 * aggregators over held weights or through a stream reduce with a method reference). Kept apart from {@link Corpus}
 * so that rounds merge without conflicts; {@link Corpus#entries()} appends it.
 */
final class FourteenthRound {
  private FourteenthRound() {}

  /** A Builtin made by its factory {@code getBuiltinFnObject(String)} on the transformed class, as SystemDS does. */
  private static Function<Class<?>, Object> builtin(String name) {
    return c -> {
      try {
        return c.getMethod("getBuiltinFnObject", String.class).invoke(null, name);
      } catch (ReflectiveOperationException e) {
        throw new AssertionError("cannot make the builtin " + name, e);
      }
    };
  }

  static List<Entry> entries() {
    return List.of(
        // Apache SystemDS, value function objects (Apache-2.0)
        correct("systemds/Builtin.execute(sigmoid)", Builtin.class, "execute", args(0.7), args(-2.1))
            .on(builtin("sigmoid")),
        correct("systemds/Builtin.execute(plogp)", Builtin.class, "execute", args(0.4), args(2.5))
            .on(builtin("plogp")),
        correct("systemds/Builtin.execute(tanh)", Builtin.class, "execute", args(0.3), args(-1.2))
            .on(builtin("tanh")),
        correct("systemds/Builtin.execute(asin)", Builtin.class, "execute", args(0.3), args(-0.8))
            .on(builtin("asin")),
        correct("systemds/Power.execute", Power.class, "execute", args(1.7, 2.3), args(0.4, -1.5)).on(construct()),
        correct("systemds/MinusMultiply.execute", MinusMultiply.class, "execute", args(1.7, 2.3)).on(construct(2.5)),
        // in1.set(sum, correction - (sum - in1._sum)): an overridable setter of a class nobody annotated, dispatched
        // (CalleeOracle.mutator); the KahanObject is made afresh for each call, which writes it
        correct("systemds/KahanPlus.execute2", KahanPlus.class, "execute2",
                args(fresh(() -> new KahanObject(1.5, 1e-3)), 0.7), args(fresh(() -> new KahanObject(-0.2, 0.0)), 2.5))
            .on(construct()),
        correct("systemds/Mean.execute2", Mean.class, "execute2",
                args(fresh(() -> new KahanObject(1.5, 1e-3)), 0.7, 3.0))
            .on(construct())
            .with(KahanPlus.class),

        // Apache Ignite, ML module (Apache-2.0)
        correct("ignite/LogLoss.error", LogLoss.class, "error", args(5L, 0.3, 0.6), args(5L, 1.0, 0.2))
            .on(construct()),
        correct("ignite/LogLoss.gradient", LogLoss.class, "gradient", args(5L, 0.3, 0.6), args(5L, 1.0, 0.2))
            .on(construct()),
        correct("ignite/MSEImpurityMeasure.impurity", MSEImpurityMeasure.class, "impurity", args())
            .on(construct(1.2, 3.5, 3L, -0.4, 2.0, 2L)),
        correct("ignite/AbstractLSQR.symOrtho", AbstractLSQR.class, "symOrtho", args(3.0, 4.0), args(4.0, -1.5),
            args(-2.0, 0.5)),
        correct("ignite/Activators.SIGMOID.apply", Activators.SIGMOID.getClass(), "apply", args(0.7),
                args(-2.1))
            .on(construct()),
        refused("ignite/Activators.SIGMOID.differential", Activators.SIGMOID.getClass(), "differential",
                "its callee SIGMOID.apply has a Double result, whose derivative a call does not carry yet (the call's result is unboxed)", args(0.7),
                args(-2.1))
            .on(construct()),
        correct("ignite/Activators.RELU.apply", Activators.RELU.getClass(), "apply", args(0.7),
                args(-2.1))
            .on(construct()),
        correct("ignite/WeightedPredictionsAggregator.apply", WeightedPredictionsAggregator.class, "apply",
                args(new double[] {0.9, -0.4, 1.3}))
            .on(construct(new double[] {0.5, -1.2, 0.8}, 0.3)),
        correct("ignite/MeanValuePredictionsAggregator.apply", MeanValuePredictionsAggregator.class, "apply",
                args(new double[] {0.9, -0.4, 1.3, 2.2}))
            .on(construct()));
  }
}
