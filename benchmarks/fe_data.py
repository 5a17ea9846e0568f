#!/usr/bin/env python3
"""Seeded two-way panel for the FE benchmark: N entities x T periods, 5 regressors x1..x5 correlated with the
entity effect, entity and period effects, errors correlated within entity (an entity-level shock plus noise).

    fe_data.py N T OUT.csv [SEED]
"""
import random
import sys


def main():
    n, t, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 20261203)
    beta = (0.5, -1.0, 0.25, 2.0, -0.75)
    period = [rng.gauss(0, 1) for _ in range(t)]
    with open(out, "w", newline="") as f:
        f.write("id,year,y,x1,x2,x3,x4,x5\n")
        for i in range(n):
            alpha = rng.gauss(0, 1)
            shock = rng.gauss(0, 1)  # shared by the entity's errors: cluster correlation
            lines = []
            for s in range(t):
                x = [rng.gauss(0, 1) + 0.5 * alpha for _ in range(5)]
                e = 0.7 * shock + rng.gauss(0, 1)
                y = alpha + period[s] + sum(b * v for b, v in zip(beta, x)) + e
                lines.append("%d,%d,%.7g,%s\n" % (i + 1, 2000 + s, y, ",".join("%.7g" % v for v in x)))
            f.write("".join(lines))


if __name__ == "__main__":
    main()
