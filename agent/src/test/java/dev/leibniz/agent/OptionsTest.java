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
        + " dump=DIR, check=FRACTION, tape=SIZE (comma separated)", e.getMessage());
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
}
