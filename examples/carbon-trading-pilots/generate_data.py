#!/usr/bin/env python3
"""Seeded synthetic city panel for the carbon-trading-pilots example (CarbonLab replication study 4).

Real city names and provinces, made-up numbers: the city statistics papers use (employment, capital stock, energy,
GDP, CO2, 2009-2019) cannot be shipped, so this script draws a panel shaped like them (units and magnitudes of
prefecture-level cities) from a fixed seed. Python's random module (Mersenne Twister) gives the same file on every
machine. Run:  python3 generate_data.py  (writes data/city_panel_2009_2019.csv).

Design (so that the study's estimators have something to find):
- 2013 pilots: Beijing, Tianjin, Shanghai, Chongqing (municipalities) and the prefecture cities of Hubei and
  Guangdong (Shenzhen, a pilot of its own, is a Guangdong city); controls: cities of Hunan, Jiangxi and Anhui.
- GDP (100 million yuan, 2009 prices) from a Cobb-Douglas in capital and labour with city TFP growth; energy
  (10,000 tce) = GDP x an energy intensity falling about 4 % a year; CO2 (Mt) = energy x an emission factor of
  about 2.4 t CO2 per tce. From 2013 the pilots' energy intensity and emission factor fall faster (the policy
  effect on green TFP) and their GDP gains a little.
- Controls: population (10,000), secondary-industry share of GDP (%), actual FDI / GDP (%), government
  expenditure / GDP (%), each with a city level, a trend and noise.
"""
import csv
import math
import os
import random

SEED = 20130618  # the day the Shenzhen pilot opened
YEARS = list(range(2009, 2020))
POLICY_YEAR = 2013

MUNICIPALITIES = ["Beijing", "Tianjin", "Shanghai", "Chongqing"]
CITIES = {
    "Hubei": ["Wuhan", "Huangshi", "Shiyan", "Yichang", "Xiangyang", "Ezhou", "Jingmen", "Xiaogan", "Jingzhou",
              "Huanggang", "Xianning", "Suizhou"],
    "Guangdong": ["Guangzhou", "Shaoguan", "Shenzhen", "Zhuhai", "Shantou", "Foshan", "Jiangmen", "Zhanjiang",
                  "Maoming", "Zhaoqing", "Huizhou", "Meizhou", "Shanwei", "Heyuan", "Yangjiang", "Qingyuan",
                  "Dongguan", "Zhongshan", "Chaozhou", "Jieyang", "Yunfu"],
    "Hunan": ["Changsha", "Zhuzhou", "Xiangtan", "Hengyang", "Shaoyang", "Yueyang", "Changde", "Zhangjiajie",
              "Yiyang", "Chenzhou", "Yongzhou", "Huaihua", "Loudi"],
    "Jiangxi": ["Nanchang", "Jingdezhen", "Pingxiang", "Jiujiang", "Xinyu", "Yingtan", "Ganzhou", "Ji'an",
                "Yichun", "Fuzhou", "Shangrao"],
    "Anhui": ["Hefei", "Wuhu", "Bengbu", "Huainan", "Maanshan", "Huaibei", "Tongling", "Anqing", "Huangshan",
              "Chuzhou", "Fuyang", "Suzhou", "Lu'an", "Bozhou", "Chizhou", "Xuancheng"],
}
PILOT_PROVINCES = {"Hubei", "Guangdong"}
# provincial capitals and other large cities start bigger
LARGE = {"Wuhan", "Guangzhou", "Shenzhen", "Changsha", "Nanchang", "Hefei", "Dongguan", "Foshan"}


def cities():
    out = [(m, m, 1) for m in MUNICIPALITIES]
    for province, names in CITIES.items():
        out += [(c, province, 1 if province in PILOT_PROVINCES else 0) for c in names]
    return out


def main():
    rnd = random.Random(SEED)
    rows = []
    for city, province, pilot in cities():
        size = 4.0 if city in MUNICIPALITIES else 2.2 if city in LARGE else 1.0
        pop = size * rnd.uniform(250, 650)                      # 10,000 persons
        gdp0 = pop * rnd.uniform(2.2, 4.5) * (1.4 if size > 1 else 1.0)  # 100 million yuan
        capital = gdp0 * rnd.uniform(1.8, 2.8)
        labour_share = rnd.uniform(0.10, 0.16)
        tfp_growth = rnd.gauss(0.025, 0.008)
        intensity = rnd.uniform(0.55, 1.10)                     # tce per 10,000 yuan
        factor = rnd.uniform(2.2, 2.6)                          # t CO2 per tce
        industry = rnd.uniform(38, 58)
        fdi = rnd.uniform(0.5, 4.5) * (1.5 if province == "Guangdong" else 1.0)
        gov = rnd.uniform(9, 18)
        tfp = 1.0
        # the Cobb-Douglas constant makes the first year's GDP about gdp0
        labour0 = pop * labour_share
        scale = gdp0 / (capital ** 0.4 * labour0 ** 0.5)
        for year in YEARS:
            s = year - YEARS[0]
            post = pilot == 1 and year >= POLICY_YEAR
            exposure = year - POLICY_YEAR + 1 if post else 0
            labour = pop * labour_share * (1 + 0.008 * s) * math.exp(rnd.gauss(0, 0.02))
            gdp = scale * tfp * capital ** 0.4 * labour ** 0.5 * math.exp(rnd.gauss(0, 0.03))
            gdp *= 1 + 0.004 * exposure
            energy_intensity = intensity * math.exp(-0.04 * s - 0.025 * exposure + rnd.gauss(0, 0.04))
            energy = gdp * energy_intensity                     # 100m yuan x tce/10,000 yuan = 10,000 tce
            co2 = energy * factor * math.exp(-0.006 * s - 0.012 * exposure + rnd.gauss(0, 0.02)) / 100  # Mt
            rows.append({
                "city": city, "province": province, "year": year, "pilot": pilot,
                "labour_10k": round(labour, 3), "capital_100m_yuan": round(capital, 2),
                "energy_10k_tce": round(energy, 2), "gdp_100m_yuan": round(gdp, 2), "co2_mt": round(co2, 4),
                "population_10k": round(pop, 2),
                "industry_share": round(industry + rnd.gauss(0, 1.0), 2),
                "fdi_share": round(max(0.05, fdi + rnd.gauss(0, 0.3)), 3),
                "gov_share": round(gov + rnd.gauss(0, 0.8), 2),
            })
            # next year
            capital = capital * (1 - 0.096) + gdp * rnd.uniform(0.38, 0.48)
            tfp *= math.exp(tfp_growth + rnd.gauss(0, 0.01))
            pop *= math.exp(rnd.gauss(0.006, 0.004))
            industry -= rnd.uniform(0.3, 1.0)
            fdi *= math.exp(rnd.gauss(-0.03, 0.05))
            gov += rnd.gauss(0.15, 0.2)
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "data", "city_panel_2009_2019.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0].keys()), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print("wrote", path, len(rows), "rows")


if __name__ == "__main__":
    main()
