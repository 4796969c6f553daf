"""Regex fragments shared by the pattern tables (pronouns, drug names, quantities, stop verbs)."""

from __future__ import annotations

_ME = r"(?:i|im|ive|id|ill|me|my)"
_REFL_THIRD = r"(?:himself|herself|themselves|themself)"
_PILLS = r"(?:pills|meds|tablets|medications?|medicine|capsules|painkillers|sleeping pills|\w+ pills|\w+ tablets|pastillas|cachets|tabletten|comprimidos|remedios)"
_QTY = r"(?:\d{2,}|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundred)"
_LAUGH = r"(?:lol|lmao|lmfao|rofl|haha\w*|hehe|jk|just kidding|xd|😂|🤣|💀|😅)"
_DEATH = (r"(?:die|dying(?! to| for| of)|be dead|kill(?:s|ed)?|lethal|fatal|toxic(?! (?:to|for) (?:the |your |my )?(?:bladder|urinary))|od|overdose|stop (?:\w+ )?heart|stop (?:\w+ )?breathing|never wake|dont wake up|"
          r"not wake|end (?:it|my life)|(?:destroy|fry|shut down|wreck|ruin) (?:\w+ )?(?:liver|kidneys|organs)|liver failure|"
          r"(?:damage|kill|hurt) (?:\w+ )?(?:liver|kidneys) (?:for good|permanently|beyond repair)|"
          r"(?:sleep|asleep) (?:permanently|forever|for good))")
_SUBJ = r"(?:i|id|he|she|they|hed|shed|theyd)"  # who wishes / would rather (first or third person)
_NOT_DRUG = (r"(?! (?:of )?(?:the |my |our |your |those |these |\d+ |six |five |four |three |two |ten )?(?:\w+ )?(?:forms?|paperwork|"
             r"documents?|papers|records|notes|pictures|photos|steps|sessions?|infusions?|treatments?|appointments?|classes|"
             r"courses?|advice|info\w*|questions|precautions|time|minutes?|mins?|hours?|days?|weeks?|months?|years?|"
             r"dollars|bucks)\b)")  # "took all the forms", "going to take 40 minutes" are not pills
_FAMILY_NOUN = (r"(?:friend|brother|sister|son|daughter|mom|mother|dad|father|husband|wife|partner|boyfriend|girlfriend"
                r"|kid|child|teen|roommate|cousin|uncle|aunt|grandma|grandpa|coworker|colleague|patient|student|"
                r"neighbou?r|fiancee?|spouse|bf|gf|best friend|mate|baby|player|client|pupil|flatmate|housemate|teammate|employee)")
_MED = (r"(?:meds|med|medication|medications|medicine|medicines|anti ?depressants?|ssris?|snris?|maois?|pills|tablets|"
        r"prescriptions?|dose|dosage|sertraline|zoloft|fluoxetine|prozac|escitalopram|lexapro|citalopram|celexa|"
        r"paroxetine|paxil|seroxat|venlafaxine|effexor|duloxetine|cymbalta|bupropion|wellbutrin|mirtazapine|remeron|"
        r"desvenlafaxine|pristiq|vortioxetine|trintellix|trazodone|amitriptyline|nortriptyline|lithium|lamotrigine|"
        r"lamictal|quetiapine|seroquel|aripiprazole|abilify|vilazodone|fluvoxamine|clomipramine|phenelzine|nardil|"
        r"esketamine|spravato|ketamine|mood stabili[sz]ers?|antipsychotics?|benzos?|xanax|clonazepam|lorazepam|"
        r"gabapentin|pregabalin|oxycodone|oxy|oxys|morphine|tramadol|codeine|opioids?|painkillers|zopiclone|zolpidem|ambien|"
        r"temazepam|diazepam|valium|sleeping (?:tablets|pills)|amitriptyline)")
_DRUG = (rf"(?:{_MED}|ibuprofen|tylenol|advil|motrin|aspirin|acetaminophen|paracetamol|naproxen|aleve|melatonin|alcohol|"
         r"wine|beer|weed|cannabis|marijuana|cbd|thc|adderall|ritalin|benadryl|antihistamines?|painkillers|opioids|"
         r"oxycodone|oxy|oxys|percocet|vicodin|fentanyl|heroin|codeine|tramadol|st johns wort|kratom|mdma|molly|cocaine|coke|"
         r"psilocybin|mushrooms|shrooms|lsd|acid|birth control|insulin|blood thinners?|warfarin|sleeping pills|nyquil|"
         r"zolpidem|ambien|diphenhydramine|caffeine|nicotine|vape|edibles?)")
_STOP_VERB = (r"(?:stop|stops|stopping|stopped|stoped|stoping|stopt|quit|quitting|quitted|discontinu\w*|taper|tapering|"
              r"tapered|wean|weaning|weaned|ditch|ditching|ditched|drop|dropping|dropped|skip|skipping|skipped|pause|"
              r"pausing|paused|cut out|give up|giving up|gave up|come off|coming off|came off|get off|getting off|"
              r"got off|go off|going off|went off|been off|switch|switching|switched|change(?! whether| if)|changing|changed|reduce|"
              r"reducing|reduced|lower|lowering|lowered|decrease|decreasing|decreased|increase|increasing|increased|"
              r"cut down|cutting down|cut back|cutting back|halve|halving|halved|swap|swapping|ran out of|run out of|"
              r"running out of|no longer taking|not taking|pack in|packing in)")
