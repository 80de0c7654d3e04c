package parse

import (
	"strings"
	"unicode/utf8"
)

// Character helpers: the one set the package uses. Words are mostly
// ASCII, so these read bytes and leave other letters to package unicode.

func isASCIIDigit(c byte) bool { return '0' <= c && c <= '9' }
func isASCIIUpper(c byte) bool { return 'A' <= c && c <= 'Z' }
func isASCIILower(c byte) bool { return 'a' <= c && c <= 'z' }

// isSpaceByte reports an ASCII space, tab or line break.
func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func isASCIIAlnum(c byte) bool { return isASCIIDigit(c) || isASCIIUpper(c) || isASCIILower(c) }

// lowerASCIIByte lower-cases an ASCII capital and leaves every other byte.
func lowerASCIIByte(c byte) byte {
	if isASCIIUpper(c) {
		return c + 'a' - 'A'
	}
	return c
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// hasASCIIUpper reports whether s has an ASCII capital.
func hasASCIIUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if isASCIIUpper(s[i]) {
			return true
		}
	}
	return false
}

// isASCIILetters reports whether s is ASCII letters only.
func isASCIILetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isASCIIUpper(s[i]) && !isASCIILower(s[i]) {
			return false
		}
	}
	return true
}

// lowerASCII returns s with its ASCII letters lower-cased; it allocates
// only when s has a capital.
func lowerASCII(s string) string {
	if !hasASCIIUpper(s) {
		return s
	}
	b := []byte(s)
	for i, c := range b {
		b[i] = lowerASCIIByte(c)
	}
	return string(b)
}

// lowerASCIIEqual reports whether lowerASCII(s) == lower, for a
// lower-case lower, without building the string.
func lowerASCIIEqual(s, lower string) bool {
	if len(s) != len(lower) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if lowerASCIIByte(s[i]) != lower[i] {
			return false
		}
	}
	return true
}

// indexApostrophe is the index of the first ' or ’ in w, or -1.
// (strings.IndexAny says the same, decoding every rune on the way.)
func indexApostrophe(w string) int {
	i := strings.IndexByte(w, '\'')
	if j := strings.Index(w, "’"); j >= 0 && (i < 0 || j < i) {
		return j
	}
	return i
}
