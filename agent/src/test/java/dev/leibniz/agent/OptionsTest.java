package dev.leibniz.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OptionsTest {
  @Test
  void defaultsWhenEmpty() {
    for (String args : new String[] {null, "", " , "}) {
      Options o = Options.parse(args);
      assertFalse(o.strict || o.verbose || o.quiet);
    }
  }

  @Test
  void eachKnownOption() {
    Options o = Options.parse("strict, verbose,quiet");
    assertTrue(o.strict && o.verbose && o.quiet);
  }

  @Test
  void dumpTakesADirectory() {
    Options o = Options.parse("dump=target/d,verbose");
    assertEquals(java.nio.file.Path.of("target/d").toAbsolutePath(), o.dump);
    assertTrue(o.verbose);
    assertEquals(null, Options.parse("verbose").dump);
    assertThrows(IllegalArgumentException.class, () -> Options.parse("dump="));
  }

  @Test
  void unknownOptionIsAnErrorNamingItAndListingTheValidOnes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Options.parse("verbose,strcit"));
    assertEquals("unknown agent option 'strcit' in 'verbose,strcit'; the valid options are strict, verbose, quiet,"
        + " dump=DIR, check=FRACTION, tape=SIZE, nowarn=CLASS[.METHOD] (comma separated)", e.getMessage());
  }

  @Test
  void checkTakesAFractionAboveZeroUpToOne() {
    assertEquals(0.001, Options.parse("check=0.001,strict").check);
    assertEquals(1.0, Options.parse("check=1").check);
    assertEquals(0.0, Options.parse("strict").check);
    for (String bad : new String[] {"check=0", "check=1.5", "check=-0.1", "check=often", "check=", "check=NaN"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Options.parse(bad), bad);
      assertTrue(e.getMessage().startsWith("agent option '" + bad + "'") && e.getMessage().contains("above 0 and at most 1"),
          e.getMessage());
    }
  }

  @Test
  void tapeTakesASizeOrUnbounded() {
    assertEquals(64L << 20, Options.parse("tape=64m").tape);
    assertEquals(1L << 30, Options.parse("verbose,tape=1G").tape);
    assertEquals(4096, Options.parse("tape=4k").tape);
    assertEquals(500000, Options.parse("tape=500000").tape);
    assertEquals(Long.MAX_VALUE, Options.parse("tape=unbounded").tape);
    assertEquals(-1, Options.parse("strict").tape);
    for (String bad : new String[] {"tape=", "tape=12", "tape=64mb", "tape=-1m", "tape=lots", "tape=1t"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Options.parse(bad), bad);
      assertTrue(e.getMessage().startsWith("agent option '" + bad + "'") && e.getMessage().contains("at least 1k"),
          e.getMessage());
    }
  }

  @Test
  void nowarnNamesAClassOrAMethodAndNeverSilencesAnError() {
    Options o = Options.parse("nowarn=com.acme.Geo.distance, nowarn=com.acme.Outer$Inner,strict");
    assertEquals(java.util.List.of("com.acme.Geo.distance", "com.acme.Outer.Inner"), o.nowarn);
    assertTrue(o.acknowledged(diagnostic("com.acme.Geo", "distance(DD)D", true)), "the method, any overload");
    assertFalse(o.acknowledged(diagnostic("com.acme.Geo", "bearing(DD)D", true)), "another method of the class");
    assertFalse(o.acknowledged(diagnostic("com.acme.Geo", "distance(DD)D", false)), "an error is always printed");
    assertTrue(o.acknowledged(diagnostic("com.acme.Outer$Inner", "f(D)D", true)), "every method of a class named");
    assertFalse(o.acknowledged(diagnostic("com.acme.Outer", "f(D)D", true)));
    assertTrue(Options.parse("strict").nowarn.isEmpty());
    for (String bad : new String[] {"nowarn=", "nowarn=com.acme.", "nowarn=Geo.f(D)D", "nowarn=com acme"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Options.parse(bad), bad);
      assertTrue(e.getMessage().startsWith("agent option '" + bad + "'") && e.getMessage().contains("nowarn=com.acme.Geo.distance"),
          e.getMessage());
    }
  }

  /** Through the transformer: the examined warning is not printed, the companions are generated as before. */
  @Test
  void nowarnSilencesTheTransformersWarningLineOnly() throws Exception {
    byte[] bytes = dev.leibniz.testing.Transformed.bytesOf(dev.leibniz.agent.fixtures.LookupOnly.class);
    String name = "dev/leibniz/agent/fixtures/LookupOnly";
    java.io.PrintStream err = System.err;
    java.io.ByteArrayOutputStream plain = new java.io.ByteArrayOutputStream(), silenced = new java.io.ByteArrayOutputStream();
    byte[] withWarning, without;
    try {
      System.setErr(new java.io.PrintStream(plain, true));
      withWarning = new CompanionTransformer(Options.parse("")).transform(getClass().getClassLoader(), name, null, null, bytes);
      System.setErr(new java.io.PrintStream(silenced, true));
      without = new CompanionTransformer(Options.parse("nowarn=dev.leibniz.agent.fixtures.LookupOnly.lookup"))
          .transform(getClass().getClassLoader(), name, null, null, bytes);
    } finally {
      System.setErr(err);
    }
    assertTrue(plain.toString().contains("leibniz: warning: double dev.leibniz.agent.fixtures.LookupOnly.lookup(double)"), plain.toString());
    assertEquals("", silenced.toString());
    assertTrue(withWarning != null && java.util.Arrays.equals(withWarning, without), "the same companions");
  }

  private static dev.leibniz.core.Diagnostic diagnostic(String owner, String method, boolean warning) {
    return new dev.leibniz.core.Diagnostic(owner, method, 3, "", "both", "a reason", warning);
  }
}
