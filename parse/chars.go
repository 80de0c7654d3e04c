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

func isASCIILetter(c byte) bool { return isASCIIUpper(c) || isASCIILower(c) }

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

// isASCIIUpperOnly reports whether s is ASCII capitals only.
func isASCIIUpperOnly(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isASCIIUpper(s[i]) {
			return false
		}
	}
	return true
}

// isASCIILetters reports whether s is ASCII letters only.
func isASCIILetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isASCIILetter(s[i]) {
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

// indexApostrophe is the index of the first ' or ’ in w, or -1. One pass
// over the bytes: strings.IndexAny decodes every rune, and an IndexByte
// then an Index read w twice, which showed in the profile of the people
// finder (it asks about every word of every run).
func indexApostrophe(w string) int {
	for i := 0; i < len(w); i++ {
		if w[i] == '\'' || w[i] == 0xE2 && strings.HasPrefix(w[i:], "’") {
			return i
		}
	}
	return -1
}

// isGeneralPunct reports whether r is in U+2010–U+2027: the dashes,
// curly quotes, bullets and ellipsis of news text. None of them is a
// letter, digit, mark or space, which the tokenizer can then say without
// searching the unicode tables for each one.
func isGeneralPunct(r rune) bool { return 0x2010 <= r && r <= 0x2027 }

// capitalThenLower reports whether w is an ASCII capital followed by
// ASCII lower-case letters only ("Paris", "A"): how most name words are
// written.
func capitalThenLower(w string) bool {
	if w == "" || !isASCIIUpper(w[0]) {
		return false
	}
	for i := 1; i < len(w); i++ {
		if !isASCIILower(w[i]) {
			return false
		}
	}
	return true
}
