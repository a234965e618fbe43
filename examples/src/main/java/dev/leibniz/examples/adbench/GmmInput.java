package dev.leibniz.examples.adbench;

import java.nio.file.Path;

/**
 * One GMM instance in ADBench's file format: {@code d k n}, {@code k} alphas, {@code k} rows of
 * {@code d} means, {@code k} rows of {@code d(d+1)/2} icf values, {@code n} rows of {@code d} point
 * coordinates, and {@code gamma m}.
 *
 * @param alphas the {@code k} mixture weights (log, unnormalised)
 * @param means the {@code k*d} means, component-major
 * @param icf the {@code k*d(d+1)/2} inverse-covariance factors
 * @param x the {@code n*d} points, point-major
 * @param gamma the Wishart prior's gamma
 * @param m the Wishart prior's degrees of freedom offset
 */
public record GmmInput(
    int d,
    int k,
    int n,
    double[] alphas,
    double[] means,
    double[] icf,
    double[] x,
    double gamma,
    int m) {

  /** Reads every point from the file (no replication, as for {@code test.txt} and {@code 1k/}). */
  public static GmmInput read(Path file) {
    Tokens in = Tokens.of(file);
    int d = in.nextInt();
    int k = in.nextInt();
    int n = in.nextInt();
    double[] alphas = in.nextDoubles(k);
    double[] means = in.nextDoubles(k * d);
    double[] icf = in.nextDoubles(k * (d * (d + 1) / 2));
    double[] x = in.nextDoubles(n * d);
    double gamma = in.nextDouble();
    int m = in.nextInt();
    return new GmmInput(d, k, n, alphas, means, icf, x, gamma, m);
  }

  /** The number of differentiated parameters: {@code k(1 + d + d(d+1)/2)}. */
  public int parameterCount() {
    return alphas.length + means.length + icf.length;
  }

  /** The objective at this instance's parameters. */
  public double objective() {
    return Gmm.objective(alphas, means, icf, x, d, k, n, gamma, m);
  }
}
