package parse

import (
	"flag"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// updatePeopleGolden rewrites testdata/people_golden.json from the current
// code: run it only when a change to people is meant to change output.
var updatePeopleGolden = flag.Bool("update-people-golden", false, "rewrite testdata/people_golden.json")

// fakeWord is the i-th of an endless supply of distinct capitalised words
// that read as names ("Kalo", "Mirute"), so that a generated text can hold
// as many different people as it likes.
func fakeWord(i int) string {
	syl := []string{"ka", "lo", "mi", "ru", "te", "vo", "sa", "ne", "di", "po", "gu", "ze"}
	var b strings.Builder
	b.WriteString("Ba")
	for {
		b.WriteString(syl[i%len(syl)])
		i /= len(syl)
		if i == 0 {
			break
		}
	}
	s := b.String()
	return strings.ToUpper(s[:1]) + s[1:]
}

// sharedFirstNames is many people with one given name, each quoted once:
// "John Bakalo said on Monday." (every name shares its first word).
func sharedFirstNames(size int) string {
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, "John %s said on Monday. ", fakeWord(i))
	}
	return b.String()
}

// sharedSurnames is many people with one surname, each named in full and
// then by the surname alone: "Bakalo Bamiru Smith said on Monday. Smith
// left." (every short mention could mean any of them).
func sharedSurnames(size int) string {
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, "%s %s Smith said on Monday. Smith left. ", fakeWord(2*i), fakeWord(2*i+1))
	}
	return b.String()
}

// manyAliases is one person given a new alias in each sentence: "Joko
// Widodo, known as Bakalo, said on Monday. Widodo left."
func manyAliases(size int) string {
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, "Joko Widodo, known as %s, said on Monday. Widodo left. ", fakeWord(i))
	}
	return b.String()
}

// sharedAlias is many people given one alias and one surname: "Dr Bakalo
// Smith, known as Jo, said on Monday. Jo left."
func sharedAlias(size int) string {
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, "Dr %s Smith, known as Jo, said on Monday. Jo left. ", fakeWord(i))
	}
	return b.String()
}

// nameSoup is a random article built from a small cast whose names share
// words every way the linker distinguishes: first and last words, prefixes
// and suffixes of longer names, surname-first names, aliases, weak
// multi-word tails, given names alone, a short mention opening the text.
func nameSoup(seed int64) string {
	r := rand.New(rand.NewSource(seed))
	full := []string{
		"John Smith", "John Baker", "Mary Smith", "Anna Maria Smith", "Omar Ismail", "Omar Ismail Mostefai",
		"Kevin De Bruyne", "Kim Jong-un", "Kim Yo-jong", "Lee Cheuk-yan", "Joko Widodo", "Luiz Inácio Lula da Silva",
		"Ivan Petrov", "Ismail Mostefai", "John Smith Baker", "Smith Baker", "Gloria Estrada", "Carlos Estrada",
		"Ali Ali", "Kim Kim", "Maria Smith", "Anna Maria",
	}
	short := []string{"Smith", "Baker", "Mostefai", "Ismail", "De Bruyne", "Kim", "Lee", "Widodo", "Jokowi", "Lula",
		"Ivan", "Gloria", "Estrada", "Ali", "John", "Maria", "Omar", "Petrov", "Bruyne"}
	verbs := []string{"said", "told reporters", "left", "was arrested", "added", "declined to comment"}
	var b strings.Builder
	if r.Intn(2) == 0 {
		b.WriteString(short[r.Intn(len(short))] + " said it was over. ")
	}
	for n := 12 + r.Intn(20); n > 0; n-- {
		switch k := r.Intn(10); {
		case k < 3:
			fmt.Fprintf(&b, "%s %s. ", full[r.Intn(len(full))], verbs[r.Intn(len(verbs))])
		case k < 4:
			fmt.Fprintf(&b, "%s, %d, %s. ", full[r.Intn(len(full))], 20+r.Intn(60), verbs[r.Intn(len(verbs))])
		case k < 5:
			fmt.Fprintf(&b, "The minister, %s, %s. ", full[r.Intn(len(full))], verbs[r.Intn(len(verbs))])
		case k < 6:
			fmt.Fprintf(&b, "%s, known as %s, %s. ", full[r.Intn(len(full))], short[r.Intn(len(short))], verbs[r.Intn(len(verbs))])
		case k < 7:
			fmt.Fprintf(&b, "Later %s's lawyer spoke. ", short[r.Intn(len(short))])
		default:
			fmt.Fprintf(&b, "%s %s. ", short[r.Intn(len(short))], verbs[r.Intn(len(verbs))])
		}
	}
	return b.String()
}

// peopleGoldenTexts is every text the people golden covers: the dev and
// gum-news sets, the shipped samples, and generated texts that stress the
// linking of shared names.
func peopleGoldenTexts(t *testing.T) map[string]string {
	texts := map[string]string{}
	for _, glob := range []string{"testdata/dev/texts/*.txt", "testdata/gum-news/texts/*.txt", "../samples/*.txt"} {
		names, err := filepath.Glob(glob)
		if err != nil || len(names) == 0 {
			t.Fatalf("no texts for %s: %v", glob, err)
		}
		for _, n := range names {
			raw, err := os.ReadFile(n)
			if err != nil {
				t.Fatal(err)
			}
			texts[n] = string(raw)
		}
	}
	for seed := int64(1); seed <= 60; seed++ {
		texts[fmt.Sprintf("soup-%d", seed)] = nameSoup(seed)
	}
	texts["shared-first"] = sharedFirstNames(3000)
	texts["shared-surname"] = sharedSurnames(3000)
	texts["many-aliases"] = manyAliases(3000)
	texts["shared-alias"] = sharedAlias(3000)
	return texts
}

// peopleDigest is one text's people as a line each: name, role, age and
// mention spans, so a diff shows what changed.
func peopleDigest(text string) []string {
	var out []string
	for _, p := range Extract(text).People {
		age := 0
		if p.Age != nil {
			age = *p.Age
		}
		var ms []string
		for _, m := range p.Mentions {
			ms = append(ms, fmt.Sprintf("%d-%d", m.Start, m.End))
		}
		out = append(out, fmt.Sprintf("%s %s | %s | %d | %s", p.ID, p.Name, p.Role, age, strings.Join(ms, " ")))
	}
	return out
}

// TestPeopleGolden: people linking is rewritten for speed, not to change
// what it finds; every covered text must give exactly the people recorded.
func TestPeopleGolden(t *testing.T) {
	got := map[string][]string{}
	for name, text := range peopleGoldenTexts(t) {
		got[name] = peopleDigest(text)
	}
	checkDigestGolden(t, "testdata/people_golden.json", "people", *updatePeopleGolden, got)
}

// BenchmarkFindPeopleSharedNames feeds many people who share a given name,
// a surname or an alias, and one person with many aliases: linking must
// stay linear, so MB/s holds from 0.5 MB to 2 MB.
func BenchmarkFindPeopleSharedNames(b *testing.B) {
	for _, gen := range []struct {
		name string
		f    func(int) string
	}{{"first", sharedFirstNames}, {"surname", sharedSurnames}, {"alias", sharedAlias}, {"aliases", manyAliases}} {
		for _, size := range []struct {
			name  string
			bytes int
		}{{"0.5MB", 1 << 19}, {"2MB", 2 << 20}} {
			text := gen.f(size.bytes)
			b.Run(gen.name+"/"+size.name, func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				b.ReportAllocs()
				for i := 0; i < b.N; i++ {
					findPeople(text, tokenize(nil, text))
				}
			})
		}
	}
}

func TestMisspelling(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"Kristin", "Kristen", true}, {"Mauer", "Maurer", true}, {"Bauchtman", "Buchtmann", true},
		{"Smith", "Smith", false},    // the same name is no misspelling
		{"John", "Jon", false},       // too short to tell
		{"Karim", "Marim", false},    // not alike at the start
		{"Benali", "Bentley", false}, // too far apart
		{"Gonzalez", "Gonzales", true},
	} {
		if got := misspelling(tc.a, tc.b); got != tc.want {
			t.Errorf("misspelling(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
	if d := editDistance("kitten", "sitting"); d != 3 {
		t.Errorf("editDistance = %d, want 3", d)
	}
}

// TestMergeMiddlesManyPeople: past maxVariantPeople the middle names are
// merged through the index of first and last words, as among a few.
func TestMergeMiddlesManyPeople(t *testing.T) {
	var b strings.Builder
	b.WriteString("Council names\n\n")
	given := []string{"Anna", "Peter", "Maria", "David", "Laura", "Simon", "Clara", "Hugo", "Nina", "Oscar"}
	syl := []string{"Kal", "Mor", "Ten", "Vas", "Rud", "Bel", "Tor", "Lin"}
	n := 0
	for _, a := range syl {
		for _, c := range syl {
			if n == maxVariantPeople+6 {
				break
			}
			fmt.Fprintf(&b, "Mayor %s %s%sberg said so.\n", given[n%len(given)], a, strings.ToLower(c))
			n++
		}
	}
	b.WriteString("Mayor Richard K. Guy said so.\nMayor Richard Kenneth Guy said more.\nMayor Richard Guy left.\n")
	people := Extract(b.String()).People
	if len(people) < maxVariantPeople {
		t.Fatalf("got %d people, want more than %d for the test to mean anything", len(people), maxVariantPeople)
	}
	var guys []string
	for _, p := range people {
		if strings.HasSuffix(p.Name, " Guy") {
			guys = append(guys, p.Name)
			if len(p.Mentions) != 3 {
				t.Errorf("%s has %d mentions, want 3", p.Name, len(p.Mentions))
			}
		}
	}
	if len(guys) != 1 || guys[0] != "Richard Kenneth Guy" {
		t.Errorf("Guys %v, want one Richard Kenneth Guy", guys)
	}
}
