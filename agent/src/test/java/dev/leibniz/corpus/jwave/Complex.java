/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: graetz23/JWave (GitHub, commit 56e463f35294ddb1b9695652077726cc1762ec01),
 * src/main/java/de/graetz23/jwave/datatypes/natives/Complex.java
 * Licence: MIT ("JWave is distributed under the MIT License (MIT)"; Copyright (c) 2008-2025 JWave Christian
 * (graetz23@gmail.com); permission granted to use, copy, modify and distribute; "AS IS", without warranty).
 * Copied: the whole class (entries: getMag, getPhi, mul(Complex), div(Complex)).
 * Changes: package (de.graetz23.jwave and its sub-packages flattened into one) and imports; the MIT licence block shortened to this header; javadoc removed; @Differentiable added to each entry method.
 */
package dev.leibniz.corpus.jwave;

import dev.leibniz.Differentiable;

public class Complex {

  private double _r;

  private double _j;

  public Complex( ) {
    _r = 0.;
    _j = 0.;
  } // Complex

  public Complex( Complex c ) {
    _r = c._r;
    _j = c._j;
  } // Complex

  public Complex( double r, double j ) {
    _r = r;
    _j = j;
  } // Complex

  @Override public String toString( ) {
    StringBuffer sb = new StringBuffer( ).append( _r );
    if( _j >= 0 )
      sb.append( '+' );
    else
      sb.append( '-' );
    return sb.append( _j ).append( 'j' ).toString( );
  } // toString

  public double getReal( ) {
    return _r;
  } // getReal( )

  public double getImag( ) {
    return _j;
  } // getImag

  public void setReal( double r ) {
    _r = r;
  } // setReal

  public void setImag( double j ) {
    _j = j;
  } // setImag

  public void addReal( double r ) {
    _r += r;
  } // addReal

  public void addImag( double j ) {
    _j += j;
  } // addImag

  public void mulReal( double s ) {
    _r *= s;
  } // mulReal

  public void mulImag( double s ) {
    _j *= s;
  } // mulImag

  @Differentiable
  public double getMag( ) {
    return Math.sqrt( _r * _r + _j * _j );
  } // getMag( )

  @Differentiable
  public double getPhi( ) {
    if( _r == 0. && _j == 0 )
      return 0.;
    double phi = Math.toDegrees( Math.atan( Math.abs( _j / _r ) ) );
    if( _r >= 0. && _j >= 0. ) // 1. quadrant
      return phi;
    if( _r <= 0. && _j >= 0. ) // 2. quadrant
      return 180. - phi;
    if( _r <= 0. && _j <= 0. ) // 3. quadrant
      return phi + 180.;
    if( _r >= 0. && _j <= 0. ) // 4. quadrant
      return 360. - phi;
    return Math.toDegrees( Math.atan( Math.abs( _j / _r ) ) );
  } // getPhi( )

  public double[ ] toArr( ) {
    double[ ] arr = { _r, _j };
    return arr;
  } // toArr

  public Complex conjugate( ) {
    return new Complex( _r, -_j );
  } // conjugate

  public Complex add( Complex c ) {
    return new Complex( _r + c._r, _j + c._j );
  } // add

  public Complex sub( Complex c ) {
    return new Complex( _r - c._r, _j - c._j );
  } // sub

  @Differentiable
  public Complex mul( Complex c ) {
    return new Complex( _r * c._r - _j * c._j, _r * c._j + _j * c._r );
  } // mul

  public Complex mul( double s ) {
    return new Complex( _r * s, _j * s );
  } // mul

  @Differentiable
  public Complex div( Complex c ) {
    return mul( c.conjugate( ) ).div( c._r * c._r + c._j * c._j );
  } // div

  public Complex div( double s ) {
    return mul( 1. / s );
  } // div

  @Override public int hashCode( ) {
    final int prime = 31;
    int result = 1;
    long temp;
    temp = Double.doubleToLongBits( _j );
    result = prime * result + (int)( temp ^ ( temp >>> 32 ) );
    temp = Double.doubleToLongBits( _r );
    result = prime * result + (int)( temp ^ ( temp >>> 32 ) );
    return result;
  } // hashCode  

  @Override public boolean equals( Object obj ) {
    if( this == obj )
      return true;
    if( obj == null )
      return false;
    if( getClass( ) != obj.getClass( ) )
      return false;
    Complex other = (Complex)obj;
    if( Double.doubleToLongBits( _j ) != Double.doubleToLongBits( other._j ) )
      return false;
    if( Double.doubleToLongBits( _r ) != Double.doubleToLongBits( other._r ) )
      return false;
    return true;
  } // equals

  public void show( ) {
    if( _j < 0 )
      System.out.println( getReal( ) + " - j" + Math.abs( getImag( ) ) );
    else
      System.out.println( getReal( ) + " + j" + getImag( ) );
  } // show

  public void show( String ident ) {
    if( _j < 0 )
      System.out.println( ident + ": " + getReal( ) + " - j"
          + Math.abs( getImag( ) ) );
    else
      System.out.println( ident + ": " + getReal( ) + " + j" + getImag( ) );
  } // show

  public void showMag( ) {
    System.out.println( getMag( ) );
  } // showMag

  public void showPhi( ) {
    System.out.println( getPhi( ) );
  } // showPhi

} // class
