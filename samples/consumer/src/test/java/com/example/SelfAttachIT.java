package com.example;

import dev.leibniz.agent.LeibnizExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Runs under failsafe without -javaagent: the extension attaches the agent before Model loads. */
@ExtendWith(LeibnizExtension.class)
class SelfAttachIT {
  @Test
  void gradientAfterSelfAttach() throws Throwable {
    GradientCheck.check(-1.0, 2.5);
  }
}
