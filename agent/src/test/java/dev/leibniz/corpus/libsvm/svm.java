package dev.leibniz.corpus.libsvm;

/*
 * A helper of the real-code corpus (not an entry; see ../README.md).
 * Source: cjlin1/libsvm (GitHub), java/libsvm/svm.java
 * Licence: BSD 3-clause, Copyright (c) 2000-2023 Chih-Chung Chang and Chih-Jen Lin. All rights reserved.
 * Not a copy of the whole class: only info(String), which in the original prints through the
 * replaceable svm_print_interface whose default writes to System.out, as this one does.
 */
public class svm {
	static void info(String s)
	{
		System.out.print(s);
		System.out.flush();
	}
}
