#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A small, independent evaluator of PMML 4.4 center-based ClusteringModels.

Written from the DMG PMML 4.4 specification (DataDictionary, MiningSchema,
TransformationDictionary with DerivedField, NormContinuous, NormDiscrete, Apply,
FieldRef, Constant; ClusteringModel with ComparisonMeasure and Cluster), not
from Segmenta's code, so that it can check the exported document.

    pmml_evaluate.py MODEL.pmml INPUT.csv OUTPUT.csv

INPUT.csv has a header naming the DataFields; an empty cell is a missing value.
OUTPUT.csv gets one line per input row: the predictedValue (the winning
Cluster's id) and the predictedDisplayValue (its name), tab-separated.
"""
import csv
import datetime
import sys
import xml.etree.ElementTree as ET

import numpy as np

NS = {"p": "http://www.dmg.org/PMML-4_4"}
EPOCH_DAY = datetime.date(1970, 1, 1).toordinal()


def tag(e):
    return e.tag.split("}", 1)[1]


class Value:
    """A column of values: numbers (NaN = missing) or strings (None = missing)."""

    def __init__(self, numbers=None, strings=None):
        self.numbers, self.strings = numbers, strings

    def missing(self):
        if self.numbers is not None:
            return np.isnan(self.numbers)
        return np.array([s is None for s in self.strings])

    def as_numbers(self):
        if self.numbers is not None:
            return self.numbers
        return np.array([np.nan if s is None else float(s) for s in self.strings])


def parse_date(text, with_time):
    text = text.replace("T", " ")
    if with_time:
        d = datetime.datetime.strptime(text[:19], "%Y-%m-%d %H:%M:%S")
        return (d.date().toordinal() - EPOCH_DAY) * 86400 + d.hour * 3600 + d.minute * 60 + d.second
    return datetime.date.fromisoformat(text[:10]).toordinal() - EPOCH_DAY


def read_input(path, data_fields):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header, rows = rows[0], rows[1:]
    columns = {}
    for name, data_type in data_fields.items():
        i = header.index(name)
        cells = [r[i] if r[i] != "" else None for r in rows]
        if data_type in ("double", "float", "integer"):
            columns[name] = Value(numbers=np.array([np.nan if c is None else float(c) for c in cells]))
        elif data_type in ("date", "dateTime"):
            # kept as text; the date functions read it (dateDaysSinceYear etc.)
            columns[name] = Value(strings=cells)
        elif data_type == "boolean":
            columns[name] = Value(strings=[None if c is None else c.strip().lower() for c in cells])
        else:
            columns[name] = Value(strings=cells)
    return columns, len(rows)


class Evaluator:
    def __init__(self, root, columns, n):
        self.fields = dict(columns)
        self.n = n
        self.data_types = {f.get("name"): f.get("dataType") for f in root.iterfind("p:DataDictionary/p:DataField", NS)}
        self.derived = {d.get("name"): d for d in root.iterfind("p:TransformationDictionary/p:DerivedField", NS)}

    def field(self, name):
        if name not in self.fields:
            d = self.derived[name]
            expr = [c for c in d if tag(c) != "Extension"][0]
            self.fields[name] = self.expression(expr)
        return self.fields[name]

    def expression(self, e):
        kind = tag(e)
        if kind == "FieldRef":
            v = self.field(e.get("field"))
            if e.get("mapMissingTo") is not None:
                v = Value(numbers=np.where(v.missing(), float(e.get("mapMissingTo")), v.as_numbers()))
            return v
        if kind == "Constant":
            if e.get("dataType") == "string":
                return Value(strings=[e.text] * self.n)
            return Value(numbers=np.full(self.n, float(e.text)))
        if kind == "NormContinuous":
            return self.norm_continuous(e)
        if kind == "NormDiscrete":
            v = self.field(e.get("field"))
            target = e.get("value")
            strings = v.strings if v.strings is not None else [None if np.isnan(x) else repr(x) for x in v.numbers]
            out = np.array([np.nan if s is None else (1.0 if s == target else 0.0) for s in strings])
            if e.get("mapMissingTo") is not None:
                out = np.where(np.isnan(out), float(e.get("mapMissingTo")), out)
            return Value(numbers=out)
        if kind == "Apply":
            return self.apply(e)
        raise ValueError("unsupported expression " + kind)

    def norm_continuous(self, e):
        """Piecewise linear through the LinearNorm points; outside them the first
        or last piece is extended (outliers="asIs", the default)."""
        if e.get("outliers", "asIs") != "asIs":
            raise ValueError("only outliers=asIs is supported")
        x = self.field(e.get("field")).as_numbers()
        pts = [(float(p.get("orig")), float(p.get("norm"))) for p in e.iterfind("p:LinearNorm", NS)]
        out = np.full(self.n, np.nan)
        for i in range(len(pts) - 1):
            (o1, n1), (o2, n2) = pts[i], pts[i + 1]
            lo = -np.inf if i == 0 else o1
            hi = np.inf if i == len(pts) - 2 else o2
            sel = (x >= lo) & (x < hi) if hi != np.inf else (x >= lo)
            out = np.where(sel, n1 + (x - o1) / (o2 - o1) * (n2 - n1), out)
        if e.get("mapMissingTo") is not None:
            out = np.where(np.isnan(x), float(e.get("mapMissingTo")), out)
        return Value(numbers=out)

    def apply(self, e):
        f = e.get("function")
        args = [c for c in e if tag(c) != "Extension"]
        if f == "if":
            cond = self.expression(args[0]).as_numbers()
            a = self.expression(args[1]).as_numbers()
            b = self.expression(args[2]).as_numbers() if len(args) > 2 else np.full(self.n, np.nan)
            with np.errstate(invalid="ignore"):
                out = np.where(np.isnan(cond), np.nan, np.where(cond == 1.0, a, b))
            any_missing = np.isnan(cond)
        elif f in ("dateDaysSinceYear", "dateSecondsSinceYear"):
            v = self.expression(args[0])
            year = int(float(args[1].text))
            with_time = f == "dateSecondsSinceYear"
            base = datetime.date(year, 1, 1).toordinal() - EPOCH_DAY
            if with_time:
                base *= 86400
            out = np.array([np.nan if s is None else float(parse_date(s, with_time) - base) for s in v.strings])
            any_missing = np.isnan(out)
        else:
            values = [self.expression(a).as_numbers() for a in args]
            any_missing = np.zeros(self.n, dtype=bool)
            for v in values:
                any_missing |= np.isnan(v)
            with np.errstate(invalid="ignore", divide="ignore"):
                if f == "+":
                    out = values[0] + values[1]
                elif f == "-":
                    out = values[0] - values[1]
                elif f == "*":
                    out = values[0] * values[1]
                elif f == "/":
                    out = values[0] / values[1]
                elif f == "ln":
                    out = np.log(values[0])
                elif f == "ln1p":
                    out = np.log1p(values[0])
                elif f == "greaterThan":
                    out = np.where(any_missing, np.nan, (values[0] > values[1]).astype(float))
                elif f == "isMissing":
                    out = any_missing.astype(float)
                    any_missing = np.zeros(self.n, dtype=bool)
                else:
                    raise ValueError("unsupported function " + f)
        if e.get("mapMissingTo") is not None:
            out = np.where(any_missing, float(e.get("mapMissingTo")), out)
        return Value(numbers=out)


def main():
    model_path, input_path, output_path = sys.argv[1:4]
    root = ET.parse(model_path).getroot()
    model = root.find("p:ClusteringModel", NS)
    if model is None or model.get("modelClass") != "centerBased":
        sys.exit("not a center-based ClusteringModel")
    measure = model.find("p:ComparisonMeasure", NS)
    if measure.get("kind") != "distance" or measure.find("p:squaredEuclidean", NS) is None:
        sys.exit("only squaredEuclidean distance is supported")
    if measure.get("compareFunction", "absDiff") != "absDiff":
        sys.exit("only compareFunction absDiff is supported")
    data_fields = {f.get("name"): f.get("dataType") for f in root.iterfind("p:DataDictionary/p:DataField", NS)}
    active = [m.get("name") for m in model.iterfind("p:MiningSchema/p:MiningField", NS)
              if m.get("usageType", "active") == "active"]
    columns, n = read_input(input_path, {k: data_fields[k] for k in active})
    ev = Evaluator(root, columns, n)
    fields = model.findall("p:ClusteringField", NS)
    x = np.column_stack([ev.field(f.get("field")).as_numbers() for f in fields])
    weights = np.array([float(f.get("fieldWeight", "1")) for f in fields])
    clusters = model.findall("p:Cluster", NS)
    centres = np.array([[float(v) for v in c.find("p:Array", NS).text.split()] for c in clusters])
    # squaredEuclidean: D = Σ fieldWeight · (x − y)²; the nearest cluster wins,
    # the first one in document order when distances are equal (argmin).
    dist = np.stack([((x - c) ** 2 * weights).sum(axis=1) for c in centres], axis=1)
    if np.isnan(dist).any():
        sys.exit("a row has a missing clustering field")
    best = dist.argmin(axis=1)
    ids = [c.get("id", str(i + 1)) for i, c in enumerate(clusters)]
    names = [c.get("name", ids[i]) for i, c in enumerate(clusters)]
    with open(output_path, "w", encoding="utf-8") as out:
        for b in best:
            out.write(ids[b] + "\t" + names[b] + "\n")


if __name__ == "__main__":
    main()
