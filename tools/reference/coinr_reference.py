#!/usr/bin/env python3
"""Independent reference results for ChiSo's composite engine, from COINr's documented formulas.

Plain Python 3, standard library only, written separately from the C# code. For the ASEM example
(COINr's ASEM_iData / ASEM_iMeta) it computes, through every level of the tree:

  minmax_amean         n_minmax to [0, 100] (direction applied first), a_amean, competition ranks
  meanimp_zscore_amean i_mean imputation, n_zscore with mean 10 and sd 2, a_amean, competition ranks
  minmax1_gmean        n_minmax to [1, 100], a_gmean, competition ranks
  minmax1_hmean        n_minmax to [1, 100], a_hmean, competition ranks
  zscore_amean         n_zscore with mean 0 and sd 1 (no imputation), a_amean, competition ranks

COINr formulas used (COINr 1.1.x, R/normalise.R, R/aggregate.R, R/impute.R):
  n_minmax(x, l, u) = (x - min) / (max - min) * (u - l) + l, min/max over non-missing values
  n_zscore(x, m, s) = (x - mean) / sd * s + m, sd the sample standard deviation (n - 1)
  a_amean(x, w)     = w <- w / sum(w) over children with a value, then sum(w * x)
  a_gmean(x, w)     = exp(sum(w ln x) / sum(w)) over children with a value
  a_hmean(x, w)     = sum(w) / sum(w / x) over children with a value

Bit for bit: R's sum() accumulates in the C type long double, which on x86-64 Linux is the x87 80-bit type
(64-bit significand, round to nearest even), and rounds to a double once at the end; mean() divides that sum by n
and adds the mean of the residuals, both in long double; var() (cov.c) takes the mean so computed, rounded to a
double, and sums (x - mean)^2 in long double before dividing by n - 1. Here exact fractions stand in for the
hardware: every long double operation is computed exactly and rounded to 64 significant bits (ld below).
  direction -1      : values are multiplied by -1 before normalising
  ranks             : highest score ranks 1, ties share the lowest rank (1, 2, 2, 4), missing unranked

Usage: python3 coinr_reference.py ASEM_DIR OUT_DIR
Writes OUT_DIR/asem_<variant>.csv with columns uCode,iCode,Score,Rank (Score as repr(float), Rank empty
when unranked, Score empty when missing).
"""
import csv
import math
import os
import sys
from fractions import Fraction


def read_table(path):
    with open(path, newline="", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


def num(text):
    text = (text or "").strip()
    if text == "" or text == "NA":
        return None
    return float(text)


def load(asem_dir):
    meta = read_table(os.path.join(asem_dir, "asem_iMeta.csv"))
    data = read_table(os.path.join(asem_dir, "asem_iData.csv"))
    nodes = [r for r in meta if r["Type"] in ("Indicator", "Aggregate")]
    units = [r["uCode"] for r in data]
    raw = {n["iCode"]: [num(r[n["iCode"]]) for r in data] for n in nodes if n["Type"] == "Indicator"}
    return nodes, units, raw


def present(xs):
    return [x for x in xs if x is not None]


def ld(x):
    """Rounds an exact value to the x87 long double: 64 significant bits, ties to even."""
    x = Fraction(x)
    if x == 0:
        return x
    sign = -1 if x < 0 else 1
    x = abs(x)
    e = x.numerator.bit_length() - x.denominator.bit_length()
    if Fraction(2) ** e > x:
        e -= 1
    scale = Fraction(2) ** (63 - e)  # x * scale is in [2^63, 2^64)
    scaled = x * scale
    q, r = divmod(scaled.numerator, scaled.denominator)
    if 2 * r > scaled.denominator or (2 * r == scaled.denominator and q % 2 == 1):
        q += 1
    return sign * Fraction(q) / scale


def r_sum_ld(xs):
    s = Fraction(0)
    for x in xs:
        s = ld(s + Fraction(x))
    return s


def r_sum(xs):
    """R's sum(): long double accumulation in order, one rounding to a double at the end."""
    return float(r_sum_ld(xs))


def r_mean(xs):
    """R's mean(): long double sum / n, plus the long double mean of the residuals."""
    n = len(xs)
    s = ld(r_sum_ld(xs) / n)
    t = Fraction(0)
    for x in xs:
        t = ld(t + ld(Fraction(x) - s))
    return float(ld(s + ld(t / n)))


def r_sd(xs):
    """R's sd(): sqrt of cov.c's variance, around the mean rounded to a double."""
    m = Fraction(r_mean(xs))
    s = Fraction(0)
    for x in xs:
        d = ld(Fraction(x) - m)
        s = ld(s + ld(d * d))
    return math.sqrt(float(ld(s / (len(xs) - 1))))


def impute_mean(xs):
    m = r_mean(present(xs))
    return [m if x is None else x for x in xs]


def minmax(xs, lower, upper):
    p = present(xs)
    lo, hi = min(p), max(p)
    return [None if x is None else (x - lo) / (hi - lo) * (upper - lower) + lower for x in xs]


def zscore(xs, mean_target, sd_target):
    p = present(xs)
    m = r_mean(p)
    sd = r_sd(p)
    return [None if x is None else (x - m) / sd * sd_target + mean_target for x in xs]


def amean(values, weights):
    pairs = [(x, w) for x, w in zip(values, weights) if x is not None]
    if not pairs:
        return None
    total = r_sum([w for _, w in pairs])
    return r_sum([(w / total) * x for x, w in pairs])


def gmean(values, weights):
    pairs = [(x, w) for x, w in zip(values, weights) if x is not None]
    if not pairs:
        return None
    return math.exp(r_sum([w * math.log(x) for x, w in pairs]) / r_sum([w for _, w in pairs]))


def hmean(values, weights):
    pairs = [(x, w) for x, w in zip(values, weights) if x is not None]
    if not pairs:
        return None
    return r_sum([w for _, w in pairs]) / r_sum([w / x for x, w in pairs])


def competition_ranks(xs):
    ranks = []
    for x in xs:
        if x is None:
            ranks.append(None)
        else:
            ranks.append(1 + sum(1 for y in xs if y is not None and y > x))
    return ranks


def compute(nodes, units, raw, normalise, aggregate, impute=False):
    scores = {}
    for n in nodes:
        if n["Type"] != "Indicator":
            continue
        xs = raw[n["iCode"]]
        if impute:
            xs = impute_mean(xs)
        direction = float(n["Direction"])
        xs = [None if x is None else x * direction for x in xs]
        scores[n["iCode"]] = normalise(xs)
    # Aggregate level by level: a node's children all sit one level below it.
    levels = sorted({int(n["Level"]) for n in nodes if n["Type"] == "Aggregate"})
    for level in levels:
        for n in nodes:
            if n["Type"] != "Aggregate" or int(n["Level"]) != level:
                continue
            children = [c for c in nodes if c["Parent"] == n["iCode"]]
            weights = [float(c["Weight"]) for c in children]
            scores[n["iCode"]] = [
                aggregate([scores[c["iCode"]][u] for c in children], weights) for u in range(len(units))
            ]
    return scores


def write(path, nodes, units, scores):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["uCode", "iCode", "Score", "Rank"])
        for n in nodes:
            code = n["iCode"]
            ranks = competition_ranks(scores[code])
            for u, unit in enumerate(units):
                s = scores[code][u]
                w.writerow([unit, code, "" if s is None else repr(s), "" if ranks[u] is None else ranks[u]])


def main():
    asem_dir, out_dir = sys.argv[1], sys.argv[2]
    nodes, units, raw = load(asem_dir)
    variants = {
        "minmax_amean": (lambda xs: minmax(xs, 0.0, 100.0), amean, False),
        "meanimp_zscore_amean": (lambda xs: zscore(xs, 10.0, 2.0), amean, True),
        "minmax1_gmean": (lambda xs: minmax(xs, 1.0, 100.0), gmean, False),
        "minmax1_hmean": (lambda xs: minmax(xs, 1.0, 100.0), hmean, False),
        "zscore_amean": (lambda xs: zscore(xs, 0.0, 1.0), amean, False),
    }
    for name, (normalise, aggregate, impute) in variants.items():
        scores = compute(nodes, units, raw, normalise, aggregate, impute)
        write(os.path.join(out_dir, "asem_" + name + ".csv"), nodes, units, scores)


if __name__ == "__main__":
    main()
