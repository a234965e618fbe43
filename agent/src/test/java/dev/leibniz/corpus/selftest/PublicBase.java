package dev.leibniz.corpus.selftest;

/**
 * For the harness's own test: a public superclass whose constructor takes a package-private type, as H2O's
 * {@code Distribution(DistributionFamily, LinkFunction)} does; {@link SubclassOfPublicBase} is the entry.
 */
public abstract class PublicBase {
  final double scale;

  protected PublicBase(HiddenScale hidden) {
    this.scale = hidden.value();
  }
}

/** Package-private, as H2O's LinkFunction. */
class HiddenScale {
  double value() {
    return 3.0;
  }
}
