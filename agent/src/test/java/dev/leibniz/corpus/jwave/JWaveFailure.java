/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: graetz23/JWave (GitHub, commit 56e463f35294ddb1b9695652077726cc1762ec01),
 * src/main/java/de/graetz23/jwave/exceptions/JWaveFailure.java
 * Licence: MIT ("JWave is distributed under the MIT License (MIT)"; Copyright (c) 2008-2025 JWave Christian
 * (graetz23@gmail.com); permission granted to use, copy, modify and distribute; "AS IS", without warranty).
 * Copied: the whole class (no entry).
 * Changes: package (de.graetz23.jwave and its sub-packages flattened into one) and imports; the MIT licence block shortened to this header; javadoc removed.
 */
package dev.leibniz.corpus.jwave;

public class JWaveFailure extends JWaveException {
  
  private static final long serialVersionUID = 5471588833755939370L;
  
  public JWaveFailure( String message ) {
    super( message );
	_message = "JWave"; // overwrite
	_message += ": "; // separator
	_message += "Failure"; // Exception type
	_message += ": "; // separator
	_message += message; // add message
	_message += "\n"; // break line
  } // TransformFailure
  
} // class
