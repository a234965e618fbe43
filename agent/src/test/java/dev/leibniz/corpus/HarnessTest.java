package dev.leibniz.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.corpus.Classifier.Subject;
import dev.leibniz.corpus.Entry.Status;
import dev.leibniz.corpus.selftest.ByHand;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The corpus harness itself, on companions written by hand (no core involved): it must call every
 * contract signature right (scalar and array inputs, an array both read and overwritten, a scalar
 * adjoint array) and must report each kind of wrong companion as WRONG.
 */
class HarnessTest {
  private static Outcome classify(Class<?> type, List<String> diagnostics) {
    Entry e = Entry.correct("selftest/" + type.getSimpleName(), type, "f", Entry.args(0.7, new double[] {1.5, -0.4, 9.0}));
    return Classifier.classify(e, c -> new Subject(c, diagnostics));
  }

  @Test
  void rightCompanionsAreCorrect() {
    Outcome o = classify(ByHand.Right.class, List.of());
    assertEquals(Status.CORRECT, o.status(), o.detail());
  }

  @Test
  void anEntryImplementingAGenericInterfaceIsCheckedAtItsOwnSignatureNotAtItsBridge() {
    // Smile's kernels: javac copies @Differentiable onto the bridge k(Object, Object), which has no companions;
    // taking the bridge for the entry counted eight CORRECT entries as "no companion and no diagnostic"
    Class<?> type = ByHand.RightThroughGenericInterface.class;
    assertEquals(2, java.util.Arrays.stream(type.getDeclaredMethods())
        .filter(m -> m.isAnnotationPresent(dev.leibniz.Differentiable.class)).count(), "javac copies the annotation");
    assertFalse(Classifier.entryMethod(type, "f").isBridge());
    Entry e = Entry.correct("selftest/RightThroughGenericInterface", type, "f",
        Entry.args(0.7, new double[] {1.5, -0.4, 9.0})).on(Entry.construct());
    Outcome o = Classifier.classify(e, c -> new Subject(c, List.of()));
    assertEquals(Status.CORRECT, o.status(), o.detail());
  }

  @Test
  void aWrongTangentIsWrong() {
    Outcome o = classify(ByHand.WrongTangent.class, List.of());
    assertEquals(Status.WRONG, o.status(), o.detail());
    assertTrue(o.detail().startsWith("tangent"), o.detail());
  }

  @Test
  void aWrongAdjointIsWrong() {
    Outcome o = classify(ByHand.WrongAdjoint.class, List.of());
    assertEquals(Status.WRONG, o.status(), o.detail());
    assertTrue(o.detail().startsWith("adjoint"), o.detail());
  }

  @Test
  void aFloatAdjointSlightlyOffIsWrongDespiteTheRoundingAllowance() {
    Entry e = Entry.correct("selftest/FloatSlightlyWrongAdjoint", ByHand.FloatSlightlyWrongAdjoint.class, "f", Entry.args(0.7f, 1.3f));
    Outcome o = Classifier.classify(e, c -> new Subject(c, List.of()));
    assertEquals(Status.WRONG, o.status(), o.detail());
    assertTrue(o.detail().startsWith("dot-product test"), o.detail());
  }

  @Test
  void aDoubleSumOfCancellingTermsIsCheckedWithTheRoundingEachModeShows() {
    // Enzyme.jl's mybesselj at z = -17.1 (fifth peer round): both modes lie within 5e-11 of the program's exact
    // derivative (BigDecimal), but sum the terms' rounding in opposite orders; the dot-product test called it WRONG
    Entry e = Entry.correct("selftest/CancellingSeries", ByHand.CancellingSeries.class, "f", Entry.args(-17.1),
        Entry.args(1.0));
    Outcome o = Classifier.classify(e, c -> new Subject(c, List.of()));
    assertEquals(Status.CORRECT, o.status(), o.detail());
  }

  @Test
  void aDoubleAdjointSlightlyOffIsWrongDespiteTheRoundingAllowance() {
    Entry e = Entry.correct("selftest/CancellingSeriesSlightlyWrongAdjoint",
        ByHand.CancellingSeriesSlightlyWrongAdjoint.class, "f", Entry.args(1.0));
    Outcome o = Classifier.classify(e, c -> new Subject(c, List.of()));
    assertEquals(Status.WRONG, o.status(), o.detail());
    assertTrue(o.detail().startsWith("dot-product test"), o.detail());
  }

  @Test
  void floatDifferencesBelowTheOutputsResolutionDoNotOverruleAnExactDerivative() {
    // Sunflow's Color.blend: the two smallest steps' extrapolations agreed exactly (error 0) at -0.4974, the rounding
    // of the float output over steps of 2e-6 and 1.5e-5, and the exact -0.5 was called WRONG; a step's error is now
    // at least the output's float rounding divided by the step (FiniteDifferences)
    Entry e = Entry.correct("selftest/FloatBlend", ByHand.FloatBlend.class, "f", Entry.args(0.3f, 0.6f, 0.1f));
    Outcome o = Classifier.classify(e, c -> new Subject(c, List.of()));
    assertEquals(Status.CORRECT, o.status(), o.detail());
  }

  @Test
  void doubleDifferencesBelowTheOutputsResolutionDoNotOverruleAnExactDerivative() {
    // Esri's KahanSummator.add at a compensation of 1e-17 (twenty-second round): the steps along it, scaled to it, do
    // not move the sum near 1, both quotients are exactly 0 (error 0) and the exact tangent -1 was called WRONG; a
    // step's error is now at least the double output's rounding divided by the step, as for float
    Entry e = Entry.correct("selftest/KahanStep", ByHand.KahanStep.class, "f", Entry.args(0.3, 1e-17), Entry.args(0.3, -2e-17));
    Outcome o = Classifier.classify(e, c -> new Subject(c, List.of()));
    assertEquals(Status.CORRECT, o.status(), o.detail());
  }

  @Test
  void differencesThatDoNotSettleAtAJumpCannotJudgeAndSaySo() {
    // at a jump the quotients grow like 1/h and the error estimate with them: the tolerance accepted any derivative
    // there (a tangent of 123 passed); the chosen step's spread beyond the output's rounding now stops the check
    Entry atJump = Entry.correct("selftest/Jump", ByHand.Jump.class, "f", Entry.args(0.5));
    AssertionError e = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
        () -> Classifier.classify(atJump, c -> new Subject(c, List.of())));
    assertTrue(e.getMessage().contains("do not settle") && e.getMessage().contains("choose another point"), e.getMessage());
    Entry beside = Entry.correct("selftest/Jump", ByHand.Jump.class, "f", Entry.args(0.3), Entry.args(0.7));
    Outcome o = Classifier.classify(beside, c -> new Subject(c, List.of()));
    assertEquals(Status.CORRECT, o.status(), o.detail());
  }

  @Test
  void differencesUnderRoundingAloneStillSettle() {
    // Kahan's compensation at 1e-17 (steps below the output's resolution) and the float blend: the spread lies within
    // the output's rounding floor, so the guard lets the estimate judge
    for (Entry e : List.of(
        Entry.correct("selftest/KahanStep", ByHand.KahanStep.class, "f", Entry.args(0.3, 1e-17)),
        Entry.correct("selftest/FloatBlend", ByHand.FloatBlend.class, "f", Entry.args(0.3f, 0.6f, 0.1f)))) {
      Outcome o = Classifier.classify(e, c -> new Subject(c, List.of()));
      assertEquals(Status.CORRECT, o.status(), o.detail());
    }
    dev.leibniz.oracle.FiniteDifferences.Estimate kahan = dev.leibniz.oracle.FiniteDifferences.directional(
        x -> new double[] {ByHand.KahanStep.f(x[0], x[1])}, new double[] {0.3, 1e-17}, new double[] {0, 1})[0];
    assertTrue(kahan.settles(), kahan::toString);
  }

  @Test
  void aDoubleAdjointOffAlongAnUnresolvedInputIsStillWrong() {
    // the differences cannot judge the compensation's column at 1e-17, but the dot-product test against the tangent,
    // checked along every other input, still can: an adjoint 1e-6 off in it stays WRONG
    Entry e = Entry.correct("selftest/KahanStepSlightlyWrongAdjoint", ByHand.KahanStepSlightlyWrongAdjoint.class, "f",
        Entry.args(0.3, 1e-17));
    Outcome o = Classifier.classify(e, c -> new Subject(c, List.of()));
    assertEquals(Status.WRONG, o.status(), o.detail());
    assertTrue(o.detail().startsWith("dot-product test"), o.detail());
  }

  @Test
  void anEntryRoundingToFloatInsideADoubleSignatureIsCheckedAsFloatCode() {
    // Clad's fn4 sums doubles into a float: each mode rounds its derivative to float in its own order
    assertTrue(FloatRounding.inside(Classifier.entryMethod(ByHand.FloatInside.class, "f")));
    assertFalse(FloatRounding.inside(Classifier.entryMethod(ByHand.Right.class, "f")));
    Entry right = Entry.correct("selftest/FloatInside", ByHand.FloatInside.class, "f", Entry.args(0.7, 1.3));
    Outcome o = Classifier.classify(right, c -> new Subject(c, List.of()));
    assertEquals(Status.CORRECT, o.status(), o.detail());
    Entry wrong = Entry.correct("selftest/FloatInsideWrongAdjoint", ByHand.FloatInsideWrongAdjoint.class, "f",
        Entry.args(0.7, 1.3));
    Outcome w = Classifier.classify(wrong, c -> new Subject(c, List.of()));
    assertEquals(Status.WRONG, w.status(), w.detail());
  }

  @Test
  void aSiblingsRefusalIsNoReasonForAnEntrysMissingCompanion() {
    // the peer round keeps a source file's functions in one class: g's diagnostic must not count for f
    String aboutG = "leibniz: cannot differentiate double dev.leibniz.corpus.selftest.ByHand$TwoMissing.g(double) at X.java:1";
    Entry f = Entry.correct("selftest/TwoMissing.f", ByHand.TwoMissing.class, "f", Entry.args(0.7));
    Outcome silent = Classifier.classify(f, c -> new Subject(c, List.of(aboutG)));
    assertEquals(Status.WRONG, silent.status(), silent.detail());
    String aboutF = aboutG.replace(".g(", ".f(");
    Outcome refused = Classifier.classify(f, c -> new Subject(c, List.of(aboutG, aboutF)));
    assertEquals(Status.REFUSED, refused.status(), refused.detail());
    assertEquals(List.of(aboutF), refused.diagnostics());
    assertTrue(refused.detail().startsWith(aboutF), refused.detail());
  }

  @Test
  void aThrowingCompanionIsWrong() {
    Outcome o = classify(ByHand.Throws.class, List.of());
    assertEquals(Status.WRONG, o.status(), o.detail());
    assertTrue(o.detail().contains("NoSuchMethodError"), o.detail());
  }

  @Test
  void missingCompanionsAreRefusedOnlyWithADiagnostic() {
    Outcome refused = classify(ByHand.Missing.class, List.of("leibniz: cannot differentiate ByHand$Missing.f([DD)D: because"));
    assertEquals(Status.REFUSED, refused.status());
    Outcome silent = classify(ByHand.Missing.class, List.of());
    assertEquals(Status.WRONG, silent.status(), silent.detail());
  }

  private static Outcome classifyReturningParameter(Class<?> type) {
    Entry e = Entry.correct("selftest/" + type.getSimpleName(), type, "g",
        Entry.args(0.7, Entry.fresh(() -> new ByHand.Point(1.5))), Entry.args(-1.3, Entry.fresh(() -> new ByHand.Point(0.4))));
    return Classifier.classify(e, c -> new Subject(c, List.of()));
  }

  @Test
  void aMethodReturningItsObjectParameterIsCheckedThroughThatParametersShadow() {
    Outcome o = classifyReturningParameter(ByHand.ReturnsParameter.class);
    assertEquals(Status.CORRECT, o.status(), o.detail());
  }

  @Test
  void anAdjointDroppingTheSeedGivenThroughTheObjectResultIsWrong() {
    Outcome o = classifyReturningParameter(ByHand.DropsResultSeed.class);
    assertEquals(Status.WRONG, o.status(), o.detail());
  }

  @Test
  void aTangentNotReturningTheShadowOfTheReturnedParameterIsWrong() {
    Outcome o = classifyReturningParameter(ByHand.TangentReturnsPrimal.class);
    assertEquals(Status.WRONG, o.status(), o.detail());
    assertTrue(o.detail().contains("not the shadow"), o.detail());
  }

  private static Outcome classifyNewResult(Class<?> type) {
    Entry e = Entry.correct("selftest/" + type.getSimpleName(), type, "h", Entry.args(0.7, -1.3), Entry.args(2.1, 0.4));
    return Classifier.classify(e, c -> new Subject(c, List.of()));
  }

  @Test
  void aNewObjectResultIsCheckedThroughItsFields() {
    Outcome o = classifyNewResult(ByHand.NewPoint.class);
    assertEquals(Status.CORRECT, o.status(), o.detail());
  }

  @Test
  void aNewObjectResultsWrongAdjointIsWrong() {
    Outcome o = classifyNewResult(ByHand.NewPointWrongAdjoint.class);
    assertEquals(Status.WRONG, o.status(), o.detail());
    assertTrue(o.detail().startsWith("dot-product test") || o.detail().startsWith("adjoint"), o.detail());
  }

  @Test
  void aNewObjectResultsTangentReturningThePrimalIsWrong() {
    Outcome o = classifyNewResult(ByHand.NewPointTangentReturnsPrimal.class);
    assertEquals(Status.WRONG, o.status(), o.detail());
    assertTrue(o.detail().startsWith("tangent"), o.detail());
  }

  private static Outcome classifyStage(Class<?> type) {
    Entry e = Entry.correct("selftest/" + type.getSimpleName(), type, "step", Entry.args(0.7), Entry.args(-1.3))
        .on(Entry.construct(1.5));
    return Classifier.classify(e, c -> new Subject(c, List.of()));
  }

  @Test
  void aReceiverWithAShadowIsAnInputAndAnOutput() {
    Outcome o = classifyStage(ByHand.Stage.class);
    assertEquals(Status.CORRECT, o.status(), o.detail());
    assertTrue(o.detail().startsWith("2 inputs, 2 outputs"), o.detail());
  }

  @Test
  void aReceiversShadowTypedAsTheSuperclassDeclaringItsFieldsIsFound() {
    Outcome o = classifyStage(ByHand.InheritedStage.class);
    assertEquals(Status.CORRECT, o.status(), o.detail());
    assertTrue(o.detail().startsWith("2 inputs, 2 outputs"), o.detail());
  }

  @Test
  void anAdjointKeepingTheReceiversSeedIsWrong() {
    Outcome o = classifyStage(ByHand.StageKeepsSeed.class);
    assertEquals(Status.WRONG, o.status(), o.detail());
  }

  @Test
  void blockersAreTakenFromTheInnermostReason() {
    assertEquals("FastMath", Blockers.of("leibniz: cannot differentiate double A.f(double) at A.java:3: double A.g(double): the callee A.g "
        + "cannot be differentiated (line 9): the callee's result depends on an active value, and org.hipparchus.util.FastMath.exp is not @Differentiable"));
    assertEquals("active argument to a call with a passive result",
        Blockers.of("leibniz: cannot differentiate double A.f(double) at A.java:3: void MathUtils.checkNotNull(Object): the callee's result"));
    assertEquals("call into another class", Blockers.of("leibniz: cannot differentiate double A.f(double) at A.java:3: double"
        + " Special.g(double[], int): the callee cannot be reached"));
    assertEquals("constructor call", Blockers.of("leibniz: cannot differentiate double A.f(double) at A.java:3: new Vector3D("
        + "double, double, double): a constructor"));
    // Esri's ECoordinate.add: its adjoint refusal names a call; the reason, not the call's result type, is the blocker
    assertEquals("overridable callee before a write of its object (adjoint)", Blockers.of("leibniz: warning: void"
        + " E.add(E) (adjoint mode) at E.java:74: double E.epsCoordinate(): no adjoint companion: an object with a shadow"
        + " passed to double E.epsCoordinate() is written after the call, and in reverse mode the callee's adjoint runs on"
        + " the objects' state at that time (objects are not snapshotted)"));
    // Android's SensorManager.remapCoordinateSystem: the reason names a boolean call, the blocker is the monitor
    assertEquals("try/catch/synchronized", Blockers.of("leibniz: cannot differentiate boolean S.r(float[], int, int,"
        + " float[]) at S.java:145: boolean S.impl(float[], int, int, float[]): inside a synchronized block, a call given an"
        + " array or object (S.impl) is not supported"));
  }

  @Test
  void aWarningGivenWithARefusalIsNotItsBlocker() {
    // H2O's distributions: the core warns that an override's callees may write, then refuses at the call it cannot
    // reach; the first blocker is the refusal's, not "other: leibniz: warning: ..."
    assertEquals("array held in a field receives active values", Blockers.firstOf(List.of(
        "leibniz: warning: double A.f(double[]) at A.java:9: it overrides double F.f(double[]) and its callees may write",
        "leibniz: cannot differentiate double A.f(double[]) at A.java:12: A.t: the array in field double[] A.t"
            + " receives active values")));
    assertEquals("other: leibniz: warning: only", Blockers.firstOf(List.of("leibniz: warning: only")).substring(0, 29));
    assertEquals("JDK method without a derivative rule", Blockers.of("leibniz: cannot differentiate double A.sum(double[]) at"
        + " A.java:47: DoubleStream Arrays.stream(double[]): the callee's result depends"
        + " on an active value, and DoubleStream Arrays.stream(double[]) is a JDK method without a derivative rule"));
    // la4j's Basic2DMatrix.swapRows (twenty-seventh round), jtk's Eigen: reverse.OwnRows' refusal, adjoint only
    assertEquals("rows of a caller's array of arrays moved by reference (adjoint)", Blockers.of("leibniz: cannot"
        + " differentiate void A.swapRows(int, int) (adjoint mode) at A.java:279: a[i] = … (an array of objects): a row (an"
        + " element of reference type) is stored into the double[][] the caller gave, or one reached from it (a[i] = row)"));
    // Joise's ModuleCellular.get (twenty-eighth round): a run-time refusal of ModuleCellGen.getCache's companion
    assertEquals("field-writing callee returning an object it was not given (tangent)", Blockers.of("at run time:"
        + " java.lang.IllegalStateException: leibniz: ModuleCellGen.CellularCache ModuleCellGen.getCache(double, double,"
        + " double) writes fields and returned an object that is none of the objects passed to it (its receiver and object"
        + " arguments), so its tangent gives the result's shadow but not the result"));
  }

  @Test
  void anEntryExtendingAPublicSuperclassThatTakesAPackagePrivateTypeLoadsAsUnderOneLoader() {
    // H2O's BernoulliDistribution extends the public Distribution, whose constructor takes the package-private
    // LinkFunction: with the superclass from the parent loader and LinkFunction from the corpus loader, the
    // constructor failed with a loader constraint violation ("cannot construct"), which one loader cannot have
    Entry e = Entry.correct("selftest/SubclassOfPublicBase", dev.leibniz.corpus.selftest.SubclassOfPublicBase.class, "f",
        Entry.args(0.7)).on(Entry.construct());
    Outcome o = Classifier.classify(e);
    assertEquals(Status.CORRECT, o.status(), o.detail());
  }

  @Test
  void objectArgumentsOfTheEntrysOwnClassWithTheReceiversShadowAreFound() {
    // jblas' ComplexDouble.muli(c, result): its companions take the receiver's shadow, then c and result each with its
    // shadow; the harness looked for the arguments' shadows without the receiver's ("no companion and no diagnostic"),
    // and the arguments of the entry's own class are made in its loader (Entry.inLoaderOf)
    Entry e = Entry.correct("selftest/ScaledCell", dev.leibniz.corpus.selftest.ScaledCell.class, "scaleInto",
        Entry.args(Entry.inLoaderOf(dev.leibniz.corpus.selftest.ScaledCell.class, 1.5),
            Entry.inLoaderOf(dev.leibniz.corpus.selftest.ScaledCell.class, 0.0))).on(Entry.construct(0.8));
    Outcome o = Classifier.classify(e, c -> new Subject(c, List.of()));
    assertEquals(Status.CORRECT, o.status(), o.detail());
  }
}
