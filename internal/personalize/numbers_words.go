package personalize

import (
	"strconv"
	"strings"
)

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
		case k > i && (w.lower == "y" || w.lower == "e") && k+1 < len(in) && in[k+1].wordNum && in[k+1].punctBefore == " ":
			// "treinta y cinco", "cento e vinte": the tens and the units,
			// or the hundreds and the rest, in Spanish and Portuguese.
			if v, _ := strconv.Atoi(in[k+1].key); lastTens && v < 10 || cur >= 100 && cur%100 == 0 && v < 100 {
				continue
			}
		case k > i && thousandWords[w.lower] && total == 0 && cur > 0:
			// "sesenta y dos mil", "zwei tausend": a thousand after a
			// number, never alone ("mil-spec").
			total, cur = cur*1000, 0
			lastTens = false
			continue
		case (w.lower == "one" || w.lower == "a") && (k == i || cur == 0 && total >= 1000 && k+1 < len(in) && in[k+1].lower == "hundred"):
			cur = 1 // "two thousand one hundred" too
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
	frac := ""
	if !half && total > 0 && k+1 < len(in) && in[k].lower == "point" {
		// "eleven point four million": the digits after the point, one
		// word each.
		m := k + 1
		for ; m < len(in) && in[m].punctBefore == " " && decimalDigit(&in[m]) >= 0; m++ {
			frac += strconv.Itoa(decimalDigit(&in[m]))
		}
		if m > k+1 {
			k = m
			frac = strings.TrimRight(frac, "0") // "two point zero" is 2
		}
	}
	if k-i < 2 || total == 0 {
		out = append(out, t)
		return out, 1
	}
	t.end = in[k-1].end
	// "one hundred and sixty-four": a figure, though "one" alone is a
	// function word.
	t.key, t.number, t.wordNum, t.fn = strconv.Itoa(total), true, true, false
	if half {
		t.key += ".5"
	}
	if frac != "" {
		t.key += "." + frac
	}
	return append(out, t), k - i
}

// decimalDigit is the digit a word after "point" says ("four", "one",
// "zero", "oh"), or -1.
func decimalDigit(t *token) int {
	switch t.lower {
	case "zero", "oh", "nought":
		return 0
	case "one":
		return 1
	}
	if v, err := strconv.Atoi(t.key); err == nil && t.wordNum && v >= 2 && v <= 9 && numberWords[t.lower] != "" {
		return v
	}
	return -1
}

// thousandWords are a thousand in Spanish, Portuguese, German, Dutch and
// the Nordic languages, read only after a number.
var thousandWords = wordSet("mil tausend duizend tusen tusind")

// andAHalf reports whether in[k:] starts "and a half".
func andAHalf(in []token, k int) bool {
	return k+2 < len(in) && in[k].lower == "and" && in[k+1].lower == "a" && in[k+2].lower == "half"
}

// numberWords are the cardinal numbers written in words that a line can
// use for a figure. "one" is left out, a pronoun far more often, and
// "zero", a name as often ("Project Zero").
var numberWords = func() map[string]string {
	m := map[string]string{}
	for i, w := range strings.Fields("_ _ two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen") {
		if w != "_" {
			m[w] = strconv.Itoa(i)
		}
	}
	for i, w := range strings.Fields("twenty thirty forty fifty sixty seventy eighty ninety") {
		m[w] = strconv.Itoa(20 + 10*i)
	}
	m["hundred"] = "100"
	m["thousand"] = "1000"
	m["dozen"] = "12"
	// French, Spanish, German, Italian and Portuguese, without the words
	// English or a name has ("once", "elf", "due", "sept", "mille").
	for _, row := range []string{
		"2 deux dos zwei", "3 trois tres drei", "4 quatre cuatro vier quattro quatro", "5 cinq cinco fünf funf cinque",
		"6 seis sechs", "7 siete sieben sette", "8 huit ocho", "9 neuf nueve neun nove", "10 diez zehn dieci dez",
		"11 onze undici", "12 douze doce zwölf zwolf dodici", "13 treize trece", "14 quatorze catorce", "15 quinze quince",
		"20 vingt veinte zwanzig venti vinte", "30 trente treinta trenta trinta", "40 quarante cuarenta vierzig quaranta quarenta",
		"50 cinquante cincuenta fünfzig funfzig cinquanta cinquenta", "100 cien ciento",
		// The hundreds of Spanish, Portuguese and Italian, one word each.
		"200 doscientos doscientas duzentos duzentas duecento", "300 trescientos trescientas trezentos trezentas trecento",
		"400 cuatrocientos cuatrocientas quatrocentos quatrocentas quattrocento", "500 quinientos quinientas quinhentos quinhentas cinquecento",
		"600 seiscientos seiscientas seiscentos seiscentas seicento", "700 setecientos setecientas setecentos setecentas settecento",
		"800 ochocientos ochocientas oitocentos oitocentas ottocento", "900 novecientos novecientas novecentos novecentas novecento",
		// Dutch, Swedish, Danish and Norwegian, folded, without "to",
		// "fire", "sex", "sexton", "ni", "ti" and "tien" (a Vietnamese name).
		"2 twee tva", "3 drie tre", "4 fyra", "5 vijf fem", "6 zes", "7 zeven sju syv", "8 acht atta otte",
		"9 negen nio", "10 tio", "11 elva elleve", "12 twaalf tolv", "13 dertien tretton tretten", "14 veertien fjorton fjorten",
		"15 vijftien femton femten", "16 seksten", "17 sjutton sytten", "18 arton atten", "19 nitton nitten",
		"20 twintig tjugo tyve tjue", "30 dertig trettio tretti", "40 veertig fyrtio forti", "50 vijftig femtio femti",
		// The rest of the teens and the tens to a hundred in all of them,
		// without "seize", "sexton" and "nitti" (a name).
		"13 dreizehn tredici treze dertien", "14 vierzehn quattordici", "15 fünfzehn funfzehn quindici", "16 sechzehn dieciséis dieciseis sedici dezesseis dezasseis zestien",
		"17 siebzehn diecisiete diciassette dezessete dezassete zeventien", "18 achtzehn dieciocho diciotto dezoito achttien",
		"19 neunzehn diecinueve diciannove dezenove dezanove negentien",
		"60 sechzig soixante sesenta sessanta sessenta zestig sextio seksti", "70 siebzig soixante-dix setenta settanta zeventig sjuttio sytti",
		"80 achtzig quatre-vingts ochenta ottanta oitenta tachtig attio atti", "90 neunzig quatre-vingt-dix noventa novanta negentig nittio",
		"100 hundert cento honderd hundra hundre",
	} {
		f := strings.Fields(row)
		for _, w := range f[1:] {
			m[w] = f[0]
		}
	}
	return m
}()
