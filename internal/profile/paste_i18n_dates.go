package profile

import "strings"

// dateWords are the words of a date or a duration in other languages,
// in lower case without a final dot, and their English form; "" drops
// the word ("ene. de 2021").
var dateWords = map[string]string{
	"de": "", "del": "", "jan": "Jan", "feb": "Feb", "apr": "Apr", "dec": "Dec", "sep": "Sep", "may": "May",
	"発行日:": "Issued", "발행기관:": "Issued", "발행일:": "Issued", "発行日：": "Issued", "颁发日期:": "Issued", "颁发日期：": "Issued", "发证日期：": "Issued",
	"present": "Present",
	// Months: es, pt, fr, de, it, nl.
	"ene": "Jan", "enero": "Jan", "janv": "Jan", "janvier": "Jan", "januar": "Jan", "jän": "Jan", "gen": "Jan", "gennaio": "Jan", "januari": "Jan",
	"febr": "Feb", "fév": "Feb", "févr": "Feb", "février": "Feb", "fev": "Feb", "fevereiro": "Feb", "febrero": "Feb", "februar": "Feb", "febbraio": "Feb", "februari": "Feb",
	"mar": "Mar", "marzo": "Mar", "março": "Mar", "mars": "Mar", "märz": "Mar", "mrt": "Mar", "maart": "Mar",
	"abr": "Apr", "abril": "Apr", "avr": "Apr", "avril": "Apr", "aprile": "Apr",
	"mayo": "May", "mai": "May", "maio": "May", "mag": "May", "maggio": "May", "mei": "May",
	"jun": "Jun", "junio": "Jun", "junho": "Jun", "juin": "Jun", "juni": "Jun", "giu": "Jun", "giugno": "Jun",
	"jul": "Jul", "julio": "Jul", "julho": "Jul", "juil": "Jul", "juillet": "Jul", "juli": "Jul", "lug": "Jul", "luglio": "Jul",
	"ago": "Aug", "agosto": "Aug", "août": "Aug", "aug": "Aug", "augustus": "Aug",
	"sept": "Sep", "set": "Sep", "setembro": "Sep", "septiembre": "Sep", "septembre": "Sep", "september": "Sep", "settembre": "Sep",
	"oct": "Oct", "octubre": "Oct", "out": "Oct", "outubro": "Oct", "octobre": "Oct", "okt": "Oct", "oktober": "Oct", "ott": "Oct", "ottobre": "Oct",
	"nov": "Nov", "noviembre": "Nov", "novembro": "Nov", "novembre": "Nov", "november": "Nov",
	"dic": "Dec", "diciembre": "Dec", "dez": "Dec", "dezembro": "Dec", "déc": "Dec", "décembre": "Dec", "dezember": "Dec", "dicembre": "Dec", "december": "Dec",
	// Polish months, as a full date gives them ("14 czerwca 2021").
	"stycznia": "Jan", "lutego": "Feb", "marca": "Mar", "kwietnia": "Apr", "maja": "May", "czerwca": "Jun", "lipca": "Jul",
	"sierpnia": "Aug", "września": "Sep", "października": "Oct", "listopada": "Nov", "grudnia": "Dec",
	// Polish short months.
	"sty": "Jan", "lut": "Feb", "kwi": "Apr", "maj": "May", "cze": "Jun", "lip": "Jul", "sie": "Aug", "wrz": "Sep",
	"paź": "Oct", "paz": "Oct", "lis": "Nov", "gru": "Dec",
	// "Present".
	"obecnie": "Present", "actualidad": "Present", "actualmente": "Present", "presente": "Present", "atual": "Present", "aujourd’hui": "Present",
	"aujourd'hui": "Present", "heute": "Present", "heden": "Present", "momento": "Present",
	// Durations.
	"año": "yr", "años": "yrs", "ano": "yr", "anos": "yrs", "an": "yr", "ans": "yrs", "jahr": "yr", "jahre": "yrs", "anno": "yr",
	"anni": "yrs", "jaar": "yrs", "mes": "mo", "mês": "mo", "meses": "mos", "mois": "mos", "monat": "mo", "monate": "mos", "mese": "mo",
	"mesi": "mos", "maand": "mo", "maanden": "mos",
	// LinkedIn's German, Dutch and Polish pages: "7 J. 3 Mon.", "3 jr 2
	// mnd", "1 rok 3 mies.".
	"j": "yrs", "mon": "mos", "jr": "yrs", "mnd": "mos", "rok": "yr", "lata": "yrs", "lat": "yrs", "mies": "mos",
	// "Issued", "Expires".
	"expedición:": "Issued", "expedición": "Issued", "emitido": "Issued", "emissão:": "Issued", "délivrée": "Issued",
	"délivré": "Issued", "ausgestellt:": "Issued", "ausgestellt": "Issued", "rilasciato": "Issued", "uitgegeven:": "Issued", "uitgegeven": "Issued",
	// Norwegian, Danish and Swedish: "aug. 2016 – nå · 8 år 5 mnd", "8 år 5 mån", "8 år 5 md.".
	"april": "Apr", "august": "Aug", "des": "Dec", "desember": "Dec", "augusti": "Aug", "marts": "Mar", "nå": "Present", "nu": "Present",
	"pågående": "Present", "år": "yrs", "måned": "mo", "måneder": "mos", "mån": "mos", "månad": "mo", "månader": "mos", "md": "mos",
	"mdr": "mos", "utstedt": "Issued", "utfärdat": "Issued", "udstedt": "Issued",
	// Finnish: "tammik. 2020 – nyt · 5 v 2 kk".
	"tammi": "Jan", "tammik": "Jan", "tammikuu": "Jan", "helmi": "Feb", "helmik": "Feb", "helmikuu": "Feb", "maalis": "Mar", "maalisk": "Mar",
	"maaliskuu": "Mar", "huhti": "Apr", "huhtik": "Apr", "huhtikuu": "Apr", "touko": "May", "toukok": "May", "toukokuu": "May", "kesä": "Jun",
	"kesäk": "Jun", "kesäkuu": "Jun", "heinä": "Jul", "heinäk": "Jul", "heinäkuu": "Jul", "elo": "Aug", "elok": "Aug", "elokuu": "Aug",
	"syys": "Sep", "syysk": "Sep", "syyskuu": "Sep", "loka": "Oct", "lokak": "Oct", "lokakuu": "Oct", "marras": "Nov", "marrask": "Nov",
	"marraskuu": "Nov", "joulu": "Dec", "jouluk": "Dec", "joulukuu": "Dec", "nyt": "Present", "v": "yrs", "vuosi": "yr", "vuotta": "yrs",
	"kk": "mos", "kuukausi": "mo", "kuukautta": "mos", "myönnetty": "Issued",
	// Turkish: "Ağu 2016 - Halen · 8 yıl 5 ay".
	"oca": "Jan", "ocak": "Jan", "şub": "Feb", "şubat": "Feb", "mart": "Mar", "nis": "Apr", "nisan": "Apr", "mayıs": "May", "haz": "Jun",
	"haziran": "Jun", "tem": "Jul", "temmuz": "Jul", "ağu": "Aug", "ağustos": "Aug", "eyl": "Sep", "eylül": "Sep", "eki": "Oct",
	"ekim": "Oct", "kas": "Nov", "kasım": "Nov", "ara": "Dec", "aralık": "Dec", "halen": "Present", "hâlen": "Present", "günümüz": "Present",
	"yıl": "yrs", "ay": "mos", "veren:": "Issued",
	// Czech: "srp 2016 – současnost · 8 let 5 měs.". "led" (Jan) and "pro" (Dec) are
	// English words too: "Led 2019" alone reads as a date, as "Out 2019" does.
	"led": "Jan", "leden": "Jan", "ledna": "Jan", "úno": "Feb", "únor": "Feb", "února": "Feb", "bře": "Mar", "březen": "Mar", "března": "Mar",
	"dub": "Apr", "duben": "Apr", "dubna": "Apr", "kvě": "May", "květen": "May", "května": "May", "čvn": "Jun", "červen": "Jun",
	"června": "Jun", "čvc": "Jul", "červenec": "Jul", "července": "Jul", "srp": "Aug", "srpen": "Aug", "srpna": "Aug", "zář": "Sep",
	"září": "Sep", "říj": "Oct", "říjen": "Oct", "října": "Oct", "listopad": "Nov", "listopadu": "Nov", "pro": "Dec", "prosinec": "Dec",
	"prosince": "Dec", "současnost": "Present", "dosud": "Present", "roky": "yrs", "let": "yrs", "měs": "mos", "měsíc": "mo", "měsíce": "mos",
	"měsíců": "mos",
	// Romanian: "aug. 2016 - prezent · 8 ani 5 luni".
	"ian": "Jan", "ianuarie": "Jan", "februarie": "Feb", "martie": "Mar", "aprilie": "Apr", "iun": "Jun", "iunie": "Jun", "iul": "Jul",
	"iulie": "Jul", "septembrie": "Sep", "octombrie": "Oct", "noi": "Nov", "noiembrie": "Nov", "decembrie": "Dec", "prezent": "Present",
	"ani": "yrs", "lună": "mo", "luni": "mos",
	// Hungarian month names and durations: "8 év 5 hónap".
	"márc": "Mar", "ápr": "Apr", "máj": "May", "jún": "Jun", "júl": "Jul", "szept": "Sep", "jelenleg": "Present", "napjainkig": "Present",
	"év": "yrs", "hónap": "mos", "hó": "mos",
	// Russian and Ukrainian: "авг. 2016 г. – настоящее время · 8 лет 5 мес.", "серп. 2016 – дотепер".
	"янв": "Jan", "январь": "Jan", "января": "Jan", "февр": "Feb", "фев": "Feb", "февраль": "Feb", "марта": "Mar", "март": "Mar",
	"апр": "Apr", "апрель": "Apr", "мая": "May", "май": "May", "июнь": "Jun", "июня": "Jun", "июн": "Jun", "июль": "Jul", "июля": "Jul",
	"июл": "Jul", "авг": "Aug", "август": "Aug", "сент": "Sep", "сен": "Sep", "сентябрь": "Sep", "окт": "Oct", "октябрь": "Oct",
	"нояб": "Nov", "ноя": "Nov", "ноябрь": "Nov", "дек": "Dec", "декабрь": "Dec", "г": "", "настоящее": "Present", "время": "", "год": "yr",
	"года": "yrs", "лет": "yrs", "мес": "mos", "месяц": "mo", "месяца": "mos", "месяцев": "mos", "січ": "Jan", "січень": "Jan", "лют": "Feb",
	"лютий": "Feb", "бер": "Mar", "березень": "Mar", "квіт": "Apr", "квітень": "Apr", "трав": "May", "травень": "May", "черв": "Jun",
	"червень": "Jun", "лип": "Jul", "липень": "Jul", "серп": "Aug", "серпень": "Aug", "вер": "Sep", "вересень": "Sep", "жовт": "Oct",
	"жовтень": "Oct", "лист": "Nov", "листопад": "Nov", "груд": "Dec", "грудень": "Dec", "дотепер": "Present", "зараз": "Present",
	"рік": "yr", "роки": "yrs", "років": "yrs", "міс": "mos", "місяць": "mo", "місяці": "mos", "місяців": "mos",
	// Greek: "Αύγ 2016 - Σήμερα · 8 έτη 5 μήνες".
	"ιαν": "Jan", "φεβ": "Feb", "μαρ": "Mar", "απρ": "Apr", "μαΐ": "May", "μάι": "May", "ιουν": "Jun", "ιούν": "Jun", "ιουλ": "Jul",
	"ιούλ": "Jul", "αυγ": "Aug", "αύγ": "Aug", "σεπ": "Sep", "οκτ": "Oct", "νοε": "Nov", "νοέ": "Nov", "δεκ": "Dec", "σήμερα": "Present",
	"παρόν": "Present", "έτος": "yr", "έτη": "yrs", "χρόνια": "yrs", "μήνας": "mo", "μήνες": "mos",
	// Indonesian and Malay: "Agu 2016 - Saat ini · 8 thn 5 bln", "Ogo 2016 - Kini"; not
	// Malay "Mac" (Mar) or "Dis" (Dec), English words.
	"agu": "Aug", "agustus": "Aug", "maret": "Mar", "ogo": "Aug", "ogos": "Aug", "disember": "Dec", "ini": "Present",
	"kini": "Present", "sekarang": "Present", "thn": "yrs", "tahun": "yrs", "bln": "mos", "bulan": "mos",
	// Vietnamese durations: "8 năm 5 tháng".
	"hiện": "", "tại": "Present", "năm": "yrs", "tháng": "mos",
	// Thai: "ส.ค. 2016 - ปัจจุบัน · 8 ปี 5 เดือน".
	"ม.ค": "Jan", "ก.พ": "Feb", "มี.ค": "Mar", "เม.ย": "Apr", "พ.ค": "May", "มิ.ย": "Jun", "ก.ค": "Jul", "ส.ค": "Aug", "ก.ย": "Sep",
	"ต.ค": "Oct", "พ.ย": "Nov", "ธ.ค": "Dec", "ปัจจุบัน": "Present", "ปี": "yrs", "เดือน": "mos",
	// Arabic: "أغسطس 2016 - الحالي · 8 سنوات 5 أشهر".
	"يناير": "Jan", "فبراير": "Feb", "مارس": "Mar", "أبريل": "Apr", "مايو": "May", "يونيو": "Jun", "يوليو": "Jul", "أغسطس": "Aug",
	"سبتمبر": "Sep", "أكتوبر": "Oct", "نوفمبر": "Nov", "ديسمبر": "Dec", "الحالي": "Present", "الآن": "Present", "سنة": "yr", "سنوات": "yrs",
	"شهر": "mo", "أشهر": "mos", "شهور": "mos",
	// Hebrew: "אוג׳ 2016 - היום · 8 שנים 5 חודשים".
	"ינו׳": "Jan", "ינואר": "Jan", "פבר׳": "Feb", "פברואר": "Feb", "מרץ": "Mar", "אפר׳": "Apr", "אפריל": "Apr", "מאי": "May", "יוני": "Jun",
	"יולי": "Jul", "אוג׳": "Aug", "אוגוסט": "Aug", "ספט׳": "Sep", "ספטמבר": "Sep", "אוק׳": "Oct", "אוקטובר": "Oct", "נוב׳": "Nov",
	"נובמבר": "Nov", "דצמ׳": "Dec", "דצמבר": "Dec", "היום": "Present", "הווה": "Present", "שנה": "yr", "שנים": "yrs", "חודש": "mo",
	"חודשים": "mos",
	// Hindi: "अगस्त 2016 - वर्तमान · 8 वर्ष 5 माह".
	"जनवरी": "Jan", "फ़रवरी": "Feb", "फरवरी": "Feb", "मार्च": "Mar", "अप्रैल": "Apr", "मई": "May", "जून": "Jun", "जुलाई": "Jul",
	"अगस्त": "Aug", "सितंबर": "Sep", "अक्तूबर": "Oct", "अक्टूबर": "Oct", "नवंबर": "Nov", "दिसंबर": "Dec", "वर्तमान": "Present", "वर्ष": "yrs",
	"साल": "yrs", "माह": "mos", "महीने": "mos", "महीना": "mo",
}

// SaysPresent reports whether a position's end date says it is held now,
// in English or another language LinkedIn writes ("Present", "heute",
// "obecnie", "nå", "現在").
func SaysPresent(end string) bool {
	return dateWords[strings.ToLower(strings.TrimSpace(end))] == "Present"
}
