package parse

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestExtractOverflowingNumbers: amounts too large for a float64 are not
// figures, so the extraction still prints as JSON.
func TestExtractOverflowingNumbers(t *testing.T) {
	for _, text := range []string{
		"Officials said " + strings.Repeat("9", 400) + " people were evacuated.",
		"A debt of $" + strings.Repeat("9", 330) + " billion was reported.",
		"Losses reached " + strings.Repeat("trillion ", 40) + "dollars, 12 people were killed.",
		"Between 5 and " + strings.Repeat("9", 400) + " homes were destroyed.",
	} {
		a := Extract(text)
		if _, err := json.Marshal(a); err != nil {
			t.Errorf("%.40q…: %v", text, err)
		}
	}
	if a := Extract("Losses reached " + strings.Repeat("trillion ", 40) + "dollars, 12 people were killed."); len(a.Figures) == 0 {
		t.Error("the finite figure next to the overflow was dropped too")
	}
}

// TestStatedAgesAreNoFigures: an age stated after a person's name in a
// clause of its own is the person's age (ageAfter) and so no figure
// (ageIndex), whichever words state it.
func TestStatedAgesAreNoFigures(t *testing.T) {
	for _, tc := range []struct {
		text string
		age  int
	}{
		{"Coach Lena Holt, now 36, runs the side.", 36},
		{"The defendant, Ian Roe, is 44.", 44},
		{"Police said Ian Roe is 44.", 44},
		{"Ana Ruiz, who is 19, won the final.", 19},
		{"The court heard from Grace Ohene (29 years) on Monday.", 29},
	} {
		a := Extract("Court report\n\n" + tc.text)
		if len(a.Figures) != 0 {
			t.Errorf("%q: figures %+v, want none", tc.text, a.Figures)
		}
		if len(a.People) != 1 || a.People[0].Age == nil || *a.People[0].Age != tc.age {
			t.Errorf("%q: people %+v, want one aged %d", tc.text, a.People, tc.age)
		}
	}
}

// TestCountAfterPersonIsNoAge: a number after a person's name and a comma
// is an age only where no noun for what is counted follows it.
func TestCountAfterPersonIsNoAge(t *testing.T) {
	a := Extract("Attack report\n\nAccording to President Jose Ruiz, six Mexican nationals were killed in the attack.")
	if len(a.Figures) != 1 || a.Figures[0].Value != 6 || a.Figures[0].Category != "casualties" {
		t.Fatalf("figures %+v, want six killed", a.Figures)
	}
	if len(a.People) != 1 || a.People[0].Age != nil {
		t.Fatalf("people %+v, want Jose Ruiz with no age", a.People)
	}
}

// TestTimesAreCounts: "stabbed five times" counts stabbings of one
// person, not five people hurt.
func TestTimesAreCounts(t *testing.T) {
	a := Extract("Court report\n\nThe victim was stabbed five times and died later.")
	if len(a.Figures) != 1 || a.Figures[0].Category != "count" || a.Figures[0].Label != "times stabbed" {
		t.Fatalf("figures %+v, want one count of times stabbed", a.Figures)
	}
}
