"""Writes the quarterly and monthly workbooks DateUnitsTest reads, as openpyxl writes them (dates as
date-formatted serial numbers, a title row above the header). Run with Debian's python3-openpyxl:
    /usr/bin/python3 make_quarterly_workbooks.py
Values: x = 10*entity_index + period number (1, 2, ...), so lag(x,1) = x - 1 inside an entity."""
import datetime

import openpyxl

QUARTER_ENDS = [(3, 31), (6, 30), (9, 30), (12, 31)]

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Quarterly"
ws.append(["Table 2. Quarterly city panel (made by openpyxl)"])
ws.append(["city", "date", "x"])
for e, city in enumerate(["A", "B"]):
    k = 0
    for y in (2015, 2016):
        for m, d in QUARTER_ENDS:
            k += 1
            ws.append([city, datetime.date(y, m, d), 10 * e + k])
wb.save("quarterly-dates.xlsx")

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Monthly"
ws.append(["city", "date", "x"])
for e, city in enumerate(["A", "B"]):
    for k, m in enumerate(range(1, 7), start=1):
        ws.append([city, datetime.date(2020, m, 15), 10 * e + k])
wb.save("monthly-dates.xlsx")
