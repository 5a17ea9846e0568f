#!/usr/bin/env python3
"""Builds the data of the technology-import study (30 provinces, 2011-2019), deterministically.

Real columns come from the project's shared data folder (CEADs, NBS, GCAM-China population, techme; see README.md for
sources and citations); the columns no public source gives are synthetic, drawn with a fixed seed and scaled to the
real ones so that they have realistic ranges. Run from this folder:

    python3 make_data.py SOURCE_DATA_DIR      (needs numpy)

SOURCE_DATA_DIR holds the downloaded public source files in the layout README.md's sources name
(e.g. ceads_provinces/…, nbs_grp_2004_2023/…). The study itself needs only the files under data/, which are shipped.

It rewrites data/tech_import_panel.csv, data/national_industry_final_energy.csv, data/regional_grid_factors.csv and
data/province_capitals_30.csv. Same inputs and seed -> byte-identical files.
"""
import csv
import gzip
import math
import os
import sys

import numpy as np

SEED = 20250218
YEARS = list(range(2011, 2020))
if len(sys.argv) != 2:
    sys.exit("usage: python3 make_data.py SOURCE_DATA_DIR (the downloaded source files; see README.md)")
SHARED = sys.argv[1]
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "data")

# IPCC 2006 factors (t CO2 per t or per 1000 m3) the implied fuel quantities are divided by; the same numbers
# CarbonLab's ipcc2006 factor set ships (NCV x carbon content x 44/12).
EF = {
    "coal": 25.8 * 25.8 / 1000 * 44 / 12,
    "coke": 28.2 * 29.2 / 1000 * 44 / 12,
    "diesel": 43.0 * 20.2 / 1000 * 44 / 12,
    "gas": 38.931 * 15.3 / 1000 * 44 / 12,
}
COAL_GROUP = ["raw_coal", "cleaned_coal", "other_washed_coal", "briquettes", "coke_oven_gas", "other_gas",
              "other_coking_products"]
OIL_GROUP = ["crude_oil", "gasoline", "kerosene", "diesel_oil", "fuel_oil", "lpg", "refinery_gas",
             "other_petroleum_products"]
# CEADs sectors of industry (mining, manufacturing, gas and water), without power and heat generation: their
# final energy is what the national shares divide.
FIRST_INDUSTRY, LAST_INDUSTRY = "Coal Mining and Dressing", "Production and Supply of Tap Water"
POWER = "Production and Supply of Electric Power, Steam and Hot Water"
KEY = {
    "steel": ["Smelting and Pressing of Ferrous Metals"],
    "building": ["Nonmetal Mineral Products"],
    "nonferrous": ["Smelting and Pressing of Nonferrous Metals"],
    "petrochem": ["Petroleum Processing and Coking", "Raw Chemical Materials and Chemical Products", "Chemical Fiber"],
}
# The six regional power grids of China's regional grid baseline factors (provincial membership).
GRID = {
    "North": ["Beijing", "Tianjin", "Hebei", "Shanxi", "Shandong", "Inner Mongolia"],
    "Northeast": ["Liaoning", "Jilin", "Heilongjiang"],
    "East": ["Shanghai", "Jiangsu", "Zhejiang", "Anhui", "Fujian"],
    "Central": ["Henan", "Hubei", "Hunan", "Jiangxi", "Sichuan", "Chongqing"],
    "Northwest": ["Shaanxi", "Gansu", "Qinghai", "Ningxia", "Xinjiang"],
    "South": ["Guangdong", "Guangxi", "Yunnan", "Guizhou", "Hainan"],
}
# Illustrative grid factors (t CO2/MWh) in 2011 and their yearly decline: synthetic, of the order of the published
# regional operating-margin factors, NOT the official values.
GRID_2011 = {"North": 0.99, "Northeast": 1.09, "East": 0.88, "Central": 0.97, "Northwest": 0.98, "South": 0.90}
GRID_DECLINE = {"North": 0.006, "Northeast": 0.008, "East": 0.010, "Central": 0.012, "Northwest": 0.009, "South": 0.011}


def read(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def main():
    rng = np.random.default_rng(SEED)
    example = read(os.path.join(HERE, "..", "china-provinces", "data", "china30_provinces_2000_2019.csv"))
    provinces = sorted({r["province"] for r in example})
    region = {r["province"]: r["region"] for r in example}
    grid_of = {p: g for g, ps in GRID.items() for p in ps}
    assert sorted(grid_of) == provinces, set(provinces) ^ set(grid_of)

    sectors = []
    by_sector = {}
    for r in read(os.path.join(SHARED, "ceads_provinces", "ceads_province_co2_by_sector_1997_2019.csv")):
        if r["sector"] not in sectors:
            sectors.append(r["sector"])
        by_sector[(r["province"], int(r["year"]), r["sector"])] = float(r["scope_1_total"])
    industry = sectors[sectors.index(FIRST_INDUSTRY):sectors.index(LAST_INDUSTRY) + 1]
    industry = [s for s in industry if s != POWER]
    fuels = {}
    for r in read(os.path.join(SHARED, "ceads_provinces", "ceads_province_co2_sector_x_fuel_1997_2019.csv.gz")):
        y = int(r["year"])
        if y in YEARS and r["sector"] in industry:
            acc = fuels.setdefault((r["province"], y), {"coal": 0.0, "coke": 0.0, "oil": 0.0, "gas": 0.0})
            acc["coal"] += sum(float(r[f]) for f in COAL_GROUP)
            acc["coke"] += float(r["coke"])
            acc["oil"] += sum(float(r[f]) for f in OIL_GROUP)
            acc["gas"] += float(r["natural_gas"])
    total = {(r["province"], int(r["year"])): float(r["scope_1_total"])
             for r in read(os.path.join(SHARED, "ceads_provinces", "ceads_province_co2_by_fuel_1997_2019.csv"))}
    grp = {(r["province"], int(r["year"])): float(r["grp_nominal_100m_yuan"])
           for r in read(os.path.join(SHARED, "nbs_grp_2004_2023", "nbs_province_grp_nominal_2004_2023.csv"))}
    pop = {}
    for r in read(os.path.join(SHARED, "gcam_china_population", "province_population_yearend_2000_2019.csv")):
        keys = list(r)
        pop[(r[keys[0]], int(r[keys[1]]))] = float(r[keys[2]])
    # the documented typo of the source (Heilongjiang 2013 = 3535, the neighbouring years are about 3835)
    if ("Heilongjiang", 2013) in pop and pop[("Heilongjiang", 2013)] < 3600:
        pop[("Heilongjiang", 2013)] = (pop[("Heilongjiang", 2012)] + pop[("Heilongjiang", 2014)]) / 2
    techme = {(r["province"], int(r["year"])): r
              for r in read(os.path.join(SHARED, "techme_patents_fiscal_rd", "province_patents_fiscal_rd_2010_2023.csv"))}

    # synthetic draws, in a fixed order: province effects first, then province-year noise
    n = len(provinces)
    tech_level = rng.normal(0.0, 0.8, n)
    tech_growth = rng.normal(0.06, 0.03, n)
    elec_level = rng.normal(0.0, 0.15, n)
    heat_level = rng.normal(0.0, 0.5, n)
    steel_ratio = rng.normal(0.0, 0.08, n)
    price_drift = rng.normal(0.01, 0.004, n)
    rows = []
    for i, p in enumerate(provinces):
        price = 100.0
        for k, y in enumerate(YEARS):
            g = grp[(p, y)]
            f = fuels[(p, y)]
            key = {name: sum(by_sector[(p, y, s)] for s in secs) for name, secs in KEY.items()}
            t = techme[(p, y)]
            if k > 0:
                price *= 1 + price_drift[i] + rng.normal(0, 0.01)
            tech = 0.004 * g * math.exp(tech_level[i] + tech_growth[i] * k + rng.normal(0, 0.12))
            elec = 0.055 * g * math.exp(elec_level[i] - 0.02 * k + rng.normal(0, 0.03))
            heat = 140.0 * (f["coal"] + f["coke"]) * math.exp(heat_level[i] + rng.normal(0, 0.05))
            steel = key["steel"] * 100 / 1.9 * math.exp(steel_ratio[i] + rng.normal(0, 0.03))
            rows.append({
                "province": p, "year": y, "region": region[p], "grid_region": grid_of[p],
                "municipality": int(p in ("Beijing", "Tianjin", "Shanghai", "Chongqing")),
                "grp_100m_yuan": g, "population_10k": pop[(p, y)],
                "patent_grants": t["patent_grants_total"], "patent_grants_invention": t["patent_grants_invention"],
                "rd_expenditure_100m_yuan": t["rd_expenditure_100m_yuan"],
                "co2_ceads_total_mt": total[(p, y)],
                "co2_ceads_steel_mt": key["steel"], "co2_ceads_building_mt": key["building"],
                "co2_ceads_nonferrous_mt": key["nonferrous"], "co2_ceads_petrochem_mt": key["petrochem"],
                "ind_coal_10kt": f["coal"] / EF["coal"] * 100, "ind_coke_10kt": f["coke"] / EF["coke"] * 100,
                "ind_oil_10kt": f["oil"] / EF["diesel"] * 100, "ind_gas_100m_m3": f["gas"] / EF["gas"] * 10,
                "ind_heat_1e10kj": heat, "ind_elec_100m_kwh": elec, "crude_steel_10kt": steel,
                "tech_import_100m_yuan": tech, "import_price_index": price,
            })
    cols = list(rows[0])
    with open(os.path.join(OUT, "tech_import_panel.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(cols)
        for r in rows:
            w.writerow([fmt(r[c]) for c in cols])

    # national final energy of each industrial sector (10 ktce): the 30 provinces' CEADs CO2 of the sector times a
    # fixed synthetic energy-per-CO2 ratio of the sector (cleaner sectors burn more gas and electricity) and noise
    ratio = {s: 38.5 * math.exp(rng.normal(0, 0.25)) for s in industry}
    with open(os.path.join(OUT, "national_industry_final_energy.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["year", "sector", "energy_10ktce"])
        for y in YEARS:
            for s in industry:
                co2 = sum(by_sector[(p, y, s)] for p in provinces)
                w.writerow([y, s, fmt(co2 * ratio[s] * math.exp(rng.normal(0, 0.02)))])

    with open(os.path.join(OUT, "regional_grid_factors.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["region", "year", "factor"])
        for gname in GRID:
            for k, y in enumerate(YEARS):
                w.writerow([gname, y, fmt(round(GRID_2011[gname] * (1 - GRID_DECLINE[gname]) ** k, 4))])

    lookup = read(os.path.join(SHARED, "china_province_geo", "province_lookup_capitals.csv"))
    with open(os.path.join(OUT, "province_capitals_30.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["province", "capital", "capital_lat", "capital_lon"])
        for r in lookup:
            if r["province"] in provinces:
                w.writerow([r["province"], r["capital"], r["capital_lat"], r["capital_lon"]])


def fmt(v):
    if isinstance(v, (float, np.floating)):
        v = float(v)
        return repr(round(v, 6)) if v != int(v) or abs(v) > 1e15 else repr(v)
    return str(v)


if __name__ == "__main__":
    main()
