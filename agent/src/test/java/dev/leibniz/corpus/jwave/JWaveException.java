/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: graetz23/JWave (GitHub, commit 56e463f35294ddb1b9695652077726cc1762ec01),
 * src/main/java/de/graetz23/jwave/exceptions/JWaveException.java
 * Licence: MIT ("JWave is distributed under the MIT License (MIT)"; Copyright (c) 2008-2025 JWave Christian
 * (graetz23@gmail.com); permission granted to use, copy, modify and distribute; "AS IS", without warranty).
 * Copied: the whole class (no entry).
 * Changes: package (de.graetz23.jwave and its sub-packages flattened into one) and imports; the MIT licence block shortened to this header; javadoc removed.
 */
package dev.leibniz.corpus.jwave;

public class JWaveException extends Throwable {

  private static final long serialVersionUID = -4165486739091019056L;

  protected String _message; // exception message

  public JWaveException( String message ) {
    _message = "JWave "; // overwrite
    _message += "- "; // separator
    _message += "Exception"; // Exception type
    _message += "- "; // separator
    _message += message; // add message
    _message += "\n"; // break line
  } // TransformException

  public JWaveException( Exception e ) {
    _message = e.getMessage( );
  } // TransformException

  @Override public String getMessage( ) {
    return _message;
  } // getMessage

  public void showMessage( ) {
    System.out.println( _message );
  } // showMessage

  public void nuke( ) {
    System.out.println( "" );
    System.out.println( "                  ____             " );
    System.out.println( "          __,-~~/~    `---.        " );
    System.out.println( "        _/_,---(      ,    )       " );
    System.out.println( "    __ /        NUKED     ) \\ __  " );
    System.out.println( "   ====------------------===;;;==  " );
    System.out.println( "      /  ~\"~\"~\"~\"~\"~~\"~)     " );
    System.out.println( "      (_ (      (     >    \\)     " );
    System.out.println( "       \\_( _ <         >_>\'      " );
    System.out.println( "           ~ `-i' ::>|--\"         " );
    System.out.println( "               I;|.|.|             " );
    System.out.println( "              <|i::|i|>            " );
    System.out.println( "               |[::|.|             " );
    System.out.println( "                ||: |              " );
    System.out.println( "" );
    this.showMessage( );
    this.printStackTrace( );
  } // nuke

} // class
