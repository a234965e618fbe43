package dev.leibniz.corpus.h2o;

/*
 * Real-code corpus helper (test code only, see ../README.md): a stand-in written for the corpus, NOT H2O's hex.Model.
 * It holds only the three fields of hex.Model.Parameters that hex.Distribution's constructors read (_tweedie_power,
 * _quantile_alpha, _distribution), so that TweedieDistribution, HuberDistribution and QuantileDistribution can be built
 * as in H2O.
 */
public final class Model {
  private Model() {}

  public static final class Parameters {
    public double _tweedie_power = 1.5;
    public double _quantile_alpha = 0.5;
    public DistributionFamily _distribution = DistributionFamily.AUTO;

    public Parameters(DistributionFamily distribution, double tweediePower, double quantileAlpha) {
      _distribution = distribution;
      _tweedie_power = tweediePower;
      _quantile_alpha = quantileAlpha;
    }
  }
}
