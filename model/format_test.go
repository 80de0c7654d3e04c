package model

import "testing"

func TestFormatNumber(t *testing.T) {
	for v, want := range map[float64]string{
		0: "0", 7: "7", 999: "999", 1000: "1,000", 115000: "115,000",
		4500000000: "4,500,000,000", 4.5: "4.5", 1234.25: "1,234.25", -2500: "-2,500",
	} {
		if got := FormatNumber(v); got != want {
			t.Errorf("FormatNumber(%v) = %q, want %q", v, got, want)
		}
	}
}

func TestFigureHeadlineAndShort(t *testing.T) {
	max := 30.0
	tests := []struct {
		f               Figure
		headline, short string
	}{
		{Figure{Text: "129", Category: Casualties, Subtype: Killed}, "129 killed", "129 killed"},
		{Figure{Text: "400", Qualifier: "more than", Category: Casualties, Subtype: Wounded}, "more than 400 wounded", "400+ wounded"},
		{Figure{Text: "128", Category: Raids}, "128 raids", "128 raids"},
		{Figure{Text: "Seven", Category: Arrests, Subtype: Detained}, "Seven detained", "Seven detained"},
		{Figure{Text: "three months", Category: Duration, Unit: "months"}, "three months", "three months"},
		{Figure{Text: "17", Category: Percent, Unit: "%"}, "17%", "17%"},
		{Figure{Text: "17 per cent", Category: Percent, Unit: "%"}, "17 per cent", "17 per cent"},
		{Figure{Text: "a third", Value: 33.3, Category: Percent, Unit: "%"}, "a third", "a third"},
		{Figure{Text: "20", Value: 20, Max: &max, Category: Count}, "20", "20–30"},
		{Figure{Text: "50", Qualifier: "up to", Category: Count}, "up to 50", "≤50"},
		{Figure{Text: "115,000", Category: Personnel}, "115,000 personnel", "115,000 personnel"},
		{Figure{Text: "400", Qualifier: "as many as", Category: Casualties, Subtype: Wounded}, "as many as 400 wounded", "400+ wounded"},
		{Figure{Text: "100", Qualifier: "well over", Category: Arrests, Subtype: Arrested}, "well over 100 arrested", "100+ arrested"},
		{Figure{Text: "60", Qualifier: "just under", Category: Count}, "just under 60", "≤60"},
		{Figure{Text: "5,000", Qualifier: "an estimated", Category: Count}, "an estimated 5,000", "~5,000"},
		{Figure{Text: "$1m", Value: 1e6, Max: ptr(2e6), Category: Money, Unit: "USD"}, "$1m", "$1,000,000–2,000,000"},
		{Figure{Text: "20", Value: 20, Max: ptr(30), Category: Percent, Unit: "%"}, "20%", "20–30%"},
		{Figure{Text: "3", Value: 3, Max: ptr(4), Category: Duration, Unit: "hours"}, "3", "3–4 hours"},
		{Figure{Text: "300", Value: 300, Max: ptr(400), Category: Money, Unit: "NGN"}, "300", "300–400 NGN"},
	}
	for _, tt := range tests {
		if got := tt.f.Headline(); got != tt.headline {
			t.Errorf("Headline(%+v) = %q, want %q", tt.f, got, tt.headline)
		}
		if got := tt.f.Short(); got != tt.short {
			t.Errorf("Short(%+v) = %q, want %q", tt.f, got, tt.short)
		}
	}
}

func TestPersonDescribe(t *testing.T) {
	age := 26
	for _, tt := range []struct {
		p    Person
		want string
	}{
		{Person{Name: "Bernard Cazeneuve", Role: "Interior Minister"}, "Bernard Cazeneuve · Interior Minister"},
		{Person{Name: "Salah Abdeslam", Age: &age}, "Salah Abdeslam, 26"},
		{Person{Name: "Roe"}, "Roe"},
	} {
		if got := tt.p.Describe(); got != tt.want {
			t.Errorf("Describe(%+v) = %q, want %q", tt.p, got, tt.want)
		}
	}
}

func ptr(v float64) *float64 { return &v }
