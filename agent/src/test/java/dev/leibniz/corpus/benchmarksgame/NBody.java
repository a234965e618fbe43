package dev.leibniz.corpus.benchmarksgame;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: The Computer Language Benchmarks Game, n-body Java #8 ("Naive transliteration from Michael
 * Ferguson's Chapel program, contributed by Isaac Gouy"), as kept in MattMFX/jvm-energy (GitHub),
 * benchmarksgame/nbody/nbody.java-8.java
 * Licence: BSD 3-clause (the Benchmarks Game licence, "Revised BSD license"), Copyright (c) 2004-2008
 * Brent Fulgham, 2005-2024 Isaac Gouy. All rights reserved. Redistribution and use in source and binary
 * forms, with or without modification, are permitted provided that the licence conditions are met.
 * Copied unchanged: advance(Body[], double) (entry; active values written into the fields of Body
 * objects held in an array).
 * Changes: package and class name (nbody -> NBody); Body is a public class in Body.java; the other
 * methods omitted; @Differentiable added to the entry method.
 */

import dev.leibniz.Differentiable;

public final class NBody {
   @Differentiable
   static void advance(Body[] bodies, double dt) {
      int numBodies = bodies.length;	   
      for(int i=0; i < numBodies; ++i) {
         for(int j=i+1; j < numBodies; ++j) {   
            double dx = bodies[i].x - bodies[j].x;
            double dy = bodies[i].y - bodies[j].y;
            double dz = bodies[i].z - bodies[j].z;
            double dsq = dx*dx + dy*dy + dz*dz;
            double mag = dt / (dsq * Math.sqrt(dsq));            

            double mj = bodies[j].mass * mag;
            bodies[i].vx -= dx * mj;
            bodies[i].vy -= dy * mj;
            bodies[i].vz -= dz * mj;
            
            double mi = bodies[i].mass * mag;            
            bodies[j].vx += dx * mi;
            bodies[j].vy += dy * mi;
            bodies[j].vz += dz * mi;
         }
      }
      
      for(int i=0; i < numBodies; ++i) {
         bodies[i].x += bodies[i].vx * dt;
         bodies[i].y += bodies[i].vy * dt;
         bodies[i].z += bodies[i].vz * dt;
      }      
   }          
}
