/*
 * Real-code corpus support (test code only, see ../README.md): a stand-in for android.util.Log (Android, Apache-2.0),
 * whose w(String, String) Sceneform's Matrix.set(float[]) calls on invalid data; the original logs a warning.
 */
package dev.leibniz.corpus.sceneform;

/** Writes Matrix's warnings to standard error, as Android's log would to logcat. */
final class Log {
  private Log() {}

  static int w(String tag, String msg) {
    System.err.println(tag + ": " + msg);
    return 0;
  }
}
