package kg

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"
	"unicode"
)

// EntityID mints the ID of an entity from its kind and canonical name:
// "person:angela-merkel". Names that differ only in case, punctuation or
// Latin diacritics share an ID.
func EntityID(k Kind, name string) string {
	return strings.ToLower(string(k)) + ":" + Slug(name)
}

// ArticleID mints an article's ID from its text: the same text always gets
// the same ID, whichever reader it came through. White space at either end is
// ignored.
func ArticleID(text string) string {
	sum := sha256.Sum256([]byte(strings.TrimSpace(text)))
	return "article:" + hex.EncodeToString(sum[:10])
}

// RelationID mints a relation's ID from what makes the statement: its
// article, type, endpoints and where in the text it was read. Re-ingesting
// the article yields the same IDs.
func RelationID(articleID string, t RelType, source, target string, start, end int, quote string) string {
	h := sha256.New()
	for _, s := range []string{articleID, string(t), source, target, strconv.Itoa(start), strconv.Itoa(end), quote} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return "rel:" + hex.EncodeToString(h.Sum(nil)[:10])
}

// Slug lowers s, folds common Latin diacritics, drops apostrophes and joins
// the remaining runs of letters and digits with "-". It returns "_" for a
// name with no letters or digits, so that every name has an ID.
func Slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range s {
		if r == '\'' || r == '\u2019' {
			continue
		}
		r = unicode.ToLower(r)
		if f, ok := fold[r]; ok {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteString(f)
			continue
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
			continue
		}
		dash = true
	}
	if b.Len() == 0 {
		return "_"
	}
	return b.String()
}

// FoldName is Slug with spaces: the form names are compared in ("José
// Martí" -> "jose marti").
func FoldName(s string) string {
	return strings.ReplaceAll(Slug(s), "-", " ")
}

// fold maps lower-case Latin letters with diacritics to plain ASCII.
var fold = func() map[rune]string {
	m := map[rune]string{'ß': "ss", 'æ': "ae", 'œ': "oe", 'ø': "o", 'đ': "d", 'ð': "d", 'þ': "th", 'ł': "l", 'ı': "i"}
	groups := map[string]string{
		"a": "àáâãäåāăą", "c": "çćĉċč", "d": "ď", "e": "èéêëēĕėęě", "g": "ĝğġģ",
		"h": "ĥħ", "i": "ìíîïĩīĭįİ", "j": "ĵ", "k": "ķ", "l": "ĺļľŀ", "n": "ñńņňŉ",
		"o": "òóôõöōŏő", "r": "ŕŗř", "s": "śŝşšș", "t": "ţťŧț", "u": "ùúûüũūŭůűų",
		"w": "ŵ", "y": "ýÿŷ", "z": "źżž",
	}
	for plain, letters := range groups {
		for _, r := range letters {
			m[r] = plain
		}
	}
	return m
}()
