package dev.leibniz.corpus.benchmarksgame;

/*
 * A helper of the real-code corpus (not an entry; see ../README.md).
 * Source: as NBody.java (the class Body of nbody.java-8.java).
 * Licence: BSD 3-clause (the Benchmarks Game licence, "Revised BSD license"), Copyright (c) 2004-2008
 * Brent Fulgham, 2005-2024 Isaac Gouy. All rights reserved. Redistribution and use in source and binary
 * forms, with or without modification, are permitted provided that the licence conditions are met.
 * Copied unchanged but for the package and "public" on the class and its constructor.
 */
public final class Body {
   public double x, y, z, vx, vy, vz, mass;
   
   public Body(double x, double y, double z, 
         double vx, double vy, double vz, double mass){
      this.x = x;   
      this.y = y;  
      this.z = z;  
      this.vx = vx;   
      this.vy = vy;  
      this.vz = vz;
      this.mass = mass;           
   } 
}
