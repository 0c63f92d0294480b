package personalize

import "strings"

// Words of institutions' names, word for word: a line that names an
// institution in English whose name the profile gives in its own language
// ("University of Agriculture" for "Uniwersytet Rolniczy", "Polish Army
// Museum" for "Muzeum Wojska Polskiego") says the same words, which share
// no root a spelling could show. Each line of nameConcepts is one thing
// institutions are named for: the starts of its English words, "|", and
// the starts of its words in the languages profiles are written in,
// folded (Polish, German, French, Spanish, Portuguese, Italian, Dutch,
// Turkish, the Nordic languages, Finnish, Czech, Hungarian). Words that
// are cognates (museum, national, technology) need no line: sharedRoot
// reads them.
const nameConcepts = `
agricultur agrarian farming | rolnicz landwirtschaft agrar agronom lantbruk landbrug landbouw tarim zemedel mezogazd poljopriv maatalou agricol
technolog technical | technolog politechn technisch techniczn tekniska teknisk teknolo muszaki technick teknill
medicine medical | medyc medizin medic lekarsk geneesk orvos medisin laaketiet
music | muzycz musik musiq musica muziek muzik hudeb zenei
economic business | ekonom wirtschaft econom handelsh kauppa kozgazd
forest | lesn lesni forst forest skog bosbouw orman metsa
mining mines | gornicz bergbau minas mijnbouw maden bansk banyasz kaivos mineir
health | zdrow gesundheit sante salud saude gezondheid saglik halsa sundhed helse terveys
children child kids paediatric pediatric | dzieci dziecie kinder enfant ninos crianc barn cocuk gyermek lasten infanti pediatr
research | badan forschung recherch investigac pesquisa onderzoek arastirma forskning tutkimus vyzkum kutato ricerca
history historical | histor geschicht dejin tortenet storia tarih
heritage | dziedzictw kulturerbe patrimoin patrimon erfgoed miras kulturarv perinto
development | rozwoj entwicklung developpement desarroll desenvolv ontwikkel kalkinma utveckl sviluppo
sleep | schlaf sommeil suenos slaap uyku somn
army military | wojsk armee militar ejercito exercito krijgsmacht ordu krigs forsvar
rescue lifeboat | ratown rettung sauvetage salvament redding kurtarma raddning redning pelastu
maritime | morsk seefahrt maritim marin deniz sjofart merenkul
railway rail | kolej bahn ferrovi ferroc spoorweg demiryol jarnvag rautatie
veterinar | weteryn tierarz tiermediz veterin dierge
pharmac | farmac pharmaz apotek
nursing nurses | pielegn pflege enferm verpleeg hemsire sjukskot
engineer | inzynier ingenieur ingenier ingegner muhendis ingenjor
mammal | ssak saugetier mammif mamifer zoogdier memeli daggdjur
bird ornitholog | ptak vogel oiseau pajaro aves ornitol fagel lintu
fisher fishing fish | rybac ryby fischerei peche pesca visserij balikci fiske kalastu
women | kobiet frauen femmes mujeres mulheres vrouwen kadin kvinn naiset
youth young | mlodziez jugend jeunes juvent jovens jongeren genclik ungdom nuorten
craft artisan | rzemiosl rzemiesl handwerk artisan artesan ambacht zanaat hantverk kasityo kezmuves
food | zywnosc lebensmittel alimenta voedsel gida livsmedel fodevare elintarvik
safety | bezpiecz sicherheit securit segurid seguranc veilig guvenlik sakerhet turvall
church | kosciol kirche eglise iglesia igreja chiesa kerk kilise kyrka kirke
cathedral | katedr kathedr cathedr catedral duomo
science | nauk wissenschaft scien cienc wetenschap bilim vetenskap videnskab tiede
translat | tlumacz ubersetz traduct traduc vertal ceviri oversatt kaant
teacher education | nauczyc lehrer enseign ensenanz ensino onderwijs ogretmen larar laerer educa
labour employment | pracy arbeit travail trabajo trabalho arbeid calisma arbete tyovoim
arts | sztuk kunst beaux bellas belas belle guzel umeni muvesz konst taide
royal | krolew konigl royal reale koninklijk kungl kongel
chamber | izba kammer chambre camara kamer kammar kamara
`

// nameConceptList is nameConcepts read: each thing's English starts and
// its other languages' starts.
var nameConceptList = func() [][2][]string {
	var out [][2][]string
	for _, line := range strings.Split(nameConcepts, "\n") {
		en, other, ok := strings.Cut(line, "|")
		if !ok {
			continue
		}
		out = append(out, [2][]string{strings.Fields(en), strings.Fields(other)})
	}
	return out
}()

// conceptOf returns the index of the thing of nameConcepts an English
// word is, or -1.
func conceptOf(w string) int {
	w = fold(w)
	for i, c := range nameConceptList {
		for _, p := range c[0] {
			if strings.HasPrefix(w, p) {
				return i
			}
		}
	}
	return -1
}

// conceptSaid reports whether a profile's word f says the thing c of
// nameConcepts: it starts with one of its words, or, five letters or
// more, closes a compound with one ("Säugetierkunde", "barnsjukhus").
func conceptSaid(c int, f string) bool {
	f = fold(f)
	for _, p := range nameConceptList[c][1] {
		if strings.HasPrefix(f, p) || len(p) >= 5 && strings.Contains(f, p) {
			return true
		}
	}
	return false
}

// rootOrConcept returns a test of whether a profile's word shares a
// root with the line's word w or says the same thing of nameConcepts,
// with w's thing looked up once.
func rootOrConcept(w string) func(f string) bool {
	c := conceptOf(w)
	return func(f string) bool { return sharedRoot(w, f) || c >= 0 && conceptSaid(c, f) }
}
