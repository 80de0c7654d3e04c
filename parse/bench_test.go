package parse

import (
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// benchCorpus is many articles in one input: the dev texts repeated,
// joined by blank lines, up to about size bytes.
func benchCorpus(b *testing.B, size int) string {
	b.Helper()
	names, err := filepath.Glob(filepath.Join("testdata", "dev", "texts", "*.txt"))
	if err != nil || len(names) == 0 {
		b.Fatalf("no dev texts: %v", err)
	}
	sort.Strings(names)
	var sb strings.Builder
	for sb.Len() < size {
		for _, n := range names {
			raw, err := os.ReadFile(n)
			if err != nil {
				b.Fatal(err)
			}
			sb.Write(raw)
			sb.WriteString("\n\n")
		}
	}
	return sb.String()
}

func benchExtract(b *testing.B, text string) {
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Extract(text)
	}
}

// BenchmarkExtract measures the whole extraction (title, people, figures):
// the bar is 20 MB/s.
func BenchmarkExtract(b *testing.B) {
	b.Run("sample", func(b *testing.B) {
		benchExtract(b, readTestdata(b, "dev/texts/paris-attacks.txt"))
	})
	b.Run("10MB", func(b *testing.B) {
		benchExtract(b, benchCorpus(b, 10<<20))
	})
}

// BenchmarkFindFigures measures the figure finder alone on the 10 MB input.
func BenchmarkFindFigures(b *testing.B) {
	text := benchCorpus(b, 10<<20)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		findFigures(text, tokenize(nil, text), nil)
	}
}

// BenchmarkFindFiguresOneLine feeds 1 MB of numbers on one line without a
// full stop: every look around a number is bounded, so it stays linear.
func BenchmarkFindFiguresOneLine(b *testing.B) {
	var sb strings.Builder
	for i := 0; sb.Len() < 1<<20; i++ {
		sb.WriteString("12 apples, 3-4 pears, 5.5 magnitude, ")
		sb.WriteString(strconv.Itoa(i))
		sb.WriteString(" won 2-1 and killed ")
	}
	text := sb.String()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		findFigures(text, tokenize(nil, text), nil)
	}
}
