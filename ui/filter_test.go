package ui

import (
	"reflect"
	"testing"
)

func TestPickerFilter(t *testing.T) {
	targets := []string{
		"Storm Ida floods the Rhone valley storm-ida",
		"Two stabbed in Lyon station stabbing",
		"Boat fire kills three in harbour boat-fire",
		"Stormont talks collapse stormont",
		"Floodwater idles Danube barges danube",
	}
	titles := func(ranks []int) []string {
		var out []string
		for _, i := range ranks {
			out = append(out, targets[i])
		}
		return out
	}
	tests := []struct {
		term string
		want []int
	}{
		// A name: only the article it names, not every title holding
		// i, d and a in order.
		{"ida", []int{0}},
		{"IDA", []int{0}},
		// Word starts: both storms; the whole word first.
		{"storm", []int{0, 3}},
		// Every word must match.
		{"storm rhone", []int{0}},
		{"flood", []int{0, 4}},
		// Inside words, after word starts: "idles" starts with "idl".
		{"idl", []int{4}},
		{"arbo", []int{2}},
		// Nothing as words or substrings: the fuzzy match.
		{"bfk", []int{2}},
		{"zzz", nil},
	}
	for _, tt := range tests {
		var got []int
		for _, r := range pickerFilter(tt.term, targets) {
			got = append(got, r.Index)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%q: %q, want %q", tt.term, titles(got), titles(tt.want))
		}
	}
	// The matched runes are the ones typed, for the list to underline.
	r := pickerFilter("rhône", []string{"Le Rhône déborde"})
	if len(r) != 1 || !reflect.DeepEqual(r[0].MatchedIndexes, []int{3, 4, 5, 6, 7}) {
		t.Errorf("rhône: %+v", r)
	}
}
