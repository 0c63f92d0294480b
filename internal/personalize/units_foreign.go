package personalize

import "strings"

// foreignTimeUnits are the units of time in German, Dutch, French,
// Spanish, Italian, Portuguese, Polish, the Nordic languages, Finnish,
// Czech and Turkish, folded ("9 uur", "sieben Wochen", "diez días", "1 000
// dagar"), without the short ones English writes after a number for other
// things ("an", "tag", "ore", "mes", "gun", "time").
var foreignTimeUnits = map[string]string{
	"jahr": "year", "jahre": "year", "jahren": "year", "jaar": "year", "jaren": "year", "ans": "year", "annee": "year",
	"annees": "year", "ano": "year", "anos": "year", "anno": "year", "anni": "year", "rok": "year", "lata": "year", "lat": "year", "aar": "year",
	"monat": "month", "monate": "month", "monaten": "month", "maand": "month", "maanden": "month", "mois": "month",
	"meses": "month", "mese": "month", "mesi": "month", "miesiac": "month", "miesiace": "month", "miesiecy": "month",
	"woche": "week", "wochen": "week", "weken": "week", "semaine": "week", "semaines": "week", "semana": "week",
	"semanas": "week", "settimana": "week", "settimane": "week", "tydzien": "week", "tygodnie": "week", "tygodni": "week",
	"tage": "day", "tagen": "day", "dag": "day", "dagen": "day", "jour": "day", "jours": "day", "dia": "day", "dias": "day",
	"giorno": "day", "giorni": "day", "dzien": "day", "dni": "day",
	"stunde": "hour", "stunden": "hour", "uur": "hour", "uren": "hour", "heure": "hour", "heures": "hour", "hora": "hour",
	"horas": "hour", "godzina": "hour", "godziny": "hour", "godzin": "hour",
	"minuten": "minute", "minuut": "minute", "minuto": "minute", "minutos": "minute", "minuti": "minute", "minut": "minute", "minuty": "minute",
	"manad": "month", "manader": "month", "maned": "month", "maneder": "month", "vecka": "week", "veckor": "week", "uge": "week",
	"uger": "week", "uke": "week", "uker": "week", "dagar": "day", "dage": "day", "dager": "day", "timme": "hour", "timmar": "hour",
	"minuter": "minute", "minutter": "minute",
	"vuotta": "year", "kuukautta": "month", "viikkoa": "week", "paivaa": "day", "tuntia": "hour", "minuuttia": "minute",
	"roky": "year", "mesic": "month", "mesice": "month", "mesicu": "month", "tyden": "week", "tydny": "week", "tydnu": "week",
	"dny": "day", "dnu": "day", "hodin": "hour", "hodiny": "hour",
	"yil": "year", "yillik": "year", "hafta": "week", "saat": "hour", "dakika": "minute",
}

func init() {
	for w, u := range foreignTimeUnits {
		timeUnits[w] = u
		durationUnits[w] = true
	}
	for w, u := range foreignPhysicalUnits {
		physicalUnits[w] = u
	}
}

// foreignPhysicalUnits are units of measure written out in the languages
// profiles and lines are written in, folded ("58 para 66 toneladas por
// hectare" is tonnes, not the profile's bags).
var foreignPhysicalUnits = map[string]string{
	"tonelada": "t", "toneladas": "t", "tonnellata": "t", "tonnellate": "t", "tonnen": "t", "tony": "t", "tonow": "t",
	"hectarea": "ha", "hectareas": "ha", "hektar": "ha", "hektary": "ha", "hektarow": "ha", "ettari": "ha", "ettaro": "ha",
	"metros": "m", "metres": "m", "metry": "m", "metrow": "m", "metri": "m",
	"kilometros": "m", "kilometres": "m", "kilometry": "m", "kilometrow": "m", "kilometri": "m",
	"litros": "l", "litri": "l", "litry": "l", "litrow": "l",
}

// ratePrepositions say "a" or "per" before a rate's period in the other
// languages ("160 000 ton per år", "pro Jahr", "par mois", "al año",
// "om året", "na rok"); foreignRatePeriods are the periods after them,
// folded; foreignRateWords say a period alone ("jährlich", "anuales",
// "rocznie").
var (
	ratePrepositions   = wordSet("pro par por al ao im om i na")
	foreignRatePeriods = func() map[string]string {
		// The singular units of foreignTimeUnits, and the forms only a
		// rate takes ("om året", "par an", "al mes", "pro Tag", "på
		// veckan", "na godzinę").
		m := map[string]string{"aret": "year", "an": "year", "manaden": "month", "maneden": "month", "mes": "month",
			"dogn": "day", "tag": "day", "veckan": "week", "godzine": "hour"}
		for _, w := range strings.Fields("aar jahr annee ano anno jaar rok manad maned monat mois mese maand miesiac " +
			"dag dagen jour dia giorno dzien vecka uke uge woche semaine semana settimana tydzien timme stunde heure hora uur") {
			m[w] = foreignTimeUnits[w]
		}
		return m
	}()
	foreignRateWords = map[string]string{
		"jahrlich": "year", "jahrliche": "year", "jahrlichen": "year", "jaarlijks": "year", "rocznie": "year", "annuel": "year",
		"annuels": "year", "annuelle": "year", "annuelles": "year", "annuellement": "year", "anual": "year", "anuales": "year",
		"anualmente": "year", "annuo": "year", "annui": "year", "annua": "year", "annue": "year", "arligen": "year", "arlig": "year",
		"arligt": "year", "arlige": "year",
		"monatlich": "month", "monatliche": "month", "maandelijks": "month", "miesiecznie": "month", "mensuel": "month",
		"mensuels": "month", "mensuelle": "month", "mensual": "month", "mensuales": "month", "mensile": "month", "mensili": "month",
		"manatlig": "month", "manatligen": "month", "manedlig": "month",
		"taglich": "day", "dagelijks": "day", "dziennie": "day", "quotidien": "day", "quotidiens": "day", "diario": "day",
		"diarios": "day", "diaria": "day", "diarias": "day", "giornaliero": "day", "dagligen": "day", "daglig": "day",
		"wochentlich": "week", "wekelijks": "week", "tygodniowo": "week", "hebdomadaire": "week", "semanal": "week",
		"semanales": "week", "settimanale": "week", "veckovis": "week",
	}
)

// foreignRateAt is the period a rate's words in another language say at
// toks j ("per år", "pro Jahr", "jährlich"), or "". "an", "mes" and "tag"
// are periods only after a preposition of rate, never alone.
func foreignRateAt(n int, at func(int) *token, j int) string {
	l := at(j).lower
	if p := foreignRateWords[l]; p != "" {
		return p
	}
	if (l == "per" || ratePrepositions[l]) && j+1 < n {
		return foreignRatePeriods[at(j+1).lower]
	}
	return ""
}
