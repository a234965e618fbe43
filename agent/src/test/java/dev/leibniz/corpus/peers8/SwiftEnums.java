package dev.leibniz.corpus.peers8;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The eighth peer round"): the payload enums of the Swift
 * compiler's test/AutoDiff/validation-test/control_flow.swift (swiftlang/swift at commit 44c27935, testset Enums;
 * Apache-2.0 with the Runtime Library Exception; written here in Java) as sealed interfaces with records: passive
 * values (the test's enums carry no derivative), in their own class so that the test's instances are the entry's.
 */

public final class SwiftEnums {
  private SwiftEnums() {}

  /** Swift's `enum Enum { case a(Float); case b(Float, Float) }`. */
  public sealed interface Choice permits A, B {}

  public record A(float a) implements Choice {}

  public record B(float b1, float b2) implements Choice {}

  /** Swift's `indirect enum Indirect { case e(Float, Enum); case indirect(Indirect) }`. */
  public sealed interface Indirect permits E, Wrapped {}

  public record E(float f, Choice e) implements Indirect {}

  public record Wrapped(Indirect inner) implements Indirect {}
}
