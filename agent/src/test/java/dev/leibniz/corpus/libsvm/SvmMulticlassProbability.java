package dev.leibniz.corpus.libsvm;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: cjlin1/libsvm (GitHub), java/libsvm/svm.java
 * Licence: BSD 3-clause ("modified BSD"), Copyright (c) 2000-2023 Chih-Chung Chang and Chih-Jen Lin.
 * All rights reserved. Redistribution and use in source and binary forms, with or without modification,
 * are permitted provided the conditions of the licence (COPYRIGHT in the source repository) are met.
 * Copied unchanged: svm.multiclass_probability (entry; an iterative fixed-point solver on a local matrix that
 * stops at a tolerance, output written into an array parameter).
 * Changes: package and class name; @Differentiable added to the entry method.
 * Calls svm.info, a static method of another class (a minimal copy, see svm.java).
 */

import dev.leibniz.Differentiable;

public final class SvmMulticlassProbability {
	@Differentiable
	private static void multiclass_probability(int k, double[][] r, double[] p)
	{
		int t,j;
		int iter = 0, max_iter=Math.max(100,k);
		double[][] Q=new double[k][k];
		double[] Qp=new double[k];
		double pQp, eps=0.005/k;

		for (t=0;t<k;t++)
		{
			p[t]=1.0/k;  // Valid if k = 1
			Q[t][t]=0;
			for (j=0;j<t;j++)
			{
				Q[t][t]+=r[j][t]*r[j][t];
				Q[t][j]=Q[j][t];
			}
			for (j=t+1;j<k;j++)
			{
				Q[t][t]+=r[j][t]*r[j][t];
				Q[t][j]=-r[j][t]*r[t][j];
			}
		}
		for (iter=0;iter<max_iter;iter++)
		{
			// stopping condition, recalculate QP,pQP for numerical accuracy
			pQp=0;
			for (t=0;t<k;t++)
			{
				Qp[t]=0;
				for (j=0;j<k;j++)
					Qp[t]+=Q[t][j]*p[j];
				pQp+=p[t]*Qp[t];
			}
			double max_error=0;
			for (t=0;t<k;t++)
			{
				double error=Math.abs(Qp[t]-pQp);
				if (error>max_error)
					max_error=error;
			}
			if (max_error<eps) break;

			for (t=0;t<k;t++)
			{
				double diff=(-Qp[t]+pQp)/Q[t][t];
				p[t]+=diff;
				pQp=(pQp+diff*(diff*Q[t][t]+2*Qp[t]))/(1+diff)/(1+diff);
				for (j=0;j<k;j++)
				{
					Qp[j]=(Qp[j]+diff*Q[t][j])/(1+diff);
					p[j]/=(1+diff);
				}
			}
		}
		if (iter>=max_iter)
			svm.info("Exceeds max_iter in multiclass_prob\n");
	}
}
