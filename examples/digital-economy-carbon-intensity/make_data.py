#!/usr/bin/env python3
"""Builds the data of the digital-economy study (30 provinces, 2012-2017), deterministically.

Real columns come from the embedded example's panel (../china-provinces/data, itself built from CEADs, NBS,
GCAM-China, techme and the Ji et al. energy compilation) and the project's shared data folder (secondary-industry
share); the provincial input-output tables are synthetic (seeded), see README.md. Run from this folder:

    python3 make_data.py SOURCE_DATA_DIR      (needs numpy)

SOURCE_DATA_DIR holds the downloaded public source files in the layout README.md's sources name
(e.g. ceads_provinces/…, nbs_grp_2004_2023/…). The study itself needs only the files under data/, which are shipped.

It rewrites data/digital_panel.csv and data/io_tables.csv. Same inputs and seed -> byte-identical files.
"""
import csv
import math
import os
import sys

import numpy as np

SEED = 20250519
YEARS = list(range(2012, 2018))
SURVEYS = [2012, 2017]
if len(sys.argv) != 2:
    sys.exit("usage: python3 make_data.py SOURCE_DATA_DIR (the downloaded source files; see README.md)")
SHARED = sys.argv[1]
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "data")
FOUR = {
    "east": ["Beijing", "Tianjin", "Hebei", "Shanghai", "Jiangsu", "Zhejiang", "Fujian", "Shandong", "Guangdong", "Hainan"],
    "central": ["Shanxi", "Anhui", "Jiangxi", "Henan", "Hubei", "Hunan"],
    "west": ["Inner Mongolia", "Guangxi", "Chongqing", "Sichuan", "Guizhou", "Yunnan", "Shaanxi", "Gansu", "Qinghai",
             "Ningxia", "Xinjiang"],
    "northeast": ["Liaoning", "Jilin", "Heilongjiang"],
}
# sectors of the synthetic tables: name, share of GRP (national order of magnitude), value-added ratio VA/x
SECTORS = [
    ("Agriculture", 0.09, 0.58),
    ("Mining", 0.05, 0.45),
    ("Other manufacturing", 0.27, 0.20),
    ("Computers, communication and other electronic equipment", 0.025, 0.18),
    ("Electricity, gas and water", 0.03, 0.30),
    ("Construction", 0.07, 0.25),
    ("Information transmission, software and IT services", 0.025, 0.50),
    ("Other services", 0.44, 0.55),
]
CORE = {3, 6}
# provinces known for electronics manufacturing or software (shares scaled up; illustrative)
ELECTRONICS = {"Guangdong": 3.0, "Jiangsu": 2.5, "Shanghai": 1.8, "Chongqing": 1.8, "Sichuan": 1.5, "Tianjin": 1.5,
               "Fujian": 1.3, "Zhejiang": 1.2, "Beijing": 1.2}
SOFTWARE = {"Beijing": 4.0, "Shanghai": 2.2, "Zhejiang": 1.8, "Guangdong": 1.8, "Jiangsu": 1.4, "Sichuan": 1.2}


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def fmt(v):
    if isinstance(v, (float, np.floating)):
        v = float(v)
        return repr(round(v, 6)) if v != int(v) or abs(v) > 1e15 else repr(v)
    return str(v)


def main():
    rng = np.random.default_rng(SEED)
    panel = {(r["province"], int(r["year"])): r
             for r in read(os.path.join(HERE, "..", "china-provinces", "data", "china30_provinces_2000_2019.csv"))}
    caps = {r["province"]: r for r in read(os.path.join(HERE, "..", "china-provinces", "data", "province_capitals_30.csv"))}
    merged = {(r["province"], int(r["year"])): r
              for r in read(os.path.join(SHARED, "merged_example_panel", "china30_province_panel_2000_2019.csv"))}
    four = {p: g for g, ps in FOUR.items() for p in ps}
    provinces = sorted(caps)
    assert sorted(four) == provinces
    rows = []
    for p in provinces:
        for y in YEARS:
            r = panel[(p, y)]
            m = merged[(p, y)]
            rows.append({
                "province": p, "year": y, "region": r["region"], "region4": four[p],
                "capital_lat": caps[p]["capital_lat"], "capital_lon": caps[p]["capital_lon"],
                "grp_100m_yuan": r["grp_nominal_nbs_revised_100m_yuan"], "population_10k": r["population_10k"],
                "co2_ceads_mt": r["co2_total_mt"], "secondary_share": m["secondary_industry_share"],
                "fiscal_exp_100m_yuan": r["fiscal_exp_total_100m_yuan"], "rd_expenditure_100m_yuan": r["rd_expenditure_100m_yuan"],
                "patent_grants": r["patent_grants_total"],
                "coal_10kt": r["coal_10kt"], "coke_10kt": r["coke_10kt"], "gasoline_10kt": r["gasoline_10kt"],
                "kerosene_10kt": r["kerosene_10kt"], "diesel_10kt": r["diesel_10kt"], "fuel_oil_10kt": r["fuel_oil_10kt"],
                "natural_gas_100m_m3": r["natural_gas_100m_m3"],
            })
    cols = list(rows[0])
    with open(os.path.join(OUT, "digital_panel.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(cols)
        for r in rows:
            w.writerow([fmt(r[c]) for c in cols])

    # synthetic input-output tables (10k yuan): value added = GRP x sector share; total input = VA / VA-ratio;
    # intermediate inputs spread over the supplying sectors by Dirichlet shares, with the core digital sectors'
    # share of inputs growing from 2012 to 2017
    n = len(SECTORS)
    with open(os.path.join(OUT, "io_tables.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["region", "year", "from", "to", "value"])
        for p in provinces:
            level = np.exp(rng.normal(0, 0.25, n))
            for k, y in enumerate(SURVEYS):
                share = np.array([s[1] for s in SECTORS]) * level * np.exp(rng.normal(0, 0.05, n))
                share[3] *= ELECTRONICS.get(p, 1.0) * (1.0 + 0.25 * k)
                share[6] *= SOFTWARE.get(p, 1.0) * (1.0 + 0.45 * k)
                share /= share.sum()
                va = float(panel[(p, y)]["grp_nominal_nbs_revised_100m_yuan"]) * 1e4 * share
                x = va / np.array([s[2] for s in SECTORS]) * np.exp(rng.normal(0, 0.03, n))
                for j in range(n):
                    inputs = x[j] - va[j]
                    weights = rng.dirichlet(np.ones(n) * 2.0)
                    digital = rng.uniform(0.01, 0.05) * (1.0 + 0.4 * k) * (1.6 if j >= 6 else 1.0)
                    weights[list(CORE)] = weights[list(CORE)] / weights[list(CORE)].sum() * digital
                    other = [i for i in range(n) if i not in CORE]
                    weights[other] = weights[other] / weights[other].sum() * (1 - digital)
                    for i in range(n):
                        w.writerow([p, y, SECTORS[i][0], SECTORS[j][0], fmt(round(inputs * weights[i], 2))])
                    w.writerow([p, y, "value_added", SECTORS[j][0], fmt(round(va[j], 2))])
                    w.writerow([p, y, "total_input", SECTORS[j][0], fmt(round(inputs + va[j], 2))])


if __name__ == "__main__":
    main()
