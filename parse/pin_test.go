package parse

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// The output pin: Extract's whole result (every field --json prints) over
// every text this package's tests know — the dev and gum-news sets, the
// samples, the generated name texts, the fuzz seeds — and a few thousand
// texts mixed from them, each recorded as a digest of its JSON. A change
// meant to keep output as it is (restructuring, speed work) must leave
// every digest alone; one meant to change output rewrites the file with
// -update-pin and says why in its commit. To see what changed, dump the
// JSON before and after and diff the folders:
//
//	go test ./parse -run TestOutputPinned -pin-dump /tmp/before
var (
	updatePin = flag.Bool("update-pin", false, "rewrite testdata/pin.txt from the current code")
	pinDump   = flag.String("pin-dump", "", "write each pinned text's --json to this folder")
)

// mixedTexts is how many generated texts the pin adds to the fixed ones.
const mixedTexts = 3000

// pinnedTexts is every text the pin covers, by name.
func pinnedTexts(t *testing.T) map[string]string {
	texts := figuresGoldenTexts(t)
	for i, s := range fuzzSeeds {
		texts[fmt.Sprintf("fuzz-seed-%d", i)] = s
	}
	corpus := make([]string, 0, len(texts))
	for _, glob := range []string{"testdata/dev/texts/*.txt", "testdata/gum-news/texts/*.txt", "../samples/*.txt"} {
		names, _ := filepath.Glob(glob)
		sort.Strings(names)
		for _, n := range names {
			corpus = append(corpus, texts[n])
		}
	}
	m := newMixer(corpus)
	for i := 0; i < mixedTexts; i++ {
		texts[fmt.Sprintf("mixed-%04d", i)] = m.text(i)
	}
	return texts
}

// mixer makes new texts from the lines and sentences of real ones: cut,
// joined, re-cased, renumbered and re-punctuated, so the pin reaches
// shapes the articles alone do not (long lines, headlines, broken UTF-8,
// unseen name pairs, every way of writing a number).
type mixer struct {
	texts, lines, sentences, capitals []string
}

func newMixer(texts []string) *mixer {
	m := &mixer{texts: texts}
	for _, text := range texts {
		for _, line := range strings.Split(text, "\n") {
			if strings.TrimSpace(line) == "" {
				continue
			}
			m.lines = append(m.lines, line)
			for _, s := range strings.SplitAfter(line, ". ") {
				m.sentences = append(m.sentences, s)
				for _, w := range strings.Fields(s) {
					if w[0] >= 'A' && w[0] <= 'Z' {
						m.capitals = append(m.capitals, strings.Trim(w, ".,;:'\"()"))
					}
				}
			}
		}
	}
	return m
}

// numberForms are ways news writes an amount, swapped in for the numbers
// of a sentence.
var numberForms = []string{
	"1,250", "12.5", "3bn", "$4.5 million", "£300,000", "17 per cent", "45%", "twenty-three", "a dozen",
	"dozens", "tens of thousands", "2015", "1990s", "3-1", "between 20 and 30", "more than 400", "up to 7",
	"one", "1", "0", "14:30", "21-year-old", "seven to 11", "half", "two-thirds", "100km", "6.3", "No. 10",
	"9/11", "+44 20 7946 0958", "1.2.3", "one hundred and five", "5m", "15 hours", "three months", "€2bn",
}

func (m *mixer) pick(r *rand.Rand, from []string) string { return from[r.IntN(len(from))] }

func (m *mixer) text(i int) string {
	r := rand.New(rand.NewPCG(uint64(i), 0x70696e))
	var b strings.Builder
	switch i % 8 {
	case 0: // an article of paragraphs from several
		for n := 2 + r.IntN(9); n > 0; n-- {
			b.WriteString(m.pick(r, m.lines))
			b.WriteString("\n\n")
		}
	case 1: // one long line of sentences
		for n := 5 + r.IntN(36); n > 0; n-- {
			b.WriteString(strings.TrimSpace(m.pick(r, m.sentences)))
			b.WriteByte(' ')
		}
	case 2: // a Title Case headline over a few paragraphs
		for _, w := range strings.Fields(m.pick(r, m.sentences)) {
			b.WriteString(strings.ToUpper(w[:1]) + w[1:] + " ")
		}
		for n := 2 + r.IntN(4); n > 0; n-- {
			b.WriteString("\n\n" + m.pick(r, m.lines))
		}
	case 3: // a line in capitals or in lower case
		line := m.pick(r, m.lines)
		if r.IntN(2) == 0 {
			line = strings.ToUpper(line)
		} else {
			line = strings.ToLower(line)
		}
		b.WriteString(line + "\n" + m.pick(r, m.lines))
	case 4: // two cuts at any byte, broken characters and all
		for k := 0; k < 2; k++ {
			t := m.pick(r, m.texts)
			lo := r.IntN(len(t))
			b.WriteString(t[lo:min(len(t), lo+50+r.IntN(2000))])
		}
	case 5: // sentences with their numbers written another way
		for n := 3 + r.IntN(8); n > 0; n-- {
			for _, w := range strings.Fields(m.pick(r, m.sentences)) {
				if w[0] >= '0' && w[0] <= '9' || r.IntN(25) == 0 {
					w = m.pick(r, numberForms)
				}
				b.WriteString(w + " ")
			}
		}
	case 6: // sentences with their capitalised words swapped for others
		for n := 3 + r.IntN(8); n > 0; n-- {
			for _, w := range strings.Fields(m.pick(r, m.sentences)) {
				if w[0] >= 'A' && w[0] <= 'Z' && r.IntN(2) == 0 {
					w = m.pick(r, m.capitals)
				}
				b.WriteString(w + " ")
			}
			b.WriteString("\n")
		}
	case 7: // punctuation dropped and noise put in
		noise := []string{"\r", "\t", "’", "'s", "—", "\u00a0", "(", ")", "\"", ",", ".", "-", ";", "\n", "3", "Mr", "of"}
		for _, c := range m.pick(r, m.lines) + " " + m.pick(r, m.lines) {
			switch k := r.IntN(30); {
			case k == 0 && strings.ContainsRune(".,;:()\"'", c):
				continue
			case k == 1:
				b.WriteString(m.pick(r, noise))
			}
			b.WriteRune(c)
		}
	}
	return b.String()
}

// pinDigest is the first 16 hex digits of a SHA-256: plenty to tell two
// outputs apart, short enough to keep the file small.
func pinDigest(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:8])
}

// TestOutputPinned checks every pinned text gives the output recorded in
// testdata/pin.txt (one line per text: name, digest of the text, digest
// of its --json).
func TestOutputPinned(t *testing.T) {
	texts := pinnedTexts(t)
	names := make([]string, 0, len(texts))
	for n := range texts {
		names = append(names, n)
	}
	sort.Strings(names)
	got := make(map[string][2]string, len(texts))
	for _, n := range names {
		out, err := json.Marshal(Extract(texts[n]))
		if err != nil {
			t.Fatalf("%s: %v", n, err)
		}
		got[n] = [2]string{pinDigest([]byte(texts[n])), pinDigest(out)}
		if *pinDump != "" {
			if err := os.MkdirAll(*pinDump, 0o755); err != nil {
				t.Fatal(err)
			}
			file := filepath.Join(*pinDump, strings.NewReplacer("/", "_", "..", "_").Replace(n)+".json")
			if err := os.WriteFile(file, append(out, '\n'), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	const path = "testdata/pin.txt"
	if *updatePin {
		var b strings.Builder
		b.WriteString("# name, digest of the text, digest of Extract's JSON (pin_test.go)\n")
		for _, n := range names {
			fmt.Fprintf(&b, "%s %s %s\n", n, got[n][0], got[n][1])
		}
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	want := map[string][2]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) == 3 && !strings.HasPrefix(fields[0], "#") {
			want[fields[0]] = [2]string{fields[1], fields[2]}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) {
		t.Errorf("%d texts, %s has %d", len(got), path, len(want))
	}
	changed := 0
	for _, n := range names {
		g, w := got[n], want[n]
		switch {
		case w == [2]string{}:
			t.Errorf("%s: not in %s", n, path)
		case g[0] != w[0]:
			t.Errorf("%s: the text itself changed (testdata or the mixer): rewrite the pin with -update-pin once output is known to be the same", n)
		case g[1] != w[1]:
			if changed++; changed <= 20 {
				t.Errorf("%s: output changed", n)
			}
		}
	}
	if changed > 20 {
		t.Errorf("... output changed for %d texts in all", changed)
	}
	t.Logf("%d texts compared", len(names))
}
