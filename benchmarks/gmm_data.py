#!/usr/bin/env python3
"""Seeded dynamic panel for the panel.gmm benchmark: N entities x T periods (default T = 8).

y_it = 0.6 y_i,t-1 + 0.3 x_it + a_i + e_it,  x_it = 0.5 x_i,t-1 + 0.3 a_i + u_it,  10 burn-in periods dropped.
Usage: gmm_data.py N T OUT.csv [SEED]   (columns id,year,y,x)
"""
import random
import sys

n, t, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 20261203)
with open(out, "w") as f:
    f.write("id,year,y,x\n")
    for i in range(1, n + 1):
        a = rng.gauss(0, 1)
        y = a / 0.4
        x = 0.0
        for s in range(-10, t):
            x = 0.5 * x + 0.3 * a + rng.gauss(0, 1)
            y = 0.6 * y + 0.3 * x + a + rng.gauss(0, 1)
            if s >= 0:
                f.write("%d,%d,%.17g,%.17g\n" % (i, 2001 + s, y, x))
