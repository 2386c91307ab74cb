package rules

import (
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/kg"
)

// dateRef is a date read from text with how much of it the text fixed.
type dateRef struct {
	t    time.Time
	prec kg.Precision
}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// findDate reads the first date expression in toks[lo:hi], skipping
// tokens for which skip returns true (quoted words). Weekday names and
// relative words are resolved against the article date: the most recent
// such day on or before it, or the next one when future is set.
func findDate(toks []token, lo, hi int, art time.Time, future bool, skip func(int) bool) (dateRef, bool) {
	for i := lo; i < hi; i++ {
		if skip != nil && skip(i) {
			continue
		}
		if r, ok := dateAt(toks, i, hi, art, future); ok {
			return r, true
		}
	}
	return dateRef{}, false
}

// dateAt tries to read a date expression starting at toks[i].
func dateAt(toks []token, i, hi int, art time.Time, future bool) (dateRef, bool) {
	t := &toks[i]
	lw := t.lower
	hasArt := !art.IsZero()
	num := func(j int) (int, bool) {
		if j >= hi || toks[j].kind != tNum {
			return 0, false
		}
		s := strings.TrimRight(toks[j].lower, "stndrh")
		n, err := strconv.Atoi(s)
		return n, err == nil
	}
	year := func(j int) (int, bool) {
		if j < hi && toks[j].text == "," {
			j++
		}
		n, ok := num(j)
		if ok && len(toks[j].text) == 4 && n >= 1800 && n <= 2200 {
			return n, true
		}
		return 0, false
	}
	if m, ok := months[lw]; ok && t.cap {
		if lw == "may" && !(i+1 < hi && toks[i+1].kind == tNum) {
			return dateRef{}, false
		}
		// "February 24 2022", "March 3", "March 2008"
		if d, ok := num(i + 1); ok && d >= 1 && d <= 31 && len(toks[i+1].text) <= 4 {
			if y, ok := year(i + 2); ok {
				return dateRef{day(y, m, d), kg.PrecisionDay}, true
			}
			if hasArt {
				return dateRef{inferYear(art, m, d, future), kg.PrecisionDay}, true
			}
			return dateRef{}, false
		}
		if y, ok := year(i + 1); ok {
			return dateRef{day(y, m, 1), kg.PrecisionMonth}, true
		}
		return dateRef{}, false
	}
	if t.kind == tNum {
		// "24 February 2022", "28th of October"
		d, ok := num(i)
		if !ok || d < 1 || d > 31 {
			return dateRef{}, false
		}
		j := i + 1
		if j < hi && toks[j].lower == "of" {
			j++
		}
		if j < hi {
			if m, ok := months[toks[j].lower]; ok && toks[j].cap {
				if y, ok := year(j + 1); ok {
					return dateRef{day(y, m, d), kg.PrecisionDay}, true
				}
				if hasArt {
					return dateRef{inferYear(art, m, d, future), kg.PrecisionDay}, true
				}
			}
		}
		return dateRef{}, false
	}
	if !hasArt {
		return dateRef{}, false
	}
	if wd, ok := weekdays[lw]; ok {
		return dateRef{weekdayNear(art, wd, future), kg.PrecisionDay}, true
	}
	if i+2 < hi && toks[i+1].lower == "days" && toks[i+2].lower == "ago" {
		// "two days ago": within the past week, a day the article fixes
		n, ok := num(i)
		if !ok {
			n, ok = smallNumbers[lw]
		}
		if ok && n >= 1 && n <= 6 {
			return dateRef{art.AddDate(0, 0, -n), kg.PrecisionDay}, true
		}
	}
	switch lw {
	case "today", "tonight":
		return dateRef{art, kg.PrecisionDay}, true
	case "yesterday":
		return dateRef{art.AddDate(0, 0, -1), kg.PrecisionDay}, true
	case "tomorrow":
		return dateRef{art.AddDate(0, 0, 1), kg.PrecisionDay}, true
	case "last", "this", "next":
		if i+1 < hi {
			switch toks[i+1].lower {
			case "month":
				m := art.AddDate(0, map[string]int{"last": -1, "this": 0, "next": 1}[lw], 0)
				if art.Day() > 28 {
					m = day(art.Year(), art.Month(), 1).AddDate(0, map[string]int{"last": -1, "this": 0, "next": 1}[lw], 0)
				}
				return dateRef{day(m.Year(), m.Month(), 1), kg.PrecisionMonth}, true
			case "year":
				y := art.Year() + map[string]int{"last": -1, "this": 0, "next": 1}[lw]
				return dateRef{day(y, 1, 1), kg.PrecisionYear}, true
			case "week":
				// "killed last week": some day of a week, which the
				// article's date would misplace
				return dateRef{time.Time{}, kg.PrecisionNone}, true
			}
			if lw == "next" {
				break
			}
			switch toks[i+1].lower {
			case "night":
				if lw == "last" {
					return dateRef{art.AddDate(0, 0, -1), kg.PrecisionDay}, true
				}
				return dateRef{art, kg.PrecisionDay}, true
			case "morning", "afternoon", "evening":
				if lw == "this" {
					return dateRef{art, kg.PrecisionDay}, true
				}
			}
		}
	}
	return dateRef{}, false
}

// smallNumbers are the number words of a few days.
var smallNumbers = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}

// weekdayNear is the most recent wd on or before art, or the next one on
// or after it when future is set.
func weekdayNear(art time.Time, wd time.Weekday, future bool) time.Time {
	diff := int(art.Weekday()) - int(wd)
	if future {
		return art.AddDate(0, 0, (int(wd)-int(art.Weekday())+7)%7)
	}
	if diff < 0 {
		diff += 7
	}
	return art.AddDate(0, 0, -diff)
}

// inferYear places a month and day without a year in the article's year,
// or the neighbouring one when that is nearer in the expected direction.
func inferYear(art time.Time, m time.Month, d int, future bool) time.Time {
	t := day(art.Year(), m, d)
	if !future && t.After(art.AddDate(0, 2, 0)) {
		t = day(art.Year()-1, m, d)
	}
	if future && t.Before(art.AddDate(0, -2, 0)) {
		t = day(art.Year()+1, m, d)
	}
	return t
}
