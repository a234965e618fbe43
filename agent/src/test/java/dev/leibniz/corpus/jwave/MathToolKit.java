/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: graetz23/JWave (GitHub, commit 56e463f35294ddb1b9695652077726cc1762ec01),
 * src/main/java/de/graetz23/jwave/tools/MathToolKit.java
 * Licence: MIT ("JWave is distributed under the MIT License (MIT)"; Copyright (c) 2008-2025 JWave Christian
 * (graetz23@gmail.com); permission granted to use, copy, modify and distribute; "AS IS", without warranty).
 * Copied: the whole class (no entry: isBinary and getExponent serve the transforms).
 * Changes: package (de.graetz23.jwave and its sub-packages flattened into one) and imports; the MIT licence block shortened to this header; javadoc removed.
 */
package dev.leibniz.corpus.jwave;


public class MathToolKit {

  public MathToolKit( ) {

  } // MathToolKit

  public static int[ ] decompose( int number ) throws JWaveException {

    if( number < 1 )
      throw new JWaveFailure(
          "the supported number for decomposition is smaller than one" );

    int power = getExponent( (double)number );

    int[ ] tmpArr = new int[ power + 1 ]; // max no of possible multipliers

    int pos = 0;
    double current = (double)number;
    while( current >= 1. ) {

      power = getExponent( current );
      tmpArr[ pos ] = power;
      current = current - scalb( 1., power ); // 1. * 2 ^ power
      pos++;

    } // while

    int[ ] ancientEgyptianMultipliers = new int[ pos ]; // shrink
    for( int c = 0; c < pos; c++ )
      ancientEgyptianMultipliers[ c ] = tmpArr[ c ];

    return ancientEgyptianMultipliers;

  } // decompose

  public static int[ ] decompose( int number, int blockSize ) throws JWaveException {

    int[ ] blockedAncientEgyptianMultipliers = null;

    if( !isBinary( blockSize ) )
      throw new JWaveFailure( "given block size is not 2^p|p={1,2,3,4,..}. "
          + "block size shold be e. g.: 4, 8, 16, 32, .." );

    if( number < blockSize )
      throw new JWaveFailure(
          "Given blockSize is greater than the given number "
              + "to be split by it" );

    int noOfBlocks = number % blockSize; // 127 % 32 = 3

    int rest = number - noOfBlocks * blockSize; // 127 - 3 * 32 = 31

    int[ ] ancientEgyptianMultipliers = decompose( rest );

    int blockedAncientEgyptianMultipliersSize =
        ancientEgyptianMultipliers.length + noOfBlocks;

    blockedAncientEgyptianMultipliers =
        new int[ blockedAncientEgyptianMultipliersSize ];

    int j = 0;
    for( int i = 0; i < blockedAncientEgyptianMultipliersSize; i++ )
      if( i < noOfBlocks )
        blockedAncientEgyptianMultipliers[ i ] = blockSize;
      else {
        blockedAncientEgyptianMultipliers[ i ] = ancientEgyptianMultipliers[ j ];
        j++;
      }

    return blockedAncientEgyptianMultipliers;

  } // decompose

  public static int compose( int[ ] ancientEgyptianMultipliers ) throws JWaveException {

    if( ancientEgyptianMultipliers == null )
      throw new JWaveError( "given array is null" );

    int number = 0;

    int noOfAncientEgyptianMultipliers = ancientEgyptianMultipliers.length;
    for( int m = 0; m < noOfAncientEgyptianMultipliers; m++ ) {

      int ancientEgyptianMultiplier = ancientEgyptianMultipliers[ m ];

      number += (int)scalb( 1., ancientEgyptianMultiplier ); // 1. * 2^p

    } // compose

    return number;

  }

  public static boolean isBinary( int number ) {
	// DLM#23 Power of 2 test
    return number > 0 && ((number & (number - 1)) == 0);

  } // isBinary

  public static int getExponent( double f ) {

    int exp = (int)( Math.log( f ) / Math.log( 2. ) );

    return exp;

  } // exp

  public static double scalb( double f, int scaleFactor ) {

    double res = f * Math.pow( 2., scaleFactor );

    return res;

  } // scalb

  public static double[ ]
      createSineOscillation( int samplingRate, int noOfOscillations ) {

    if( samplingRate < 1 )
      samplingRate = 2;

    if( noOfOscillations < 1 )
      noOfOscillations = 1;

    double[ ] arrTime = new double[ samplingRate ];

    for( int i = 0; i < samplingRate; i++ ) {
      double arg =
          2. * Math.PI * (double)i / (double)samplingRate
              * (double)noOfOscillations;
      double sine = Math.sin( arg );
      arrTime[ i ] = sine;
    } // i

    return arrTime;

  } // createSineOscillation

  public static double[ ] createCosineOscillation( int samplingRate,
      int noOfOscillations ) {

    if( samplingRate < 1 )
      samplingRate = 2;

    if( noOfOscillations < 1 )
      noOfOscillations = 1;

    double[ ] arrTime = new double[ samplingRate ];

    for( int i = 0; i < samplingRate; i++ ) {
      double arg =
          2. * Math.PI * (double)i / (double)samplingRate
              * (double)noOfOscillations;
      double sine = Math.cos( arg );
      arrTime[ i ] = sine;
    } // i

    return arrTime;

  } // createCoSineOscillation

} // class
