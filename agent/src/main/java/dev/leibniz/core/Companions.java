package dev.leibniz.core;

import dev.leibniz.contract.CompanionContract;

/**
 * The generated-member vocabulary, in one place: companion names and descriptors per the public
 * contract ({@link CompanionContract}, which defines it for the agent, {@code Derivatives} and the
 * annotation processor alike), and the names of the private helpers generated into a class.
 */
public final class Companions {
  public static final String TANGENT = CompanionContract.TANGENT_SUFFIX;
  public static final String ADJOINT = CompanionContract.ADJOINT_SUFFIX;
  public static final String ANNOTATION = "Ldev/leibniz/Differentiable;";
  /** Prefix of the private static helpers (zeros, tape growth, array adjoints). */
  public static final String HELPER_PREFIX = "leibniz$";

  private Companions() {}

  public static String tangentName(String name) {
    return name + TANGENT;
  }

  public static String adjointName(String name) {
    return name + ADJOINT;
  }

  /** The private adjoint variant that may assume its array parameters are distinct arrays. */
  public static String distinctAdjointName(String name) {
    return name + ADJOINT + "$distinct";
  }

  /**
   * The name, in the calling class, of companion {@code companionName} of a method of class
   * {@code owner} that cannot hold it (see docs/architecture.md, "Companions of other classes"):
   * {@code leibniz$org_hipparchus_special_Gamma$logGamma$tangent}. The owner is mangled as JNI
   * does ({@code _} for {@code /}, {@code _1} for {@code _}), so distinct owners get distinct names.
   */
  public static String hostedName(String owner, String companionName) {
    return HELPER_PREFIX + owner.replace("_", "_1").replace('/', '_') + "$" + companionName;
  }

  /** A companion descriptor made static: the receiver of class {@code owner} becomes the first parameter. */
  public static String staticForm(String owner, String companionDesc) {
    return "(L" + owner + ";" + companionDesc.substring(1);
  }

  /** The descriptor of {@code m$tangent} for {@code m} of descriptor {@code desc} (see {@link CompanionContract#tangent}). */
  public static String tangentDesc(String desc) {
    return CompanionContract.tangent(desc).descriptor();
  }

  /** The descriptor of {@code m$adjoint} for {@code m} of descriptor {@code desc} (see {@link CompanionContract#adjoint}). */
  public static String adjointDesc(String desc) {
    return CompanionContract.adjoint(desc).descriptor();
  }

  /** How many differentiable scalar parameters (the length of the adjoint's scalar array). */
  public static int scalarCount(String desc) {
    return CompanionContract.scalarCount(desc);
  }
}
