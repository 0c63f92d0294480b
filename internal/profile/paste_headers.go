package profile

import (
	"strings"
	"unicode"
)

// Which of a position's two header lines is the title and which the
// company: a line that names a job is the title, a line with an
// organisation's words the company.

// companyFirst reports whether a position's two header lines are the
// company, then the title: LinkedIn writes the title first, with the
// employment type on the company's line ("Halden LLP · Full-time"). A copy
// without that "·" leaves the order open: then the line that reads as an
// organisation (a name another position is grouped under, a legal form, an
// institution's noun, an initialism in brackets) is the company, and
// otherwise, with the employment type on a line of its own, the line that
// names a job is the title.
func companyFirst(first, second item, known map[string]bool) bool {
	if strings.Contains(second.s, "·") {
		return false
	}
	if !jobWords(first.s) && jobWords(second.s) && !known[strings.ToLower(second.s)] {
		// "Brightwater & Finch" over "Group Account Director": the line
		// that names a job is the title, whatever organisation words it
		// has.
		return true
	}
	fo, so := orgLine(first.s, known), orgLine(second.s, known)
	if fo != so {
		return fo && !jobWords(first.s) || fo && jobWords(second.s)
	}
	if fo && !jobWords(first.s) && jobWords(second.s) {
		return true // "Erasmus Universiteit Rotterdam" over "Guest Lecturer, Maritime Economics & Logistics"
	}
	return !jobWords(first.s) && jobWords(second.s)
}

// orgWord are words that make a header line an organisation's name: legal
// forms and the nouns of institutions, in the languages pages come in.
var orgWord = setOf("llp", "llc", "ltd", "limited", "plc", "inc", "corp", "corporation", "gmbh", "ag", "sa", "sas",
	"sarl", "srl", "spa", "sl", "bv", "nv", "pty", "ab", "as", "oy", "kk", "co", "group", "holdings", "bank",
	"trust", "council", "university", "universidad", "universidade", "université", "universität", "università",
	"universiteit", "univerzita", "uniwersytet", "college", "school", "escuela", "école", "ecole", "hochschule",
	"academy", "institute", "instituto", "institut", "hospital", "hôpital", "klinikum", "clinic", "ministry",
	"ministerio", "ministère", "agency", "authority", "foundation", "fundación", "association", "society", "llp.",
	"industries", "partnership", "foundry", "brewery", "airways", "airlines", "laboratories", "pharmaceuticals",
	"hotels", "cooperative", "universiteit", "univerzita", "uniwersytet", "politechnika", "hogeschool")

// orgLine reports whether s reads as the name of an organisation: the name
// of a group of positions on the page, or a name with a legal form, an
// institution's noun or an initialism in brackets ("(ESDM)").
func orgLine(s string, known map[string]bool) bool {
	if known[strings.ToLower(s)] {
		return true
	}
	if i := strings.IndexByte(s, '('); i > 0 && strings.HasSuffix(s, ")") && acronymWord(strings.TrimSpace(s[:i])) {
		return true // "ΑΔΜΗΕ (IPTO – Independent Power Transmission Operator)": an acronym and what it stands for
	}
	if i := strings.LastIndexByte(s, '('); i >= 0 && strings.HasSuffix(s, ")") && !jobWords(s[:i]) {
		// "(ESDM)" after a name; not "Ofsted Inspector (OI)", a post.
		in := s[i+1 : len(s)-1]
		if len(in) >= 2 && strings.ToUpper(in) == in && strings.IndexFunc(in, unicode.IsLetter) >= 0 {
			return true
		}
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if orgWord[w] {
			return true
		}
	}
	return false
}

// jobWord are nouns that head job titles, across the fields candidates
// come from.
var jobWord = setOf("manager", "director", "head", "lead", "leader", "engineer", "officer", "associate", "partner",
	"counsel", "analyst", "consultant", "specialist", "coordinator", "supervisor", "president", "vp", "chief",
	"captain", "nurse", "teacher", "lecturer", "professor", "curator", "producer", "brewer", "detective", "sergeant",
	"constable", "firefighter", "superintendent", "architect", "designer", "developer", "scientist", "researcher",
	"accountant", "auditor", "solicitor", "barrister", "lawyer", "attorney", "paralegal", "pharmacist", "physician",
	"surgeon", "midwife", "therapist", "electrician", "plumber", "technician", "intern", "trainee", "apprentice",
	"founder", "owner", "executive", "administrator", "assistant", "adviser", "advisor", "editor", "writer",
	"journalist", "instructor", "pilot", "mariner", "chef", "buyer", "planner", "controller", "treasurer",
	"secretary", "clerk", "agent", "representative", "strategist", "economist", "actuary", "underwriter",
	"recruiter", "trustee", "chair", "chairman", "chairperson", "fellow", "dentist", "psychologist", "physiotherapist",
	"inspector", "surveyor", "operator", "mechanic", "foreman", "ceo", "cfo", "coo", "cto", "gm",
	// Spanish, Portuguese, French, Italian and German titles.
	"profesor", "profesora", "professeur", "professora", "docente", "directora", "directeur", "directrice",
	"direttore", "diretor", "diretora", "gerente", "jefe", "jefa", "responsable", "ingeniero", "ingeniera",
	"ingénieur", "ingénieure", "engenheiro", "engenheira", "ingegnere", "ingenieur", "ingenieurin", "abogado",
	"abogada", "avocat", "avocate", "advogado", "advogada", "avvocato", "rechtsanwalt", "rechtsanwältin",
	"enfermera", "enfermero", "infirmière", "infirmier", "diseñador", "diseñadora", "arquitecto", "arquitecta",
	"architecte", "consultor", "consultora", "analista", "asesor", "asesora", "conseiller", "conseillère",
	"berater", "beraterin", "leiter", "leiterin", "geschäftsführer", "geschäftsführerin", "médico", "médica",
	"médecin", "socio", "socia", "associé", "associée", "enseignant", "enseignante", "stagiaire", "becario",
	"becaria", "chargé", "chargée", "coordinador", "coordinadora", "técnico", "técnica", "contable", "auditora",
	"juriste", "notaire", "comptable", "vendeur", "vendeuse", "commercial", "commerciale", "pharmacien", "pharmacienne",
	"correspondent", "reporter", "presenter", "translator", "interpreter", "broker", "trader", "banker", "veterinarian",
	"radiographer", "paramedic", "carer", "caregiver", "welder", "carpenter", "joiner", "driver", "photographer",
	"archivist", "librarian", "counsellor", "counselor", "coach", "tutor", "statistician", "programmer", "tester",
	"advocate", "judge", "registrar", "receptionist", "concierge", "sommelier", "optometrist",
	"kierownik", "dyrektor", "specjalista", "inżynier", "lekarz", "doradca", "referent", "sachbearbeiter",
	"sachbearbeiterin", "referentin", "medewerker", "adviseur", "beleidsmedewerker", "projectleider")

// jobWords reports whether s holds a word that heads a job title.
func jobWords(s string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if jobWord[w] || jobWord[strings.TrimSuffix(w, "s")] {
			return true
		}
	}
	return false
}

// acronymWord reports whether s is one word of two to ten capital letters,
// in any script ("IPTO", "ΑΔΜΗΕ").
func acronymWord(s string) bool {
	n := 0
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 10
}
