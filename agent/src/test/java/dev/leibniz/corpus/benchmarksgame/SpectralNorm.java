package dev.leibniz.corpus.benchmarksgame;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: The Computer Language Benchmarks Game, spectral-norm Java #8 ("Naive transliteration from
 * Sebastien Loisel's C program, contributed by Isaac Gouy"), as kept in MattMFX/jvm-energy (GitHub),
 * benchmarksgame/spectralnorm/spectralnorm.java-8.java
 * Licence: BSD 3-clause (the Benchmarks Game licence, "Revised BSD license"), Copyright (c) 2004-2008
 * Brent Fulgham, 2005-2024 Isaac Gouy. All rights reserved. Redistribution and use in source and binary
 * forms, with or without modification, are permitted provided that the licence conditions are met.
 * Copied unchanged: eval_A, eval_A_times_u, eval_At_times_u and eval_AtA_times_u (entry; instance
 * methods of a final class, a local array, int arithmetic for the matrix entries).
 * Changes: package and class name (spectralnorm -> SpectralNorm); main omitted; @Differentiable added
 * to the entry method.
 */

import dev.leibniz.Differentiable;

public final class SpectralNorm
{
  double eval_A(int i, int j) { return 1.0/((i+j)*(i+j+1)/2+i+1); }   
   
  void eval_A_times_u(int N, final double u[], double Au[])
  {
    int i,j;
    for(i=0;i<N;i++)
      {
        Au[i]=0;
        for(j=0;j<N;j++) Au[i]+=eval_A(i,j)*u[j];
      }
  }    
  
  void eval_At_times_u(int N, final double u[], double Au[])
  {
    int i,j;
    for(i=0;i<N;i++)
      {
        Au[i]=0;
        for(j=0;j<N;j++) Au[i]+=eval_A(j,i)*u[j];
      }
  }  
  
  @Differentiable
  void eval_AtA_times_u(int N, final double u[], double AtAu[])
  { var v = new double[N]; eval_A_times_u(N,u,v); eval_At_times_u(N,v,AtAu); }  
}
