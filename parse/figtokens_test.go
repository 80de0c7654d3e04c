package parse

import (
	"reflect"
	"testing"
)

func TestFigTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"France mobilised 115,000 police.", []string{"France", "mobilised", "115,000", "police", "."}},
		{"Lists 1,2,3 stay apart", []string{"Lists", "1", ",", "2", ",", "3", "stay", "apart"}},
		{"twenty-three al-Mohammad Friday’s o'clock", []string{"twenty-three", "al-Mohammad", "Friday’s", "o'clock"}},
		{"at 14:30, 12.5% and 3bn in 2007-12", []string{"at", "14:30", ",", "12.5", "%", "and", "3bn", "in", "2007-12"}},
		{"£45m – “Yes”", []string{"£", "45m", "–", "“", "Yes", "”"}},
		{"Stade de France — Bataclan", []string{"Stade", "de", "France", "—", "Bataclan"}},
		{"a - b", []string{"a", "-", "b"}},
		// an initial's or a title's full stop stays with it, as in names
		{"Washington D.C. and Dr. Roe's team", []string{"Washington", "D.C.", "and", "Dr.", "Roe's", "team"}},
		{"It was 45°C. Gen.Lt Kim", []string{"It", "was", "45", "°", "C.", "Gen.Lt", "Kim"}},
	}
	for _, tt := range tests {
		var got []string
		for _, tok := range tokenize(nil, tt.in) {
			got = append(got, tok.written(tt.in))
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%q: got %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestFigWordLookup: the tokenizer finds keywords whatever their case and
// without a possessive.
func TestFigWordLookup(t *testing.T) {
	text := "Seven SEVEN seven Friday’s Friday's killed Xyzzy"
	toks := tokenize(nil, text)
	lx := loadLexicon()
	want := []*figWord{lx.keyword("seven"), lx.keyword("seven"), lx.keyword("seven"), lx.keyword("friday"), lx.keyword("friday"), lx.keyword("killed"), nil}
	if len(toks) != len(want) {
		t.Fatalf("got %d tokens, want %d", len(toks), len(want))
	}
	for i, tok := range toks {
		if tok.kw() != want[i] {
			t.Errorf("token %q: keyword %+v, want %+v", tok.written(text), tok.kw(), want[i])
		}
	}
	if !toks[0].upper() || toks[2].upper() {
		t.Errorf("capitals: %v %v", toks[0].upper(), toks[2].upper())
	}
}
