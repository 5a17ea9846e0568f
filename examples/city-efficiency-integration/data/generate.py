#!/usr/bin/env python3
"""Seeded synthetic panel for the study "city carbon efficiency and industrial integration".

13 prefecture-level cities of Jiangsu, 2009-2020 (2009 serves only the lags of the growth-rate indicators and is
left out of every analysis). Run from this folder:  python3 generate.py  (writes jiangsu13_2009_2020.csv).
Deterministic: Python's own random module (Mersenne Twister, seed 20101), no third-party packages, values rounded
to fixed decimals, so every machine writes the same bytes.

The real data of such a study (city statistical yearbooks, energy and industry statistics) cannot be shipped, so the
values are synthetic. They are scaled to the 2010 magnitudes of each city (GDP and resident population rounded from
the Jiangsu Statistical Yearbook 2011; used only as scales) and follow this data-generating process:

  L_it      latent manufacturing-services integration: sub-region level (Sunan 0.62, Suzhong 0.48, Subei 0.36)
            + city deviation + 0.025 (t - 2010) + AR(1) noise (rho 0.5, sd 0.025)
  mfg_*     ten manufacturing indicators  = city scale x exp(k L_it + noise), trends by indicator
  ps_*      ten producer-services indicators, likewise (their U_mfg and U_ps share L_it, so coupling rises with L)
  patents   log patents = city level + 3.0 L_it + 0.02 (t - 2010) + N(0, 0.08)        (the mediator)
  GDP       real GDP (2010 prices) grows 10.5 % (2010) falling to 5 % (2020), plus 0.4 dL_it and N(0, 0.01)
  energy    electricity, natural gas and LPG per unit of GDP fall with time (6 % a year), with L_it (-0.9) and with patents
            (-0.4 per log point), and rise with the secondary-industry share; so carbon efficiency rises with L
  coal_power_share  Jiangsu's thermal (coal) share of generation, 0.83 in 2010 falling 1.2 points a year (one
            value per year: the provincial grid)
  investment fixed-asset investment (nominal) = 0.5-0.7 of nominal GDP, investment price index 2010 = 1
  controls  urbanisation, fiscal expenditure share, FDI share, college students per 10,000, secondary share
"""
import csv
import math
import random

SEED = 20101
YEARS = range(2009, 2021)

# city, sub-region, 2010 GDP (100 million yuan), 2010 resident population (10,000), latitude, longitude
CITIES = [
    ("Nanjing", "Sunan", 5131, 801, 32.06, 118.80),
    ("Wuxi", "Sunan", 5793, 637, 31.49, 120.31),
    ("Changzhou", "Sunan", 3044, 459, 31.81, 119.97),
    ("Suzhou", "Sunan", 9229, 1047, 31.30, 120.58),
    ("Zhenjiang", "Sunan", 1957, 311, 32.19, 119.43),
    ("Nantong", "Suzhong", 3466, 728, 31.98, 120.89),
    ("Yangzhou", "Suzhong", 2230, 446, 32.39, 119.41),
    ("Taizhou", "Suzhong", 2049, 462, 32.46, 119.92),
    ("Xuzhou", "Subei", 2942, 858, 34.20, 117.28),
    ("Lianyungang", "Subei", 1150, 439, 34.60, 119.22),
    ("Huai'an", "Subei", 1390, 480, 33.61, 119.02),
    ("Yancheng", "Subei", 2266, 726, 33.35, 120.16),
    ("Suqian", "Subei", 1051, 472, 33.96, 118.28),
]
REGION_LEVEL = {"Sunan": 0.62, "Suzhong": 0.48, "Subei": 0.36}
REGION_SECONDARY = {"Sunan": 51.0, "Suzhong": 53.0, "Subei": 48.0}
PRICE_INFLATION = {2009: -0.02, 2010: 0.0}  # investment price index growth (2010 = 1)

# name, log-scale per unit of GDP, loading on L, yearly trend, noise sd (manufacturing, then producer services)
MFG = [
    ("mfg_output_100m_yuan", math.log(2.6), 0.8, 0.01, 0.04),
    ("mfg_value_added_100m_yuan", math.log(0.42), 0.6, -0.005, 0.03),
    ("mfg_employees_10k", math.log(0.028), 0.5, -0.03, 0.04),
    ("mfg_profit_100m_yuan", math.log(0.15), 1.2, 0.0, 0.08),
    ("mfg_assets_100m_yuan", math.log(2.0), 0.9, 0.01, 0.05),
    ("mfg_firms", math.log(1.2), 0.7, -0.01, 0.05),
    ("mfg_rd_100m_yuan", math.log(0.012), 1.8, 0.06, 0.08),
    ("mfg_new_products_100m_yuan", math.log(0.35), 1.6, 0.05, 0.07),
]
PS = [
    ("ps_value_added_100m_yuan", math.log(0.14), 1.4, 0.03, 0.03),
    ("ps_employees_10k", math.log(0.012), 1.1, 0.02, 0.04),
    ("ps_investment_100m_yuan", math.log(0.09), 1.3, 0.02, 0.08),
    ("ps_loans_100m_yuan", math.log(0.9), 1.6, 0.04, 0.05),
    ("ps_wage_10k_yuan", math.log(4.6), 0.9, 0.07, 0.03),
    ("ps_firms", math.log(0.9), 1.5, 0.05, 0.06),
    ("ps_info_services_100m_yuan", math.log(0.02), 2.0, 0.08, 0.08),
    ("ps_logistics_100m_yuan", math.log(0.035), 1.0, 0.02, 0.05),
]


def r(x, d):
    return f"{x:.{d}f}"


def main():
    rng = random.Random(SEED)
    rows = []
    for city, region, gdp2010, pop2010, lat, lon in CITIES:
        dev = rng.gauss(0, 0.04)
        pat_level = math.log(pop2010) + 2.3 + rng.gauss(0, 0.15)
        energy_level = rng.gauss(0, 0.12)
        inv_share = rng.uniform(0.5, 0.7)
        sec0 = REGION_SECONDARY[region] + rng.gauss(0, 2.0)
        urban0 = {"Sunan": 72.0, "Suzhong": 59.0, "Subei": 55.0}[region] + rng.gauss(0, 3.0)
        gov0 = {"Sunan": 0.095, "Suzhong": 0.105, "Subei": 0.13}[region] * math.exp(rng.gauss(0, 0.08))
        fdi0 = {"Sunan": 0.045, "Suzhong": 0.035, "Subei": 0.022}[region] * math.exp(rng.gauss(0, 0.15))
        hum0 = {"Sunan": 350.0, "Suzhong": 180.0, "Subei": 160.0}[region] * math.exp(rng.gauss(0, 0.3))
        mfg_scale = [rng.gauss(0, 0.1) for _ in MFG]
        ps_scale = [rng.gauss(0, 0.1) for _ in PS]
        noise = 0.0
        gdp = gdp2010 / (1.0 + 0.125)  # 2009 level
        prices = {2010: 1.0}
        p = 1.0
        for y in range(2011, 2021):
            p *= 1.0 + 0.015 + 0.01 * math.sin(y)  # a smooth, deterministic path
            prices[y] = p
        prices[2009] = 1.0 / 1.02
        L_prev = None
        for y in YEARS:
            noise = 0.5 * noise + rng.gauss(0, 0.025)
            L = REGION_LEVEL[region] + dev + 0.025 * (y - 2010) + noise
            if y > 2009:
                growth = 0.105 - 0.0055 * (y - 2010) + 0.4 * (L - L_prev) + rng.gauss(0, 0.01)
                gdp *= 1.0 + growth
            L_prev = L
            pop = pop2010 * (1.0 + 0.004) ** (y - 2010) * math.exp(rng.gauss(0, 0.003))
            employees = 0.56 * pop * math.exp(rng.gauss(0, 0.02))
            ln_pat = pat_level + 3.0 * (L - 0.5) + 0.02 * (y - 2010) + rng.gauss(0, 0.08)
            patents = math.exp(ln_pat)
            secondary = sec0 - 0.55 * (y - 2010) + rng.gauss(0, 0.6)
            # energy per unit of GDP: falls with time, integration and patents; rises with the secondary share
            e_log = (energy_level - 0.06 * (y - 2010) - 0.9 * (L - 0.5) - 0.4 * (ln_pat - pat_level)
                     + 0.02 * (secondary - 50.0) + rng.gauss(0, 0.03))
            electricity = gdp * 0.12 * math.exp(e_log)  # 100 million kWh
            natural_gas = gdp * 18.0 * math.exp(e_log + 0.06 * (y - 2010) + rng.gauss(0, 0.05))  # 10,000 m3
            lpg = gdp * 9.0 * math.exp(e_log - 0.04 * (y - 2010) + rng.gauss(0, 0.08))  # tonnes
            gdp_nominal = gdp * prices[y]
            investment = inv_share * gdp_nominal * math.exp(rng.gauss(0, 0.05))
            row = {
                "city": city, "year": y, "subregion": region, "lat": r(lat, 2), "lon": r(lon, 2),
                "gdp_real_100m_yuan": r(gdp, 2),
                "population_10k": r(pop, 2),
                "employees_10k": r(employees, 2),
                "investment_100m_yuan": r(investment, 2),
                "invest_price_index": r(prices[y], 4),
                "electricity_100m_kwh": r(electricity, 3),
                "natural_gas_10k_m3": r(natural_gas, 1),
                "lpg_t": r(lpg, 1),
                "coal_power_share": r(0.83 - 0.012 * (y - 2010), 3),
                "patents": str(int(round(patents))),
                "urban_rate": r(min(85.0, urban0 + 1.1 * (y - 2010) + rng.gauss(0, 0.4)), 2),
                "gov_share": r(gov0 * math.exp(0.01 * (y - 2010) + rng.gauss(0, 0.04)), 4),
                "fdi_share": r(fdi0 * math.exp(-0.05 * (y - 2010) + rng.gauss(0, 0.1)), 4),
                "students_per_10k": r(hum0 * math.exp(0.02 * (y - 2010) + rng.gauss(0, 0.04)), 1),
                "secondary_share": r(secondary, 2),
            }
            for k, (name, scale, load, trend, sd) in enumerate(MFG):
                v = gdp * math.exp(scale + mfg_scale[k] + load * (L - 0.5) + trend * (y - 2010) + rng.gauss(0, sd))
                row[name] = r(v, 3 if v < 100 else 1)
            for k, (name, scale, load, trend, sd) in enumerate(PS):
                v = gdp * math.exp(scale + ps_scale[k] + load * (L - 0.5) + trend * (y - 2010) + rng.gauss(0, sd))
                if name == "ps_wage_10k_yuan":
                    v = math.exp(scale + ps_scale[k] + load * (L - 0.5) + trend * (y - 2010) + rng.gauss(0, sd))
                row[name] = r(v, 3 if v < 100 else 1)
            for name in ("mfg_firms", "ps_firms"):
                row[name] = str(int(round(float(row[name]))))
            rows.append(row)
    with open("jiangsu13_2009_2020.csv", "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0].keys()), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


if __name__ == "__main__":
    main()
