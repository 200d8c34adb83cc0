#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the crafted files of tests/cli/test_cli_privacy.cpp (deterministic, no randomness).

personal.csv    240 rows: every kind of personal data Segmenta must never write
                (e-mails under a neutral header, full names, first and last
                names, street addresses in several languages, IPv4 and IPv6,
                phones, Luhn-valid card numbers, notes with e-mails inside),
                beside ordinary columns (city, country, product, numbers, a date).
personal_values.txt  every personal value of personal.csv, one per line, with
                its column: "column<TAB>value" (what the test searches for).
quiet.csv       ordinary columns that look a little like names or addresses
                (cities, countries, products, colours, months, German job titles,
                versions): none may be judged personal.
"""
import csv
from datetime import date, timedelta

N = 240

emails = [f"{u}@{d}" for u, d in zip(
    ["anna.schmidt", "j.miller", "kowalski.piotr", "mei_lin", "o.brien", "s.dubois", "lucia.garcia", "t.nguyen",
     "h.tanaka", "rossi.marco", "k.weber", "ahmed.k", "emma.j", "p.silva", "n.jansen", "f.yilmaz", "l.meyer",
     "r.patel", "c.moreau", "d.ivanov"],
    ["example.org", "mail.example.com", "example.net", "example.de", "example.ie", "example.fr", "example.es",
     "example.vn", "example.jp", "example.it", "example.de", "example.co.uk", "example.org", "example.pt",
     "example.nl", "example.com.tr", "example.de", "example.in", "example.fr", "example.ru"])]
full_names = ["Anna Schmidt", "John Miller", "Piotr Kowalski", "Sophie Dubois", "Lucía García", "Thanh Nguyen",
              "Hiroshi Tanaka", "Marco Rossi", "Katrin Weber", "Ahmed Khan", "Emma Johnson", "Pedro Silva",
              "Niklas Jansen", "Fatma Yılmaz", "Lena Meyer", "Rahul Patel", "Claire Moreau", "Dmitri Ivanov",
              "Schmidt, Jürgen", "Dr. Helga Müller"]
first_names = ["Olivia", "Liam", "Amelia", "Noah", "Isabella", "Lukas", "Chiara", "Mehmet", "Priya", "Kenji",
               "Agnieszka", "Mohammed", "Ingrid", "Mateo", "Zeynep", "Sebastian", "Camille", "Tobias", "Giulia",
               "Aisha"]
last_names = ["Schulz", "Becker", "Hoffmann", "Johansson", "Lewandowski", "Fernandez", "Nakamura", "Okafor",
              "Papadopoulos", "Horvat", "Andersson", "Kennedy", "Esposito", "Oliveira", "Korhonen", "Wagner",
              "Lefebvre", "Sharma", "Nowak", "Krause"]
streets = ["Hauptstraße 12", "12 Main Street", "Via Roma 10", "5 rue de la Paix", "Calle Mayor 3",
           "Kerkstraat 4", "221B Baker St", "Storgatan 7", "Lindenallee 23a", "Avenida da Liberdade 101",
           "Ulica Długa 8", "44 Elm Road", "Piazza Navona 2", "Bahnhofstr. 9", "10 Downing Street",
           "Königsweg 15", "Rua Augusta 77", "Am Ring 3, 50667 Köln", "8 Avenue Foch", "Vesterbrogade 31"]
ips = ["192.168.1.20", "10.0.0.7", "172.16.254.3", "203.0.113.45", "198.51.100.23", "2001:db8::1",
       "fe80::1ff:fe23:4567:890a", "2001:0db8:85a3:0000:0000:8a2e:0370:7334", "::ffff:192.0.2.128", "8.8.4.4",
       "100.64.12.9", "2a00:1450:4001:81b::200e", "185.199.108.153", "2606:4700:4700::1111", "93.184.216.34",
       "151.101.1.69", "2001:db8:1234::42", "10.20.30.40", "172.31.0.99", "fd12:3456:789a:1::1"]
phones = ["+49 30 12345678", "+1-617-555-0136", "+44 20 7946 0867", "030 9876543", "(089) 123 4567",
          "+33 1 23 45 67 89", "0049 221 5551234", "+39 06 1234 5678", "+34 912 345 678", "+81 3-1234-5678",
          "0171 2345678", "+48 22 123 45 67", "+31 20 123 4567", "+90 212 555 12 34", "+91 98765 43210",
          "+351 21 123 4567", "0221 4455667", "+46 8 123 456 78", "+45 32 12 34 56", "+7 495 123-45-67"]


def luhn_complete(prefix15):
    digits = [int(c) for c in prefix15]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return prefix15 + str((10 - total % 10) % 10)


cards = []
for i in range(20):
    number = luhn_complete(f"4{(532015112830366 + i * 7919) % 10**14:014d}")
    cards.append(" ".join(number[k:k + 4] for k in range(0, 16, 4)) if i % 2 == 0 else number)
notes_plain = ["prefers store pickup", "asked about the loyalty card", "no special requests",
               "returned one item", "likes the newsletter"]
notes_personal = [f"wrote from {emails[i]} about a refund" for i in range(0, 20, 3)] + \
                 ["call back on +49 30 98765432 after 5pm", "delivery to Hauptstraße 12 failed twice"]

cities = ["Berlin", "Paris", "Madrid", "Rome", "Vienna", "Lisbon", "Warsaw", "Amsterdam"]
countries = ["Germany", "France", "Spain", "Italy", "Austria", "Portugal", "Poland", "Netherlands"]
products = ["Coffee Mug", "Green Tea", "Desk Lamp", "Travel Bag", "Notebook", "Water Bottle"]

rows = []
start = date(2026, 1, 1)
for i in range(N):
    note = notes_personal[i % len(notes_personal)] if i % 4 == 0 else notes_plain[i % len(notes_plain)]
    rows.append({
        "customer_id": f"C{i + 1:05d}",
        "contact": emails[i % 20],
        "customer": full_names[(i * 7) % 20],
        "first_name": first_names[(i * 3) % 20],
        "last_name": last_names[(i * 11) % 20],
        "delivery": streets[(i * 13) % 20],
        "origin": ips[(i * 17) % 20],
        "reachable": phones[(i * 9) % 20],
        "payment": cards[(i * 19) % 20],
        "notes": note,
        "city": cities[i % len(cities)],
        "country": countries[(i * 5) % len(countries)],
        "product": products[(i * 7) % len(products)],
        "orders": 1 + (i * 37) % 13,
        "revenue": round(20 + ((i * 7919) % 997) * 1.37, 2),
        "order_date": (start + timedelta(days=(i * 89) % 90)).isoformat(),
    })

with open("personal.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=list(rows[0].keys()), lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

with open("personal_values.txt", "w", encoding="utf-8") as f:
    for column, values in [("contact", emails), ("customer", full_names), ("first_name", first_names),
                           ("last_name", last_names), ("delivery", streets), ("origin", ips),
                           ("reachable", phones), ("payment", cards), ("notes", notes_personal)]:
        for v in sorted(set(values)):
            f.write(f"{column}\t{v}\n")

months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
colours = ["White", "Black", "Brown", "Green", "Gray", "Red", "Blue"]
jobs = ["Koch", "Bauer", "Richter", "Lehrer", "Fischer", "Schneider", "Maler"]
us_cities = ["Austin", "Charlotte", "Jackson", "Madison", "Denver", "Seattle", "Boston", "Portland", "Phoenix",
             "Houston"]
quiet = []
for i in range(120):
    quiet.append({
        "name": products[i % len(products)] + " " + ["S", "M", "L"][i % 3],
        "city": us_cities[i % len(us_cities)],
        "country": countries[(i * 3) % len(countries)],
        "colour": colours[i % len(colours)],
        "month": months[i % 12],
        "job": jobs[(i * 5) % len(jobs)],
        "version": f"{1 + i % 3}.{i % 5}.{i % 7}",
        "shipping": ["via DHL", "via UPS", "pickup"][i % 3],
        "review": ["Great mug, 5 stars", "Arrived after 3 days", "Street food book was fun",
                   "Order 12345678901 arrived late"][i % 4],
        "amount": round(5 + i * 1.25, 2),
    })
with open("quiet.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=list(quiet[0].keys()), lineterminator="\n")
    w.writeheader()
    w.writerows(quiet)
