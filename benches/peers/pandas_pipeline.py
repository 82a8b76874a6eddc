"""The ranking a user would script in pandas, for the speed comparison in benches/peers.sh.

Reads the generated offers (xlsx through python-calamine, or CSV), turns the answers into
numbers (amounts with "zł", durations with units, percentages, "tak"/"nie", choices), scores
each column min-max, sums the weights, sorts and writes the ranking as CSV:

    python3 benches/peers/pandas_pipeline.py offers-100000.xlsx ranking.csv
"""

import sys

import numpy as np
import pandas as pd

src, out = sys.argv[1], sys.argv[2]
if src.endswith(".csv"):
    df = pd.read_csv(src, sep=";", dtype=str)
else:
    df = pd.read_excel(src, engine="calamine", dtype=str)


def number(col):
    text = df[col].astype(str).str.replace(r"[^\d,.\-]", "", regex=True)
    return pd.to_numeric(text.str.replace(",", ".", regex=False), errors="coerce")


def hours(col):
    text = df[col].astype(str)
    value = number(col)
    return np.where(text.str.contains("min"), value / 60, value)


def yes(col):
    return df[col].astype(str).str.strip().str.lower().isin(["tak", "yes"]).astype(float)


backups = {"co godzinę": 1.0, "codziennie": 0.8, "co tydzień": 0.4, "miesięcznie": 0.1}
values = pd.DataFrame(
    {
        "fee": number("Abonament miesięczny"),
        "rate": number("Stawka godzinowa"),
        "hours": number("Godziny w abonamencie"),
        "p1_response": hours("Czas reakcji P1"),
        "p1_rto": hours("Czas przywrócenia P1"),
        "uptime": number("Dostępność"),
        "backups": df["Kopie zapasowe"].map(backups),
        "monitoring": yes("Monitoring 24/7"),
        "report": yes("Raport miesięczny"),
        "reference": number("Ostatnia referencja"),
        "inquiry": number("Czas odpowiedzi na zapytanie"),
    }
)
# weight, higher is better
criteria = {
    "fee": (6, False),
    "rate": (3, False),
    "hours": (3, True),
    "p1_response": (9, False),
    "p1_rto": (5, False),
    "uptime": (5, True),
    "backups": (4, True),
    "monitoring": (3, True),
    "report": (4, True),
    "reference": (2, True),
    "inquiry": (2, False),
}
total = sum(w for w, _ in criteria.values())
score = np.zeros(len(df))
for name, (weight, higher) in criteria.items():
    x = values[name]
    lo, hi = x.min(), x.max()
    span = (hi - lo) or 1.0
    s = (x - lo) / span if higher else (hi - x) / span
    score += weight * s.fillna(0.0).to_numpy()
df["Wynik"] = 100 * score / total
ranking = df.sort_values("Wynik", ascending=False, kind="stable")
ranking.insert(0, "Miejsce", np.arange(1, len(ranking) + 1))
ranking.to_csv(out, sep=";", index=False)
