"""Helpers shared by the capsim notebooks: run the jar, read its outputs, save figures.

The notebooks make their own data by running ``java -jar target/capsim.jar`` with small
populations, so each runs in a minute or two. Outputs go under ``target/`` (never committed):
``target/notebook-data/`` for the runs, ``target/notebook-output/`` for the figures.
"""
import json
import os
import shutil
import subprocess
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
# CAPSIM_JAR points the notebooks at another build (e.g. to check a branch); default: this one
JAR = Path(os.environ.get("CAPSIM_JAR", ROOT / "target" / "capsim.jar"))
DATA = ROOT / "target" / "notebook-data"
FIGURES = ROOT / "target" / "notebook-output"
AGENCIES = ["csc", "asc", "gp", "acute", "mh", "police", "housing", "vcs"]
AGENCY_NAMES = {
    "csc": "Children's social care", "asc": "Adult social care", "gp": "Primary care (GP)",
    "acute": "Acute hospital", "mh": "Mental health", "police": "Police", "housing": "Housing",
    "vcs": "Voluntary and community sector",
}


def capsim(*args):
    """Runs one capsim command; raises with capsim's own message if it fails."""
    if not JAR.exists():
        raise FileNotFoundError(f"{JAR} not found: build it first with 'mvn -q -DskipTests package'")
    cmd = ["java", "-jar", str(JAR), *[str(a) for a in args]]
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({done.returncode}):\n{done.stderr.strip()}")
    return done.stdout


def fresh(name):
    """An output folder path for a run, with any earlier run of the same name removed."""
    out = DATA / name
    if out.exists():
        shutil.rmtree(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    return out


def run(scenario, name=None, *, population=3000, years=3, replications=2, seed=1, sets=()):
    """``capsim run``; returns its timeseries.csv as a DataFrame (one row per replication-week)."""
    out = fresh(name or scenario)
    args = ["run", scenario, "--population", population, "--years", years,
            "--replications", replications, "--seed", seed, "--out", out]
    for s in sets:
        args += ["--set", s]
    capsim(*args)
    ts = pd.read_csv(out / "timeseries.csv")
    ts["scenario"] = name or scenario
    return ts


def summary(folder):
    with open(Path(folder) / "summary.json") as f:
        return json.load(f)


def yearly(ts, flows=(), stocks=()):
    """Per replication and year: flows summed over the year's weeks, stocks averaged."""
    g = ts.groupby(["replication", "year"])
    parts = []
    if flows:
        parts.append(g[list(flows)].sum())
    if stocks:
        parts.append(g[list(stocks)].mean())
    return pd.concat(parts, axis=1).reset_index()


def paired(a, b, columns):
    """B minus A, replication by replication (same seeds: a paired comparison)."""
    keys = [k for k in ("replication", "year", "week") if k in a.columns and k in b.columns]
    m = a[keys + list(columns)].merge(b[keys + list(columns)], on=keys, suffixes=("_a", "_b"))
    out = m[keys].copy()
    for c in columns:
        out[c] = m[c + "_b"] - m[c + "_a"]
    return out


def save(fig, name):
    """Saves a figure as target/notebook-output/<name>.png (CI keeps these)."""
    FIGURES.mkdir(parents=True, exist_ok=True)
    path = FIGURES / f"{name}.png"
    fig.savefig(path, dpi=110, bbox_inches="tight")
    return path
