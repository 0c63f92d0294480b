package personalize

import "strconv"

// readWordNumber reads a number in words: "fifty-eight", "three hundred
// and ten", "one hundred and forty", "eleven hundred", "two dozen", "two
// thousand four hundred".
func readWordNumber(in []token, i int, out []token) ([]token, int) {
	t := in[i]
	total, cur := 0, 0
	lastTens := false
	k := i
	for ; k < len(in); k++ {
		w := &in[k]
		switch {
		case k > i && w.lower == "and":
			if k+1 < len(in) && in[k+1].wordNum && (cur >= 100 && cur%100 == 0 || cur == 0 && total >= 1000) {
				continue
			}
		case (w.lower == "one" || w.lower == "a") && k == i:
			cur = 1
			continue
		case w.lower == "one" && lastTens && w.punctBefore == "-":
			cur++ // "seventy-one": "one" alone is no number word
			lastTens = false
			continue
		case w.wordNum:
			v, _ := strconv.Atoi(w.key)
			switch {
			case v == 100:
				cur = max(cur, 1) * 100
				lastTens = false
				continue
			case v == 1000 && total == 0:
				// "two thousand four hundred"
				total, cur = max(cur, 1)*1000, 0
				lastTens = false
				continue
			case v == 12 && w.lower == "dozen":
				cur = max(cur, 1) * 12
				lastTens = false
				continue
			case k == i || lastTens && v < 10 || cur%100 == 0 && cur >= 100 && v < 100 || cur == 0 && total >= 1000 && v < 1000:
				cur += v
				lastTens = v >= 20 && v%10 == 0
				continue
			}
		}
		break
	}
	total += cur
	half := andAHalf(in, k)
	if half {
		k += 3 // "two and a half"
	}
	if k-i < 2 || total == 0 {
		out = append(out, t)
		return out, 1
	}
	t.end = in[k-1].end
	t.key, t.number, t.wordNum = strconv.Itoa(total), true, true
	if half {
		t.key += ".5"
	}
	return append(out, t), k - i
}

// andAHalf reports whether in[k:] starts "and a half".
func andAHalf(in []token, k int) bool {
	return k+2 < len(in) && in[k].lower == "and" && in[k+1].lower == "a" && in[k+2].lower == "half"
}
