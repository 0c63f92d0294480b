package personalize

import "strings"

// nicknames maps a short or pet form of a given name, folded, to the given
// names it stands for: a recruiter writes "Nacho" to Ignacio, "Kasia" to
// Katarzyna, "Bill" to William. English, Spanish, Portuguese, Italian,
// German, Polish and Russian forms in common use.
var nicknames = func() map[string][]string {
	m := map[string][]string{}
	for _, line := range strings.Split(nicknameTable, "\n") {
		nick, full, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		for _, n := range strings.Fields(nick) {
			m[n] = append(m[n], strings.Fields(full)...)
		}
	}
	return m
}()

const nicknameTable = `bill will billy liam willy: william
bob rob bobby robbie: robert
dick rick rich richie: richard
jim jimmy jamie: james
mike mick mikey: michael
dave davy: david
steve stevie: stephen steven
tom tommy: thomas
tony: anthony antony antonio
chris: christopher christine christina christian
kate katie cathy kathy kat: katherine catherine kathryn katharine
liz lizzie beth betty eliza libby: elizabeth
meg maggie peggy: margaret
sue susie: susan suzanne
jen jenny: jennifer
alex: alexander alexandra alexis alejandro alessandro
sandy: alexandra sandra alexander
ben benny: benjamin
dan danny: daniel
sam sammy: samuel samantha
nick nicky: nicholas nicolas nikolaus
pat patty: patrick patricia
jack: john
jon: jonathan
joe joey: joseph
ed eddie ted ned: edward
andy drew: andrew
matt: matthew
greg: gregory
tim timmy: timothy
ken kenny: kenneth
larry: lawrence laurence
ron ronnie: ronald
don donny: donald
fred freddie: frederick
harry: henry harold harriet
jerry: gerald jeremy
pete: peter
phil: philip phillip
ray: raymond
vicky vicki: victoria
abby: abigail
becky: rebecca
debbie deb: deborah
jess jessie: jessica
mandy: amanda
nat: natalie nathan nathaniel
val: valerie
zach zack: zachary
charlie: charles charlotte
chuck: charles
frank frankie: francis franklin
gabe: gabriel
josh: joshua
max: maximilian maxwell maximiliano
terry: terence teresa
nacho: ignacio
pepe: jose
paco pancho curro: francisco
lola: dolores
concha conchi: concepcion
charo: rosario
lupe: guadalupe
chema: jose
manolo: manuel
quique: enrique
memo: guillermo
chucho: jesus
rafa: rafael
fer nando: fernando
beto: alberto roberto
tono: antonio
tere: teresa
maite: maria
pili: pilar
chelo: consuelo
merche: mercedes
juanjo: juan
ze: jose
beppe peppe pino: giuseppe
gianni: giovanni
nino: antonino
sepp jupp: josef
uli: ulrich
kasia: katarzyna
basia: barbara
gosia malgosia: malgorzata
tomek: tomasz
kuba: jakub
wojtek: wojciech
zosia: zofia
ania: anna
asia: joanna
sasha: alexander alexandra aleksandr aleksandra
misha: mikhail
dima: dmitry dmitri
kolya: nikolai
vanya: ivan
natasha: natalia
masha: maria
volodya: vladimir
lena: elena helena magdalena`

// hyphenInitials returns the initials of a name's first word when it is
// hyphenated ("fx" for "François-Xavier Müller"), or "".
func hyphenInitials(toks []token) string {
	var b []byte
	for i := range toks {
		if i > 0 && toks[i].punctBefore != "-" {
			break
		}
		if toks[i].lower == "" || !asciiLetter(toks[i].lower[0]) {
			return ""
		}
		b = append(b, toks[i].lower[0])
	}
	if len(b) < 2 {
		return ""
	}
	return string(b)
}
