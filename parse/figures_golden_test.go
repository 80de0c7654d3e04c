package parse

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// updateFiguresGolden rewrites testdata/figures_golden.json from the
// current code: run it only when a change to figures is meant to change
// output.
var updateFiguresGolden = flag.Bool("update-figures-golden", false, "rewrite testdata/figures_golden.json")

// figuresGoldenTexts is every text the figures golden covers: the texts of
// the people golden (dev, gum-news, samples and the generated name texts,
// whose ages and dates are figures too) and the awkward inputs the fuzz
// test starts from.
func figuresGoldenTexts(t *testing.T) map[string]string {
	texts := peopleGoldenTexts(t)
	for i, s := range []string{
		"1,000,000,000,000,000,000,000 killed", "between 20 and 30 people were hurt",
		"Mr Smith, 45, said. Smith's wife, 44, said 3 were killed.", "£1.5bn $3m €2 25% 3 hours 12km",
		"dozens arrested; hundreds wounded; a handful detained", "At least 129 people killed, 352 injured\r\n",
		"Born 1999. On 13 November 2015 at 21:20, flight 9525 on Route 66 scored 3-1.",
		"\xff\xfe 12 \xc3 killed", "Zwölf Menschen 東京 12人 🙂 7 killed", "1.2.3.4 killed 0x1F 1e10 -5 +3 .5",
	} {
		texts[fmt.Sprintf("seed-%d", i)] = s
	}
	return texts
}

// figuresDigest is one text's figures as a line each: every field Extract
// sets (value and max exactly) and the mention spans, so a diff shows what
// changed.
func figuresDigest(text string) []string {
	var out []string
	num := func(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }
	for _, f := range Extract(text).Figures {
		max := "-"
		if f.Max != nil {
			max = num(*f.Max)
		}
		var ms []string
		for _, m := range f.Mentions {
			ms = append(ms, fmt.Sprintf("%d-%d", m.Start, m.End))
		}
		out = append(out, fmt.Sprintf("%s %q | %s/%s | %s..%s | q=%q approx=%t | unit=%q | label=%q | %s",
			f.ID, f.Text, f.Category, f.Subtype, num(f.Value), max, f.Qualifier, f.Approx, f.Unit, f.Label, strings.Join(ms, " ")))
	}
	return out
}

// TestFiguresGolden: figure finding is rewritten for speed, not to change
// what it finds; every covered text must give exactly the figures recorded.
func TestFiguresGolden(t *testing.T) {
	got := map[string][]string{}
	for name, text := range figuresGoldenTexts(t) {
		got[name] = figuresDigest(text)
	}
	checkDigestGolden(t, "testdata/figures_golden.json", "figures", *updateFiguresGolden, got)
}

// checkDigestGolden compares digests (one line per fact, per text) with the
// golden file at path, or rewrites the file when update is set. The people
// and figures goldens both pin output that speed work must not change.
func checkDigestGolden(t *testing.T, path, what string, update bool, got map[string][]string) {
	t.Helper()
	if update {
		b, err := json.MarshalIndent(got, "", " ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var want map[string][]string
	if err := json.Unmarshal(raw, &want); err != nil {
		t.Fatal(err)
	}
	names := make([]string, 0, len(want))
	for n := range want {
		names = append(names, n)
	}
	sort.Strings(names)
	if len(got) != len(want) {
		t.Errorf("%d texts, golden has %d", len(got), len(want))
	}
	for _, n := range names {
		g, w := got[n], want[n]
		if strings.Join(g, "\n") != strings.Join(w, "\n") {
			t.Errorf("%s: %s changed\n got:\n  %s\nwant:\n  %s", n, what, strings.Join(g, "\n  "), strings.Join(w, "\n  "))
		}
	}
}
