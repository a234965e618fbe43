package dev.leibniz.corpus.h2o;

/*
 * Real-code corpus helper (test code only, see ../README.md).
 * Source: H2O-3 (h2oai/h2o-3 on GitHub, commit 08c8ef2d212ccf821f4c72c095e7de5f5cf92443),
 * h2o-genmodel/src/main/java/hex/genmodel/utils/DistributionFamily.java
 * Licence: Apache License 2.0 (h2o-3's LICENSE; "http://www.apache.org/licenses/LICENSE-2.0"). Distributed on an "AS
 * IS"
 * BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the enum.
 * Changes: package.
 */

/**
 * Used to be `hex.Distribution.Family`.
 * NOTE: The moving to hex.DistributionFamily is not possible without resolving dependencies between 
 * h2o-genmodel and h2o-algos project
 */
public enum DistributionFamily {
  AUTO,  // model-specific behavior
  bernoulli,
  quasibinomial,
  modified_huber,
  multinomial,
  ordinal,
  gaussian,
  poisson,
  gamma,
  tweedie,
  huber,
  laplace,
  quantile;
}
