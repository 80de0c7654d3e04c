package parse

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/factpane/factpane/internal/memtest"
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
	loadLexicon() // once per process, not per article
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Extract(text)
	}
}

// BenchmarkExtract measures the whole extraction (title, people, figures)
// on the sample article and on 10 MB of articles: the bar is 60 MB/s on
// one core (-cpu 1), 24.6 KB allocated per sample and 100 MB per 10 MB.
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
	loadLexicon()
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
	loadLexicon()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		findFigures(text, tokenize(nil, text), nil)
	}
}

// BenchmarkExtractMemory feeds articles of 32 MiB on one line (the most
// factpane reads by default) and reports what Extract allocates and the
// most heap it holds, per byte of input: memory must stay proportional
// to the text. "articles" is the dev texts joined on one line; "numbers"
// a line dense with numbers and names, which makes the most figures.
// Run it with -benchtime 1x: one extraction is a few seconds.
func BenchmarkExtractMemory(b *testing.B) {
	for _, bc := range []struct {
		name string
		text func() string
	}{
		{"articles", func() string { return strings.ReplaceAll(benchCorpus(b, 32<<20), "\n", " ")[:32<<20] }},
		{"numbers", func() string { return numbersLine(32 << 20) }},
	} {
		b.Run(bc.name+"-32MiB-one-line", func(b *testing.B) {
			text := bc.text()
			loadLexicon()
			runtime.GC()
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			peak := memtest.HeapPeak(func() {
				for i := 0; i < b.N; i++ {
					Extract(text)
				}
			})
			runtime.ReadMemStats(&after)
			in := float64(len(text))
			b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/float64(b.N)/in, "alloc-B/B")
			b.ReportMetric(float64(peak-before.HeapAlloc)/in, "peak-heap-B/B")
		})
	}
}

// numbersLine is a line of about size bytes with a number every few words
// and a person in every sentence.
func numbersLine(size int) string {
	var sb strings.Builder
	for i := 0; sb.Len() < size; i++ {
		fmt.Fprintf(&sb, "12 apples, 3-4 pears, 5.5 magnitude, %d won 2-1 and killed John Smith%d, 45, said. ", i, i%1000)
	}
	return sb.String()[:size]
}

// BenchmarkTokenize measures the tokenizer alone on the 10 MB input: every
// word read, hashed and looked up once.
func BenchmarkTokenize(b *testing.B) {
	text := benchCorpus(b, 10<<20)
	loadLexicon()
	toks := tokenize(nil, text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		toks = tokenize(toks, text)
	}
}

// BenchmarkTokenizeSample measures the tokenizer alone on the sample
// article, whose tokens and lexicon entries stay in cache: the work per
// word, apart from the memory traffic of BenchmarkTokenize.
func BenchmarkTokenizeSample(b *testing.B) {
	text := readTestdata(b, "dev/texts/paris-attacks.txt")
	loadLexicon()
	toks := tokenize(nil, text)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		toks = tokenize(toks, text)
	}
}

// BenchmarkNameRuns measures the people finder's first pass alone on the
// 10 MB input: every token read once for the runs of capitalised words.
func BenchmarkNameRuns(b *testing.B) {
	text := benchCorpus(b, 10<<20)
	loadLexicon()
	toks := tokenize(nil, text)
	var (
		runs  []run
		lines []lineStart
		ages  []int32
	)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		runs = nameRunsInto(runs[:0], &lines, &ages, toks, text)
		lines, ages = lines[:0], ages[:0]
	}
}

// BenchmarkTitle measures Title on the sample article, whose first line
// is a sentence: the title is derived from its words.
func BenchmarkTitle(b *testing.B) {
	text := readTestdata(b, "dev/texts/paris-attacks.txt")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		Title(text)
	}
}
