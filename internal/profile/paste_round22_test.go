package profile

import (
	"testing"
)

// TestSpanishPageChrome: a page pasted from LinkedIn in Spanish starts
// with "Saltar al contenido principal" and "Foto de portada", which are the
// interface, not the name and headline; the Activity tab "Imágenes" is no
// post of theirs.
func TestSpanishPageChrome(t *testing.T) {
	page := "Saltar al contenido principal\nLinkedIn\nBuscar\nInicio\nMi red\nEmpleos\nMensajes\nNotificaciones\nYo\n\n" +
		"Foto de portada\nInés Calvo Ortega\nElla\n· 2º\nJefa de Mantenimiento en Eólica Norte | Parques eólicos\n" +
		"Lugo, Galicia, España · Información de contacto\n300 contactos\n\n" +
		"Actividad\n1.204 seguidores\nPublicaciones\nComentarios\nImágenes\n" +
		"Inés Calvo Ortega • 2º\nJefa de Mantenimiento en Eólica Norte | Parques eólicos\n1 sem • \n" +
		"Hoy cambiamos la última pala del parque de Paradela.\n\n" +
		"Experiencia\nJefa de Mantenimiento\nEólica Norte · Jornada completa\nene. 2020 - actualidad · 4 años\n" +
		"Cambio de 42 palas en el parque de Paradela.\n"
	p, err := ReadPage(page)
	if err != nil {
		t.Fatal(err)
	}
	if p.Name != "Inés Calvo Ortega" {
		t.Errorf("name %q, want Inés Calvo Ortega", p.Name)
	}
	if p.Headline != "Jefa de Mantenimiento en Eólica Norte | Parques eólicos" {
		t.Errorf("headline %q", p.Headline)
	}
	for _, a := range p.Activity {
		if a.Text == "Imágenes" {
			t.Errorf("the Activity tab %q is read as a post", a.Text)
		}
	}
	if len(p.Activity) != 1 {
		t.Errorf("activity %+v, want their one post", p.Activity)
	}
}

// TestEuropeanPortuguesePage: Portugal's interface says "Informações de
// contacto", "logótipo" and "Tempo inteiro"; the location line before the
// one is the location, the logo line is no place of the entry under it,
// and a company whose name ends in "Lda." is a company, not a sentence.
func TestEuropeanPortuguesePage(t *testing.T) {
	page := "Rui Tavares\nMestre de obras | Reabilitação\nPorto, Porto, Portugal · Informações de contacto\n500+ ligações\n\n" +
		"Experiência\nTavares & Filhos, Lda. logótipo\nMestre de obras\nTavares & Filhos, Lda. · Tempo inteiro\nmar 2015 - o momento · 9 anos\n" +
		"Porto, Portugal\nReabilitação de 40 fachadas na Baixa do Porto.\n"
	p, err := ReadPage(page)
	if err != nil {
		t.Fatal(err)
	}
	if p.Location != "Porto, Porto, Portugal" {
		t.Errorf("location %q, want Porto, Porto, Portugal", p.Location)
	}
	if len(p.Experience) != 1 || p.Experience[0].Location != "Porto, Portugal" || p.Experience[0].Title != "Mestre de obras" ||
		p.Experience[0].Company != "Tavares & Filhos, Lda." {
		t.Errorf("experience %+v", p.Experience)
	}
}

// TestGermanPageGroupedRoles: a page pasted from LinkedIn in German.
// "Suchen" is the search box, not the name; "Kontaktinfo" after two
// spaces is the contact link; and "Vollzeit · 4 J." under a company is
// its employment type and four years ("J." is "Jahre" here, not the
// French "j", days), so the roles under it are that company's.
func TestGermanPageGroupedRoles(t *testing.T) {
	page := "Zum Hauptinhalt springen\nLinkedIn\nSuchen\nStartseite\nMein Netzwerk\nJobs\nNachrichten\nMitteilungen\nSie\n\n" +
		"Hintergrundbild\nKarl Brenner\nKarl Brenner\n · 2.\nLeiter der Straßenmeisterei Kusel bei Landesbetrieb Mobilität\n" +
		"Kusel, Rheinland-Pfalz, Deutschland  Kontaktinfo\n\nBerufserfahrung\n" +
		"Landesbetrieb Mobilität Logo\nLandesbetrieb Mobilität\nLandesbetrieb Mobilität\nVollzeit · 4 J.\nKusel, Rheinland-Pfalz, Deutschland\n" +
		"Leiter der Straßenmeisterei Kusel\nLeiter der Straßenmeisterei Kusel\nJan. 2021–Heute · 4 J.\nVerantwortlich für 120 km Landesstraßen.\n"
	p, err := ReadPage(page)
	if err != nil {
		t.Fatal(err)
	}
	if p.Name != "Karl Brenner" || p.Location != "Kusel, Rheinland-Pfalz, Deutschland" {
		t.Errorf("name %q, location %q", p.Name, p.Location)
	}
	if len(p.Experience) != 1 || p.Experience[0].Company != "Landesbetrieb Mobilität" || p.Experience[0].Title != "Leiter der Straßenmeisterei Kusel" {
		t.Errorf("experience %+v", p.Experience)
	}
}
