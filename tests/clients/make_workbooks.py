"""Writes the workbooks verify.sh reads, the way openpyxl (and other export libraries) write them:
formulas are stored without a computed value, dates as date-formatted serial numbers.
Usage: python3 make_workbooks.py OUTDIR"""
import datetime
import sys

import openpyxl

out = sys.argv[1]

# 1. dates in the time column, a title row above the header, a number stored as text
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Panel"
ws.append(["Table 1. Provincial panel (made by openpyxl)"])
ws.append([])
ws.append(["province", "date", "gdp", "energy"])
for p, base in (("Beijing", 100.0), ("Tianjin", 80.0)):
    for y in range(2000, 2004):
        ws.append([p, datetime.date(y, 12, 31), base + y - 2000, str(base / 10 + y - 2000)])
wb.save(f"{out}/dates-title-text.xlsx")

# 2. formulas without cached values (openpyxl never computes them)
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Data"
ws.append(["province", "year", "x", "y"])
for i, y in enumerate(range(2000, 2004), start=2):
    ws.append(["A", y, i, f"=C{i}*2"])
wb.save(f"{out}/formulas.xlsx")

# 3. a cover sheet first, data on the second sheet
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "About"
wb.create_sheet("Data").append(["province", "year", "x"])
wb["Data"].append(["A", 2000, 1.5])
wb.save(f"{out}/cover-first.xlsx")
