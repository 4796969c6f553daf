"""Emergency context: blood-pressure readings, who and when a symptom is about, and the frames that make it general."""

from __future__ import annotations

from .fragments import _FAMILY_NOUN

BP_READING = r"(\d{2,3})\s*(?:/|over)\s*(\d{2,3})"
BP_CONTEXT = r"blood pressure|\bbp\b|reading|monitor|machine|cuff|mmhg|systolic|diastolic|pressure|heart|cisnienie|pression|presion|druck|pressao|bloeddruk"
PERSON = (rf"\b(?:i|im|ive|id|me|my|myself|he|she|hes|shes|his|her|him|they|them|theyre|someone|somebody|{_FAMILY_NOUN}"
          r"|yo|mi|je|mon|ma|ich|mein|meine|mir|mich|eu|meu|minha|hijo|hija|fils|fille|sohn|tochter|filho|filha|tengo|estoy|puedo"
          r"|tiene|esta|tenho|estou|consigo|habe|bin|kann|ai|suis|peux|mae|mere|madre|padre|pere|vater|mutter|mann|frau)\b")
ONGOING = (r"right now|currently|\bnow\b|\bjust\b|is having|im having|having a|started|suddenly|keeps?|"
           r"\d+ (?:minutes?|mins?|hours?) ago|an hour ago|help|please|emergency|wont stop|can t|cant")
GENERAL_QUESTION = (r"\bif (?:someone|somebody|a patient|a person|anyone|you) (?:had|has|have|were|was|gets?|got|starts?|started|goes|went)\b|"
                    r"\b(?:student|studying|finals|exam|homework|lecture|textbook|for (?:a|my) (?:class|course|essay|paper))\b|"
                    r"^(?:is|are|can|could|does|do|will|would|what|whats|why|how|when|which|should)\b.*\b(?:side effects?|cause|causes|"
                    r"risk|risks|common|normal|possible|happen|happens|sign|signs|symptoms?|history|chance|likely|ketamine|"
                    r"esketamine|ssris?|antidepressants?|dissociation|infusions?|sessions?|spravato|treatment)\b")
# Words that make a symptom mention informational rather than a report ("stroke risk", "signs of a seizure").
INFO_TERMS = (r"\b(?:risk|risks|chance|chances|odds|rate|rates|likely|possible|common|rare|signs? of|symptoms? of|"
              r"warning|history|study|studies|research|statistics|prevent\w*|avoid\w*)\b")
PLAN = (r"\b(?<!no )(?<!without a )(?<!dont have a )(?<!payment )(?<!treatment )(?<!care )(?<!meal )(?<!phone )(?<!data )"
        r"(?<!safety )(?<!insurance )(?<!pension )(?<!family )(?:plan|plans|planning|planned)\b|picked (?:a|the) (?:date|day)|"
        r"set a date|made up my mind|(?:working|figuring|worked|figured) out how (?:to|i (?:could|would|will|can|d))\b")
# "had a stroke years ago (she's doing well now)": the "now" of a recovery, not of an event happening now
RECOVERED = (r"(?:totally|completely|perfectly|absolutely|all|been|is|was|im|shes|hes|theyre|doing|feeling) (?:\w+ )?(?:fine|good|ok|okay|well|"
             r"better|recovered) (?:now|since|ever since)\b|back to normal|right as rain|fully recovered")
NOT_SETTLED = r"\b(?:still|again|worse|wont stop|keeps?|keeping|right now|just now|another (?:one|seizure|fit|attack)|happening now)\b"
HISTORY = r"no (?:seizures?|fits?|episodes?) (?:in|for) (?:\d+|\w+) (?:years?|months?)|since (?:my|his|her|their) (?:\w+ )?(?:stroke|heart attack|seizure|fall|surgery)|history of|died (?:of|from) (?:a |an )?(?:heart attack|stroke|seizure|overdose)|in (?:19|20)\d\d\b|years? ago|months? ago|last (?:year|month|week)|in the past|previous|prior|used to|when i was"
