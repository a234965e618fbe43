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
  void unknownOptionIsAnErrorNamingItAndListingTheValidOnes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Options.parse("verbose,strcit"));
    assertEquals("unknown agent option 'strcit' in 'verbose,strcit'; the valid options are strict, verbose, quiet"
        + " (comma separated)", e.getMessage());
  }
}
