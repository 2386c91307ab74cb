package gazetteer

import (
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/kg"
)

// latinFold holds, for each rune below latinEnd, what kg.Slug makes of it
// alone: its folded lower-case form, or "" for a separator. Deriving it from
// kg keeps lookups keyed exactly as the rest of newsgraph folds names, while
// appendKey stays allocation-free.
const latinEnd = 0x250

var latinFold = func() (t [latinEnd]string) {
	for r := rune(0); r < latinEnd; r++ {
		if s := kg.Slug(string(r)); s != "_" {
			t[r] = s
		}
	}
	return t
}()

// appendKey appends the lookup key of s to dst: kg.FoldName(s) ("Côte
// d'Ivoire" -> "cote divoire"), less a leading "the ".
func appendKey(dst []byte, s string) []byte {
	start := len(dst)
	sep := false
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		i += size
		if r == '\'' || r == '\u2019' {
			continue
		}
		var f string
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
		case r >= 'A' && r <= 'Z':
			r += 'a' - 'A'
		case r < utf8.RuneSelf:
			sep = true
			continue
		default:
			lr := unicode.ToLower(r)
			if lr < latinEnd {
				if f = latinFold[lr]; f == "" {
					sep = true
					continue
				}
			} else if !unicode.IsLetter(lr) && !unicode.IsDigit(lr) {
				sep = true
				continue
			} else {
				r = lr
			}
		}
		if sep && len(dst) > start {
			dst = append(dst, ' ')
		}
		sep = false
		if f != "" {
			dst = append(dst, f...)
		} else {
			dst = utf8.AppendRune(dst, r)
		}
	}
	if k := dst[start:]; len(k) > 4 && string(k[:4]) == "the " {
		dst = append(dst[:start], k[4:]...)
	}
	return dst
}

// appendCode appends the key of a name matched only as written in upper
// case ("U.S." -> "=US"). ok is false when s has a lower-case letter or no
// letter or digit at all.
func appendCode(dst []byte, s string) (_ []byte, ok bool) {
	start := len(dst)
	dst = append(dst, '=')
	for _, r := range s {
		switch {
		case unicode.IsLower(r):
			return dst[:start], false
		case r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '+':
			dst = append(dst, byte(r))
		}
	}
	if len(dst) == start+1 {
		return dst[:start], false
	}
	return dst, true
}
