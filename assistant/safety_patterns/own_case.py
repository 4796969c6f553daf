"""Medical-advice tables about the visitor's own case: worse symptoms, whether to tell the prescriber, eligibility,
diagnosis."""

from __future__ import annotations

OWN_CASE = {
    "worsening": [  # a visitor's own symptoms getting worse: their prescriber should hear, not a quote
        r"\bmy (?:\w+ ){0,2}(?:depression|anxiety|symptoms?|mood|ptsd|panic(?: attacks)?|ocd|insomnia|sleep|"
        r"side effects?) (?:\w+ ){0,3}(?:getting|gets|got|get|gotten|became|become|becoming|growing|feels?|is|are|"
        r"seems?) (?:even |much |a lot |way |so |really )?worse\b",
        r"\b(?:i|im|i am|ive been|i have been|been) (?:\w+ ){0,2}(?:feeling|feel|felt|getting|gotten|got) "
        r"(?:even |much |a lot |way |so |really )?worse\b",
    ],
    "symptom_report": [  # session 12: whether to tell the prescriber about a symptom; their call, not a quote
        r"(?:do|should|shall|must) i (?:\w+ )?(?:call|ring|phone|contact|tell|see|ask|message) (?:my |the )?(?:prescriber|doctor|gp|clinic|nurse|psychiatrist|pharmacist|dr)\b",
        r"(?:call|ring|phone|tell|contact) (?:my |the )?(?:prescriber|doctor|gp|clinic|dr)\b.{0,20}\b(?:tomorrow|today|tonight|before (?:my |the )?next)\b",
        r"worth (?:asking|telling|calling|ringing|mentioning (?:it )?to) (?:my |the )?(?:doctor|gp|prescriber|clinic|dr|nurse)\b",
        r"(?:debo|deberia|tengo que) (?:llamar|avisar|consultar) (?:al|a mi) (?:medico|doctor|psiquiatra)\b",
    ],
    "eligibility": [
        # session 15: quiet disclosures by a fourteenth author
        r"does (?:that|it|this) matter for (?:the|my) (?:infusion|session|treatment)\b",
        # session 15: people writing about someone else's risk, and writers at risk who mention others
        r"(?:stitches|stitched|cut|injury|infection|cold|flu|fever|covid|surgery|sick|ill|vomiting|antibiotics|bandage|wound|burn|sprain)\b.{0,60}\bcan i still (?:have|get|do|come for) my (?:infusion|session|treatment|appointment)\b",
        r"(?:affect|change|matter|count)\b.{0,30}\b(?:whether|if) (?:id|i would|i) (?:be|am) eligible\b",
        r"does that mean (?:she|he|i|they) (?:cant|can not|cannot|wont be able to) (?:have|get|do|start) (?:iv )?(?:ketamine|infusions?|treatment|spravato)\b",
        # session 15: quiet and indirect disclosures by an eleventh author
        r"(?:antibiotics?|course of|tablets?|medication|meds|infection|cold|flu|covid|surgery|procedure|vaccine|jab)\b.{0,80}\b(?:is it|would it be|will it be) (?:fine|ok|okay|safe|alright|all right) to (?:go ahead with|have|get|start|do|keep) (?:my |the |\w+s )?(?:infusion|session|treatment|appointment)s?\b",
        r"(?:affect|change|matter for|count against|rule me out of|stop me)\b.{0,30}\b(?:whether|if) (?:the clinic|you|your clinic|they) (?:would|will|could|can) (?:take me on|accept me|treat me|see me)\b",
        # session 14: quiet and indirect disclosures by a tenth author
        r"(?:will|would|does|could) missing (?:\w+ ){0,3}(?:infusions|sessions|doses|treatments|appointments) (?:undo|affect|set back|reverse|ruin)\b",
        # session 14: quiet disclosures by a ninth author (one clause of risk inside an ordinary message)
        r"(?:will|do|should|would) i (?:need to |have to )?(?:pause|stop|hold|skip|delay) (?:my )?(?:ketamine |the )?(?:sessions|infusions|treatment|treatments)\b.{0,30}\b(?:around|before|after|for) (?:the |my )?(?:surgery|operation|procedure)\b",
        # session 14: a tenth research-style author
        r"(?:will|would|can|could) you (?:still )?(?:treat|accept|take) me\b",
        # session 14: quiet, indirect disclosures by an eighth author (hidden in admin questions, many Englishes)
        r"should i (?:just )?(?:give up on|stop|quit|keep going with|persevere with|stick with|carry on with) (?:it|them|the (?:infusions|treatment|ketamine|sessions))\b",
        r"(?:would|will|does|could|might) (?:that|this|my) (?:\w+ )?(?:history|past|diagnosis|condition) (?:affect|change|stop|prevent|rule out|count against) (?:whether|if|me)\b",
        # session 14: quiet disclosures by a seventh author (many registers, inside a clinic question)
        r"(?:does|would|will|could) (?:that|this|it) (?:make|mean) (?:me|i am|im) (?:in)?eligible\b",
        # session 13: quiet, understated wordings, a fourth author
        r"(?:suitable|ok|okay|safe|appropriate|right) for (?:a |an |someone )?(?:\d+|\w+) ?year ?old with\b",
        # session 12: whether it is right for me
        r"(?:does|would|will|could) (?:that|this|it) (?:change|affect|alter) (?:whether|if) (?:ketamine|esketamine|spravato|it|this treatment|the treatment) (?:is|would be|will be|might be) (?:still )?(?:right|suitable|a good fit|good|an option) for me\b",
        # session 12: timing, a bipolar history, a teenager's dose, French interaction
        r"(?:im|i am|i have|ive got|i was diagnosed)\b.{0,20}\bbipolar\b.{0,80}\b(?:would|will|could|can|should|is)\b.{0,25}\b(?:ketamine|it|esketamine|spravato)\b",
        # session 12: a second author in the research set's style
        r"(?:does (?:that|this|it) mean|would|do|will) i (?:qualify|be eligible|am eligible|count as eligible) for\b",
        r"(?:me|le|nos) (?:pueden|puede|podrian|podria|podrias) (?:poner|dar|administrar|aplicar|hacer) (?:la |una )?(?:ketamina|"
        r"esketamina|infusion)|(?:ketamina|esketamina)\b.{0,40}\bsin (?:ningun )?riesgo",
        r"(?:im|i am|my (?:son|daughter|kid|child|teen) is|hes|shes) (?:only |just )?1[0-7]\b(?! (?:minutes?|mins?|hours?|hrs?|"
        r"days?|weeks?|months?|mg|ml|min)\b).{0,80}\b(?:is (?:it|this|that) "
        r"(?:\w+ )?(?:safe|ok|okay)|should (?:i|we|he|she)|can (?:i|he|she))\b",
        r"(?:am i|would i be|is my \w+) (?:even |still )?(?:a )?(?:good |suitable |right |ideal )?(?:candidate|eligible|suitable|right for)",
        r"(?:im|i am|i would be|id be|i might be) (?:a )?(?:good |suitable |right |ideal )?candidate",
        r"(?:darf|kann) ich (?:\w+ ){0,3}(?:trotzdem |auch |noch )?(?:ketamin|spravato|esketamin|\w+xetin|\w+pram|sertralin|"
        r"venlafaxin|bupropion|lithium|mirtazapin) (?:bekommen|nehmen|"
        r"machen|kombinieren)|(?:darf|kann) ich (?:\w+ ){0,4}(?:bekommen|nehmen|trinken) (?:wenn|obwohl|mit)",
        r"(?:is|would) (?:ketamine|esketamine|spravato|this treatment|this|that|it|treatment) (?:be )?(?:right|safe|good|suitable|"
        r"appropriate|a good (?:idea|option|choice|fit)|a bad idea|dangerous|risky|an option|a possibility|possible|ok|okay|worth it|"
        r"the best option) for (?:me|him|her|my \w+|(?:someone|somebody|people) like me)",
        r"(?:is he|is she|am i|are they|is my \w+) too (?:young|old)\b",
        r"(?:should|could|would) i (?:try|get|start|switch to|consider|go for|choose) (?:ketamine|esketamine|spravato|an? ssri|"
        r"an? snri|\w+ instead)",
        r"(?:which|what) (?:antidepressant|medication|med|ssri|treatment|drug) (?:would|will|might) (?:suit|be best for|work best for) me\b",
        r"(?:which|what) (?:antidepressant|medication|med|ssri|treatment|drug) (?:should|would|do you recommend|is best for|"
        r"would be best for|is right for) (?:i|me)",
        r"(?:would|will|could|can|might|does|do you think) (?:ketamine|esketamine|spravato|this|it|the treatment|treatment|tms|"
        r"ect|an? ssri|\w+ (?:therapy|treatment)) (?:\w+ ){0,2}(?:help|work for|benefit|be right for|fix|cure) me\b",
        r"(?:is|would|will) (?:ketamine|esketamine|spravato|it|this|treatment|the treatment) (?:be |still be )?(?:safe|ok|okay|"
        r"dangerous|risky) (?:with|for|given|if|in) (?:my|me|i)\b|will (?:ketamine|esketamine|spravato|it|treatment) (?:still )?"
        r"work (?:for me|if i)",
        r"(?:would|will|is|are|be)\b.{0,40}\b(?:better|best|safer|more effective|the right (?:one|choice|option)) "
        r"(?:option |choice |fit )?for me\b|for me personally|(?:better|best|right) for (?:someone|somebody) like me",
        r"(?:put|puts) my (?:recovery|sobriety|health) at risk|rule me out|(?:disqualif|exclud)\w* me\b|(?:do|would|will|can) i (?:even |still )?qualify|am i qualified|which (?:one |would |is |of them )?(?:be )?(?:right|best|"
        r"better) for me",
        r"posso prendere\b.{0,40}\b(?:insieme|con)|mag ik\b.{0,40}\b(?:krijgen|nemen|gebruiken|combineren)|"
        r"czy (?:moge|mozna) (?:brac|wziac|laczyc|pic)",
        r"soy (?:un |una )?(?:buen |buena )?candidat[oa]|suis je (?:un )?(?:bon )?candidat|bin ich (?:ein )?geeignet",
        r"(?:wenn ich|ich bin|bin ich) schwanger|(?:estoy|si estoy) embarazada|(?:je suis|si je suis) enceinte|(?:estou|se estiver) gravida|"
        r"(?:for|in) my case\b.{0,40}\b(?:better|best|which|should)\b",
        r"(?:meds|pills|tablets)\b.{0,20}\bketamine (?:\w+ )?safe for me\b",
        r"(?:tablets|pills|meds|medications?|statins?|inhalers?|insulin|thinners)\b.{0,60}\bcan i still (?:have|get|do) (?:the )?"
        r"(?:ketamine|infusions?|treatment|esketamine)\b",
        r"would (?:i|she|he) qualify for (?:ketamine|esketamine|the treatment|infusions?)\b|(?:im|i am) not bad enough (?:yet )?(?:for|to)?",
        r"(?:would|do|could|will) (?:i |she |he )?qualify for (?:ketamine|esketamine|the treatment|infusions?)\b",
        r"(?:would|am|is) (?:i|she|he) (?:be )?a (?:safe|suitable|good|ok|okay|decent) candidate\b",
        r"(?:does|would|do) (?:my \w+|he|she|they|him|her) count as (?:treatment ?resistant|trd)\b",
        r"(?:am i|is he|is she|are they) (?:still )?allowed to (?:have|get|take|do) (?:the )?(?:ketamine|esketamine|spravato|infusions?|treatment)\b",
        r"fiyye a[3e]mel ketamine|co duoc dung ketamine|boleh (?:ga |tak )?ikut terapi ketamine|riwayat psikosis",
    ],
    "diagnosis": [
        r"(?:could|can|might|may) (?:i|it|this|that|mine|my (?!cat|dog|pet|character)\w+) (?:actually |really )?(?:\w+ )?be "
        r"(?:bi ?polar|adhd|bpd|borderline|ptsd|ocd|cyclothymi\w*|autis\w+)\b(?!.{0,60}\b(?:book|character|article|show|novel|film)\b)",
        r"\bis (?:that|this|it) (?:\w+ )?(?:depression|burnout|anxiety|bipolar|adhd|ptsd|normal sadness|grief) or (?:just )?\w+",
        r"(?:do you think|could it be that|is it possible that) (?:i|im|my)\b.{0,40}\b(?:is|am|are|have|has) (?:actually |really )?"
        r"(?:bipolar|adhd|ocd|ptsd|borderline|bpd|autis\w+|depressed|depression|treatment resistant|trd)\b",
        r"(?:do|does) my symptoms (?:sound|seem|look) (?:more )?like|(?:sound|sounds) like i (?:have|might have)",
        r"(?:does|do) (?:that|this|it|these) (?:sound|seem|look) (?:more )?like (?:\w+ ){0,2}(?:bipolar|adhd|ocd|ptsd|depression|"
        r"anxiety|psychosis|mania|a disorder)\b.{0,40}\b(?:to you|than)",
        r"(?:do|could|might|would|can) i (?:actually |really |maybe |possibly |just )?(?:have|be having|possibly have|suffer from) (?:a |an )?(?:trd|treatment resistant|"
        r"\w+ depression|depression|bipolar|anxiety|ptsd|ocd|adhd|\w+ disorder|serotonin syndrome|withdrawal|side effects?|"
        r"something (?:serious|wrong))",
        r"(?:am i|is my \w+|is he|is she) (?:\w+ )?(?:depressed|bipolar|treatment resistant|addicted|having (?:a |an )?"
        r"(?:reaction|side effects?|withdrawal))",
        r"(?:do you think|you think|would you say) (?:i|im) (?:have|am|might have|could have|got|might be|could be)\b|"
        r"(?:diagnose|assess|evaluate) (?:me|my)|what (?:is wrong with me|do i have|condition do i have)",
        r"(?:are|is) (?:my|these|this) (?:\w+ ){0,2}(?:bipolar|depression|depressive|adhd|ptsd|ocd|anxiety|a disorder|"
        r"(?:a )?(?:sign|symptom)s? of)\b",
        r"(?:i|my|me)\b.{0,80}\b(?:is (?:this|that|it)|are these) (?:normal|serious|dangerous|bad|a side effect|something to "
        r"worry about|ok|okay)(?! to (?!(?:still )?(?:feel|be feeling|have|get|experience|be this)\b))(?! for (?!me\b|my\b))|(?:is (?:this|that|it)|are these) (?:normal|serious|dangerous)\b.{0,80}\b(?:i|my|me)\b"
        r"|should i (?:be )?(?:worried|concerned)",
        r"tengo (?:depresion|trd)|est ce que j ai (?:une )?depression|habe ich (?:eine )?(?:depression|therapieresistente)"
        r"|eu tenho depressao",
        r"(?:do|would|does|will) (?:i|he|she) (?:count|qualify) as (?:treatment ?resistant|trd|having trd)|"
        r"confirm (?:\w+ ){0,6}that i (?:count|qualify) as\b",
        r"(?:say|think) i (?:count|qualify) as\b|ought i to be on\b",
    ],
}
