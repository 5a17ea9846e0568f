#!/usr/bin/env python3
"""Seeded synthetic data for the study "industrial robots and city industrial carbon efficiency".

284 prefecture-level cities (cities_284.csv), 2011-2023. Run from this folder:  python3 generate.py
Deterministic: Python's random module (Mersenne Twister, seed 2023), no third-party packages, values written with
fixed decimals, so every machine writes the same bytes. Writes:

  robots_cities_2011_2023.csv      the city panel (3,692 rows)
  city_coordinates.csv             city, province, lat, lon (the cross-section the distance matrices are built on)
  industry_shares_2010.csv         city x industry employment shares of manufacturing in the base year 2010
  robot_density_china.csv          industry x year robots per 10,000 workers, China (the exposure's shocks)
  robot_density_us.csv             industry x year robots per 10,000 workers, United States (the instrument's shocks)
  province_institutions.csv        province x year marketisation index and environmental-regulation intensity

Coordinates are approximate by construction: each city is placed at its provincial capital (GeoNames coordinates,
examples/china-provinces/data/province_capitals_30.csv) plus a seeded offset (uniform, +-1.6 degrees of longitude,
+-1.2 of latitude); a capital city gets the capital's own coordinates. So distances are right at the scale of
provinces, not within them. The resource-based flag is synthetic (about 40 % of cities, more often in the centre
and west), not the State Council's 2013 list. Every value is synthetic; the data-generating process:

  robot exposure  R_it = sum_k s_ik,2010 d_kt (China densities), instrument Z_it = sum_k s_ik,2010 u_kt (US densities);
                  d_kt = u_kt x (China/US catch-up at a pace of 0.05 + 1.5 x the
                  industry's US growth + U(0, 0.06) a year) x exp(noise): the two are correlated through u_kt
  energy per unit of industrial value added   ln(E/VA) = city level - 0.03 t - 0.5 ln R_it - 0.05 (market - 8)
                  x ln R_it ... + province-year shock (spatially correlated) + noise: robots save energy (mediator 1)
  green patents   ln GP = city level + 0.8 ln R_it + 0.06 t + noise (mediator 2)
  CO2 per unit of energy falls with green patents (-0.15 per log point) and with environmental regulation
  value added     Cobb-Douglas in capital, labour and energy, plus 0.04 after an intelligent-manufacturing pilot
  pilot           about 70 cities become pilots in 2015-2018 (pilot_year; 0 = never), more often in the east
  controls        log GDP per capita, FDI share, fiscal share, financial development, urbanisation
"""
import csv
import math
import random

SEED = 2023
YEARS = list(range(2011, 2024))
INDUSTRIES = [
    # name, US density 2011, US yearly growth, China/US ratio 2011, east tilt of the share
    ("food_beverages", 40.0, 0.02, 0.10, 0.0),
    ("textiles_apparel", 8.0, 0.01, 0.08, 0.3),
    ("wood_paper", 25.0, 0.02, 0.08, -0.1),
    ("chemicals", 60.0, 0.04, 0.12, 0.0),
    ("rubber_plastics", 150.0, 0.05, 0.15, 0.2),
    ("non_metallic_minerals", 30.0, 0.02, 0.08, -0.3),
    ("basic_metals", 80.0, 0.03, 0.10, -0.4),
    ("metal_products", 180.0, 0.05, 0.12, 0.1),
    ("machinery", 70.0, 0.06, 0.15, 0.2),
    ("electronics", 250.0, 0.09, 0.10, 0.6),
    ("electrical_equipment", 90.0, 0.07, 0.12, 0.4),
    ("automotive", 1100.0, 0.05, 0.12, 0.3),
    ("other_transport", 60.0, 0.04, 0.10, 0.0),
    ("other_manufacturing", 20.0, 0.03, 0.10, 0.0),
]
REGION_SHIFT = {"east": 1.0, "central": 0.0, "west": -0.8}


def f(x, d):
    return f"{x:.{d}f}"


def main():
    rng = random.Random(SEED)
    cities = list(csv.DictReader(open("cities_284.csv", encoding="utf-8")))
    caps = {r["province"]: r for r in csv.DictReader(open("../../china-provinces/data/province_capitals_30.csv"))}
    provinces = sorted({c["province"] for c in cities})

    # robot densities by industry and year
    us, cn = {}, {}
    for name, base, growth, ratio, _ in INDUSTRIES:
        pace = 0.05 + 1.5 * growth + rng.uniform(0.0, 0.06)  # catching up faster where US robot use grows faster
        for y in YEARS:
            t = y - 2011
            us[name, y] = base * math.exp(growth * t + rng.gauss(0, 0.03))
            catch_up = ratio * math.exp(pace * t)  # China catches up, industry by industry
            cn[name, y] = us[name, y] * catch_up * math.exp(rng.gauss(0, 0.08))

    # province-year institutions and shocks
    inst = {}
    for p in provinces:
        east = caps[p]["capital_lon"] and float(caps[p]["capital_lon"]) > 113.0
        m0 = rng.uniform(6.5, 9.5) + (1.2 if east else 0.0)
        r0 = rng.uniform(0.2, 0.5)
        for y in YEARS:
            t = y - 2011
            inst[p, y] = (m0 + 0.12 * t + rng.gauss(0, 0.15), min(0.95, r0 + 0.025 * t + rng.gauss(0, 0.03)),
                          rng.gauss(0, 0.12))

    panel, coords, shares_out = [], [], []
    for c in cities:
        p, region = c["province"], c["region"]
        cap = caps[p]
        if c["city"].split(" (")[0] == cap["capital"]:
            lat, lon = float(cap["capital_lat"]), float(cap["capital_lon"])
        else:
            lat = float(cap["capital_lat"]) + rng.uniform(-1.2, 1.2)
            lon = float(cap["capital_lon"]) + rng.uniform(-1.6, 1.6)
        coords.append({"city": c["city"], "province": p, "lat": f(lat, 4), "lon": f(lon, 4)})
        resource = 1 if rng.random() < {"east": 0.25, "central": 0.5, "west": 0.5}[region] else 0
        # base-year employment shares of manufacturing industries
        raw = [math.exp(rng.gauss(0, 0.7) + tilt * REGION_SHIFT[region] + (0.8 if resource and i in (5, 6) else 0.0))
               for i, (_, _, _, _, tilt) in enumerate(INDUSTRIES)]
        total = sum(raw)
        shares = [v / total for v in raw]
        for (name, *_), s in zip(INDUSTRIES, shares):
            shares_out.append({"city": c["city"], "industry": name, "share": f(s, 6)})
        size = math.exp(rng.gauss(0, 0.6) + 0.4 * REGION_SHIFT[region])
        pop = 420.0 * math.exp(rng.gauss(0, 0.45))
        energy_level = rng.gauss(0, 0.25) + (0.3 if resource else 0.0) - 0.1 * REGION_SHIFT[region]
        carbon_factor = 2.45 + (0.25 if resource else 0.0) + rng.gauss(0, 0.08)  # t CO2 per tce
        gp_level = math.log(pop) - 2.0 + 0.5 * REGION_SHIFT[region] + rng.gauss(0, 0.4)
        pgdp0 = 3.5 * math.exp(0.35 * REGION_SHIFT[region] + rng.gauss(0, 0.3))  # 10,000 yuan per person
        fdi0 = 0.02 * math.exp(0.5 * REGION_SHIFT[region] + rng.gauss(0, 0.5))
        fiscal0 = 0.16 * math.exp(-0.2 * REGION_SHIFT[region] + rng.gauss(0, 0.2))
        fin0 = 1.0 * math.exp(0.2 * REGION_SHIFT[region] + rng.gauss(0, 0.25))
        urban0 = min(90.0, 50.0 + 8.0 * REGION_SHIFT[region] + rng.gauss(0, 8.0))
        pilot_p = {"east": 0.38, "central": 0.2, "west": 0.15}[region]
        pilot_year = rng.choice([2015, 2016, 2017, 2018]) if rng.random() < pilot_p else 0
        labour0 = 0.12 * pop * size ** 0.5 * math.exp(rng.gauss(0, 0.2))  # industrial employees, 10,000
        capital = 900.0 * size * math.exp(rng.gauss(0, 0.2))  # net industrial fixed assets, 100 million yuan
        tfp = rng.gauss(0, 0.1)
        for y in YEARS:
            t = y - 2011
            exposure = sum(s * cn[name, y] for (name, *_), s in zip(INDUSTRIES, shares))
            ln_r = math.log(exposure)
            market, envreg, shock = inst[p, y]
            labour = labour0 * math.exp(-0.01 * t + rng.gauss(0, 0.03))
            capital = capital * (1.0 - 0.08) + 0.14 * capital * math.exp(rng.gauss(0, 0.1))
            ln_gp = gp_level + 0.8 * ln_r + 0.06 * t + rng.gauss(0, 0.15)
            ln_e_per_va = (energy_level - 0.5 - 0.03 * t - 0.5 * (ln_r - 3.0) - 0.05 * (market - 8.0) * (ln_r - 3.0)
                           + shock + rng.gauss(0, 0.05))
            treated = 1 if pilot_year and y >= pilot_year else 0
            # value added from capital and labour; energy follows from its intensity
            ln_va = (math.log(3.3) + tfp + 0.4 * math.log(capital) + 0.5 * math.log(labour) + 0.025 * t
                     + 0.04 * treated + rng.gauss(0, 0.04))
            va = math.exp(ln_va)
            energy = va * math.exp(ln_e_per_va) * 2.0  # 10,000 tce
            co2 = energy * carbon_factor * math.exp(-0.15 * (ln_gp - gp_level) - 0.15 * envreg + rng.gauss(0, 0.02)) / 100.0
            pgdp = pgdp0 * math.exp(0.055 * t + rng.gauss(0, 0.02))
            panel.append({
                "city": c["city"], "year": y, "province": p, "region": region, "resource_based": resource,
                "ind_value_added_100m_yuan": f(va, 2),
                "ind_employees_10k": f(labour, 3),
                "ind_capital_100m_yuan": f(capital, 2),
                "ind_energy_10ktce": f(energy, 2),
                "ind_co2_mt": f(co2, 4),
                "green_patents": str(max(1, int(round(math.exp(ln_gp))))),
                "population_10k": f(pop * math.exp(0.003 * t), 2),
                "gdp_per_capita_10k_yuan": f(pgdp, 4),
                "fdi_share": f(fdi0 * math.exp(-0.03 * t + rng.gauss(0, 0.1)), 5),
                "fiscal_share": f(fiscal0 * math.exp(rng.gauss(0, 0.05)), 5),
                "finance_ratio": f(fin0 * math.exp(0.03 * t + rng.gauss(0, 0.05)), 4),
                "urban_rate": f(min(95.0, urban0 + 0.9 * t + rng.gauss(0, 0.5)), 2),
                "pilot_year": pilot_year,
                "lat": f(lat, 4), "lon": f(lon, 4),
            })

    def write(name, rows):
        with open(name, "w", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, fieldnames=list(rows[0].keys()), lineterminator="\n")
            w.writeheader()
            w.writerows(rows)

    write("robots_cities_2011_2023.csv", panel)
    write("city_coordinates.csv", coords)
    write("industry_shares_2010.csv", shares_out)
    write("robot_density_china.csv", [{"industry": k, "year": y, "shock": f(cn[k, y], 4)} for k, *_ in INDUSTRIES
                                      for y in YEARS])
    write("robot_density_us.csv", [{"industry": k, "year": y, "shock": f(us[k, y], 4)} for k, *_ in INDUSTRIES
                                   for y in YEARS])
    write("province_institutions.csv", [{"province": p, "year": y, "market_index": f(inst[p, y][0], 3),
                                         "env_regulation": f(inst[p, y][1], 4)} for p in provinces for y in YEARS])


if __name__ == "__main__":
    main()
