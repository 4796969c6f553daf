"""Passive ideation in other languages: Spanish, French, German, Portuguese, Italian, Polish, Hindi/Urdu, Tagalog,
Malay/Indonesian, Swahili, Vietnamese and Arabizi (with a Caribbean English wording that shares one pattern)."""

from __future__ import annotations

OTHER_LANGUAGES = [
    # session 13: quiet, understated wordings, a fourth author (Hindi-English)
    r"ab (?:aur )?(?:nahi|nahin) (?:hota|hoga|sehna|seh sakta|seh sakti)|(?:jeena|jina|zinda rehna) (?:nahi|nahin) (?:chahta|chahti)|(?:marna|mar jana|mar jaun) (?:chahta|chahti)|khud ko khatam|(?:sab|zindagi) khatam kar",
    r"(?:no le|ya no le|no|ya no) (?:veo|encuentro) (?:el )?sentido (?:a|en) (?:nada|la vida|mi vida|vivir|seguir (?:aqui|viviendo|"
    r"vivo))\b|(?:ni a|no quiero) seguir aqui\b|no tiene sentido (?:seguir )?(?:vivir|viviendo)",
    r"non ce la faccio piu|vorrei (?:solo )?(?:addormentarmi|dormire) e non svegliarmi|mam dosc wszystkiego|"
    r"nikt nie zauwazy\b.{0,20}\bzabraknie|chce zasnac i (?:juz )?(?:sie )?nie obudzic",
    r"(?:queria|quero) (?:sumir|desaparecer|morrer)|nao acordar mais|jeene ka (?:mann|man|mun) (?:hi )?nahi|sab khatam kar (?:dena|du|"
    r"doon|dun)|mar jana chahta|khudkushi|aatmahatya",
    r"je ne veux plus continuer|nicht mehr aufzuwachen|nicht mehr (?:zu )?leben|(?:ser|soy) una carga|ojala no (?:existiera|"
    r"hubiera nacido)|ojala estuviera muert[ao]",
    r"ich (?:will|mag|kann) nicht mehr\s*$",
    r"no quiero (?:\w+ )?(?:vivir|seguir viviendo|despertar|estar aqui|existir|seguir)|ya no quiero (?:vivir|seguir)"
    r"|estarian mejor sin mi|mejor sin mi|no (?:tengo|hay) (?:razon|razones|motivo|motivos) para vivir"
    r"|no (?:vale|tiene sentido) (?:la pena )?vivir|no aguanto mas|desaparecer para siempre|ojala (?:estuviera muerto|no despertar)",
    r"(?:je ne veux plus|je veux plus|je ne veux pas) (?:vivre|me reveiller|etre la|exister)|plus (?:envie|raison) de vivre"
    r"|mieux sans moi|je n ?en peux plus(?! de (?:ces|cette|ce|la|les|mon|ma|mes) (?:listes?|attente|travail|boulot|bruit|voisins?|trafic|chaleur))|disparaitre pour toujours",
    r"(?:will|mochte|mag|kann) (?:\w+ )?nicht mehr (?:leben|aufwachen|da sein|weiterleben)|besser (?:dran )?ohne mich"
    r"|halte (?:das|es) (?:\w+ )?nicht mehr aus"
    r"|keinen sinn mehr (?:zu leben)?|nicht mehr aufwachen",
    r"(?:nao quero|nao aguento) (?:mais )?(?:viver|acordar|estar aqui|existir)|nao aguento mais|melhor(?:es)? sem mim"
    r"|quero (?:sumir|desaparecer)|(?:vida|viver) (?:nao )?(?:tem|faz) (?:mais )?sentido|dormir e nao acordar",
    r"(?:seria|era) (?:\w+ )?(?:mais )?(?:facil|melhor)\b.{0,30}\b(?:nao existir|deixar de existir|morrer|sumir|nao acordar)|"
    r"(?<!hat )mir (?:etwas|was) (?:anzutun|antun)|mir das leben (?:nehmen|zu nehmen)|(?:will|mochte|muss) mich (?:selbst )?"
    r"(?:verletzen|ritzen)",
    r"(?:deseo|quisiera|quiero|ojala) (?:\w+ )?no despertar|dormir y no despertar|soy una carga|quiero desaparecer"
    r"|cansad[oa] de vivir",
    r"plus (?:la force|le courage|l envie|envie|aucune raison) de (?:vivre|continuer|me battre)|"
    r"no (?:tengo|me quedan) (?:fuerzas|ganas) (?:para|de) (?:vivir|seguir)|nao tenho (?:mais )?(?:forcas|vontade) (?:para|de) viver|"
    r"(?:envie de|veux|voudrais) disparaitre|fatigue?e? de vivre|je suis un fardeau|ne plus me reveiller",
    r"(?:will|mochte|wurde gern|wunsche mir)(?: \w+){0,3} (?:sterben|tot sein)|sterben (?:will|mochte)|"
    r"keine kraft mehr(?: zu leben| zum leben)?|(?:will|mochte) (?:einfach )?verschwinden|bin eine last|lebensmude",
    r"(?:sana )?hindi na (?:ako )?magising|(?:gusto ko na lang|gusto ko nang) (?:mawala|mamatay)|ayoko na (?:mabuhay|talaga)|"
    r"sitaki kuishi|(?:tak nak|ga mau|gak mau|nggak mau|tidak mau) hidup (?:lagi)?|khong muon song|jeena nahi|zinda nahi rehna|"
    r"(?:nam|anam) w(?:a)? ma as[7t]a|ma baddi (?:3ish|eesh)|waan dead",
]
