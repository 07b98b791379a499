#include "extract/rule_table.h"

namespace marketclaims {

// Shared fragments, spelled out once so the rules below stay readable.
#define MC_NUMBER R"((\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?))"
#define MC_RANGE_TAIL R"((?:\s*(?:-|–|to)\s*(?:US\s?\$|USD\s?|\$|€|£)?)" MC_NUMBER R"()?)"
// Indian units ("crore", "lakh crore") are scaled by ScaleIndianUnit.
#define MC_UNIT \
  R"((?:\s*(trillion|billion|million|thousand|lakh[\s-]crores?|crores?|lakhs?|tn|bn|mn|mln|mm|cr|b|m|k)\b)?)"
#define MC_CURRENCY_SYMBOL \
  R"(((?:\bUS\s?\$|\bU\.S\.\s?\$|\b(?:AU?|CA?|S)\$|\b(?:USD|EUR|GBP|INR|CNY|RMB|JPY|CHF|AUD|CAD|SGD|KRW|BRL)\b|\bRs\.?|\$|€|£|₹|¥)\.?))"
#define MC_RATE R"((\d{1,3}(?:\.\d+)?))"
#define MC_PERCENT R"(\s*(?:%|percent\b|per cent\b))"
// Where a sentence can start within a block (see SplitSentences).
#define MC_SENTENCE_START R"((?i)(?:^|[.!?]["')]*\s))"
// The two rules read at the start of a sentence; their triggers accept any
// sentence start in a block.
#define MC_SEGMENT_LEAD                                                                                                                      \
  R"((?:by|based on(?:\s+the)?|in terms of|on the basis of)\s+([A-Za-z][\w\-&]*(?:\s*[ /&]\s*[A-Za-z][\w\-]*){0,2}),\s+(?:the\s+)?(.+?)\s+)" \
  R"((?:(?:sub-)?segment\s+)?(?:held|led|accounted|dominated|is|was|captured|commanded|represented|)"                                        \
  R"(contributed|generated|registered|emerged|holds|leads|accounts|dominates|posted|recorded|retained|)"                                     \
  R"(maintained|remained|remains)\b)"
#define MC_SEGMENT_COVERS                                                                                                   \
  R"((?:by|based on|in terms of|on the basis of)\s+([\w\- ]{2,30}?),\s+the\s+(?:report|study|analysis|market|research)\s+)" \
  R"((?:covers|includes|spans|comprises|considers|examines|tracks|is split into|is segmented into|is divided into)\s+(.+))"
#define MC_CAGR_WORDS R"((?:CAGR|compound(?:ed)? annual growth rate|annual growth rate))"

const RuleSpec kRuleTable[kRuleCount] = {
    {kRuleMoneyCurrencyFirst,
     R"((?i)(?:\$|€|£|₹|¥|\b(?:usd|eur|gbp|inr|cny|rmb|jpy|chf|aud|cad|sgd|krw|brl)\b|\brs))",
     "(?i)" MC_CURRENCY_SYMBOL R"(\s?)" MC_NUMBER MC_RANGE_TAIL MC_UNIT},
    {kRuleMoneyCurrencyLast,
     R"((?i)(?:trillion|billion|million|thousand|bn|mn)\s+(?:us|u\.s|dollar|eur|gbp|pound|inr|rupee|cny|rmb|yuan|jpy|yen))",
     "(?i)" MC_NUMBER MC_RANGE_TAIL R"(\s*(trillion|billion|million|thousand|bn|mn)\s+)"
     R"((USD|US dollars?|U\.S\. dollars?|dollars|EUR|euros?|GBP|pounds sterling|INR|rupees|CNY|RMB|yuan|JPY|yen)\b)"},
    {kRuleCagrRateAfter, R"((?i)cagr|annual growth rate)",
     "(?i)"
     R"(\b)" MC_CAGR_WORDS R"(\b(?:\s*\([^)]*\))?([^%;?!]*?))" MC_RATE
     R"((?:\s*(?:%|percent)?\s*(?:-|–|to)\s*)" MC_RATE R"()?)" MC_PERCENT},
    {kRuleCagrRateBefore, R"((?i)cagr|annual growth rate)",
     "(?i)"
     R"(\b)" MC_RATE R"((?:\s*(?:%|percent)?\s*(?:-|–|to)\s*)" MC_RATE R"()?)" MC_PERCENT
     R"(\s*(?:\([^)]*\)\s*)?)" MC_CAGR_WORDS R"(\b)"},
    {kRuleMarketPhrase, nullptr, R"((?i)\b(market|industry)\b)"},
    // Its own trigger: the words alone fire on every third sentence of a
    // page, the phrases on few, and the phrases cost the set nothing more.
    {kRulePlayerIntro, nullptr,
     R"((?i)(\b(?:key|major|leading|prominent|top|notable|main|dominant|established|significant|important|principal|active|other)\s+)"
     R"((?:market\s+|industry\s+|global\s+|[a-z]+\s+)?(?:players?|companies|vendors|manufacturers|participants|competitors|firms|suppliers|providers|brands|innovators|contenders|)"
     R"(operators|makers|producers|developers|distributors)\b)"
     R"(|\b(?:companies|players|vendors|manufacturers|brands)\s+)"
     R"((?:profiled|operating|covered|include|including|such as|like|are)\b)"
     R"(|\b(?:giants|behemoths|titans|heavyweights|incumbents)\s+(?:such as|like|including)\b)"
     R"(|\bcompetitive landscape\b|\bcompany profiles\b|\bmarket players\b|\bkey (?:players|companies)\b|\bindustry giants\b)"
     R"(|\bwho competes\b|\bcompetitors\b|\bcompan(?:y|ies)\s+(?:notes|overviews?|spotlights?|snapshots?|highlights)\b))"},
    {kRuleSegmentParenthesised, R"(\([^()]*(?:,|and))",
     R"((?i)((?:[A-Za-z][A-Za-z\-/&]*\s+){0,3}[A-Za-z][A-Za-z\-/&]*)\s*\(([^()]*(?:,|\band\b)[^()]*)\))"},
    // The segmenting verbs are common words in these reports while the
    // sentences these three rules read are few: each is its own trigger.
    {kRuleSegmentInto, nullptr,
     R"((?i)(?:on the basis of|based on|by|in terms of|according to|with respect to)\s+([A-Za-z][\w\- ]+?),?\s+)"
     R"((?:the\s+)?(?:[\w\-]+\s+)*?(?:market|industry)\s+(?:is|has been|was|can be)\s+(?:further\s+)?)"
     R"((?:segmented|divided|categorized|categorised|classified|bifurcated|trifurcated|segregated|split|)"
     R"(sub-segmented|sub-divided|subdivided)\s+into\s+(.+))"},
    {kRuleSegmentByInto, nullptr,
     R"((?i)(?:market|industry|study|report|\bit)\s+(?:is\s+|has been\s+|was\s+|can be\s+)?(?:also\s+|further\s+)?)"
     R"((?:segmented|divided|categorized|categorised|classified|bifurcated|trifurcated|segregated|split|splits|)"
     R"(divides|segments))"
     R"(\s+(?:the\s+(?:market|industry)\s+)?(?:by|based on|on the basis of|in terms of|with respect to)\s+([A-Za-z][\w\- ]{1,40}?)\s+into\s+([^.;]+?)(?:,\s+and\s+by\s+([A-Za-z][\w\- ]{1,40}?)\s+into\s+([^.;]+))?(?:[.;]|$))"},
    {kRuleSegmentLead, MC_SENTENCE_START MC_SEGMENT_LEAD, "(?i)^" MC_SEGMENT_LEAD},
    {kRuleSegmentNamed, R"((?i)sub-segment)",
     R"((?i)\bthe\s+([\w&/\- ]{2,40}?)\s+(product|application|end[- ]user|end[- ]use|type)\s+sub-segment\b)"},
    {kRuleSegmentIncluding, nullptr,
     R"((?i)\b(?:segmented|divided|categorized|categorised|classified|split)\s+(?:into|by|on the basis of|based on)\s+)"
     R"((?:the\s+)?(?:many\s+|several\s+|various\s+|multiple\s+)?(?:different\s+)?([a-z][\w\- ]{1,30}?)\s+)"
     R"((?:that\s+[^,]{0,40}?\s+)?(?:including|such as|like|namely)\s+(?:the\s+)?([^.]+))"},
    {kRuleSegmentTypesOf, R"((?i)(?:types|kinds) of)",
     R"((?i)\b(?:types|kinds) of [\w\- ]{1,30}?\s*[-:–]\s*([^-–:.]+,[^-–:.]+))"},
    {kRuleSegmentOf, R"((?i)segments? (?:of|includ|compris))",
     R"((?i)\bthe\s+([\w\- ]{2,30}?)\s+segments?\s+(?:of|includes?|including|comprising|comprises)\s+([^.]+,[^.]+))"},
    {kRuleSegmentCovers, MC_SENTENCE_START MC_SEGMENT_COVERS, "(?i)^" MC_SEGMENT_COVERS},
    // Triggers are the verb and the list word: cheap in the set pass.
    {kRuleSegmentIntoBy,
     R"((?i)(?:segmented|divided|categorized|categorised|classified|bifurcated|trifurcated|split)\s+into\s)",
     R"((?i)\b(?:segmented|divided|categorized|categorised|classified|bifurcated|trifurcated|split)\s+into\s+)"
     R"(([^.;]+?),\s+(?:based on|on the basis of|in terms of|by|with respect to)\s+(?:the\s+|its\s+)?)"
     R"(([A-Za-z][\w\- ]{1,30}?)\s*(?:[.;]|$))"},
    {kRuleSegmentAreas,
     R"((?i)\s(?:areas|segments|categories|verticals)\s+(?:are|include|includes|comprise)\s)",
     R"((?i)\b(?:key|leading|major|main|primary|prominent)\s+([a-z][\w\- ]{1,25}?)\s+)"
     R"((?:areas|segments|categories|verticals)\s+(?:are|include|includes|comprise)\s+([^.;]+))"},
};

const ContextSpec kContextTable[kContextCount] = {
    {kCtxYearAfter,
     R"((?i)^[\s,(+]*(?:(?:in\s+)?value\s+)?)"
     R"((?:(in|by|for|during|through|until|till|as of|as at|to|toward|towards|of|at|)"
     R"(by the end of|by end of|at the end of|until the end of|in the year|by the year|in fy|in fiscal year))"
     R"(\s*)?)"
     R"((?:the\s+)?(?:year\s+)?((?:19|20)\d{2})\b)"},
    {kCtxYearBefore,
     R"((?i)\b(in|as of|as at|for|during|by|since|till|until|through)\s+((?:19|20)\d{2})\b)"},
    {kCtxForecastWords,
     R"((?i)\b(projected|expected|forecast(?:ed)?|anticipated|predicted|poised|set to|likely|will|would|could|)"
     R"(estimated to (?:reach|grow|hit|surpass|exceed|be worth|attain|touch|rise|cross)|to reach|reach(?:ing)?|)"
     R"(grow(?:ing)? to|ris(?:e|ing) to|climb(?:ing)? to|expand(?:ing)? to|increas(?:e|ing) to|hit|touch|)"
     R"(surpass(?:ing)?|exceed(?:ing)?|cross(?:ing)?|attain(?:ing)?|to be worth|targeting)\b)"},
    {kCtxActualWords,
     R"((?i)\b(valued|was|were|stood|accounted|is worth|was worth|estimated at|reached|recorded|generated|)"
     R"(as of|registered|totaled|totalled|amounted|is valued|is estimated|size of|currently|up from|from|)"
     R"(is|had)\b)"},
    {kCtxNotTheMarket,
     R"((?i)\b(inc|ltd|llc|corp|corporation|gmbh|plc|company|company's|companies|firm|firm's|reported|posted|)"
     R"(earned|acquired|acquisition|acquire|funding|raised|invested|its revenue|their revenue|net sales|)"
     R"(annual revenue|sales of|segment|sub-segment|subsegment|license|licence|priced?|regional|)"
     R"(share of|budget|spending by|spent|fund|grant|country|countries|respective|division|)"
     R"((?:largest|highest|leading|biggest|dominant|major|significant)\s+(?:\w+\s+)?share|)"
     R"((?:broader|wider|parent|adjacent|overall|entire|larger)\s+(?:\w+\s+){0,3}market|)"
     R"((?:(?:its|their|annual|company|group|net|total)\s+)(?:revenues?|sales)\b|'s\s+(?:\w+\s+){0,3}(?:revenues?|sales)\b|)"
     R"(revenues?\s+(?:reaching|reached|close to|totaling|totalling|grew|rose|increased|were))\b)"},
    {kCtxRevenueAfter,
     R"((?i)^[\s,]*(?:in|of)?\s*(?:annual\s+|total\s+|net\s+|global\s+)?(?:revenue|revenues|sales|turnover|funding|investment))"},
    {kCtxFigureLabel,
     R"((?i)^(revenue|market size|market value|market revenue|forecast|value|size|projected|estimated|base year)\b[^0-9]{0,20}((?:19|20)\d{2})\b)"},
    {kCtxRowYear, R"((?i)\b((?:19|20)\d{2})\b\)?[^0-9.;,]{0,30}?[|:)][^0-9.;,|:]{0,3}$)"},
    {kCtxYearRange,
     R"((?i)\b((?:19|20)\d{2})\s*(?:-|–|—|to|and|through|till|until|/)\s*((?:19|20)?\d{2})\b)"},
    {kCtxEndYear, R"((?i)\b(?:through|till|until|to|by|up to|thru)\s+((?:19|20)\d{2})\b)"},
    {kCtxProfileVerb,
     R"((?i)^\s*(?:\([^)]{1,40}\)\s*)?(?:[:–—-]|,\s+(?:a|an|the|one|which|who)\b|(?:is|has|have|specializes|specialises|offers|provides|focuses|)"
     R"(operates|manufactures|develops|designs|leads|holds|remains|continues|stands|excels|was|reported|)"
     R"(produces|delivers|dominates|plays|boasts|maintains|leverages|serves|introduced|launched|)"
     R"(emphasizes|emphasises|concentrates|utilizes|brings|stays|invests|aims|supplies|sells)\b))"},
    {kCtxPlayerPredicate,
     R"((?i)^\s*(?:\([^)]{1,40}\)\s*)?(?:,\s+[^,;]+,\s*)?)"
     R"((?:\s*and\s+other\s+(?:\w+\s+){0,3}?)?)"
     R"((?:(?:also|further|still|now|currently|actively|increasingly|continuously|recently|)"
     R"(has|have)\s+)*)"
     R"(((?i:is|are|was|were|has|have|remains?|continues?|speciali[sz]es|speciali[sz]e|)"
     R"(focus(?:es)?|)"
     R"(provides?|offers?|holds?|leads?|dominates?|operates?|manufactures?|develops?|designs?|)"
     R"(produces?|delivers?|supplies|sells|serves|emphasi[sz]es|leverages?|maintains?|introduced|)"
     R"(launched|unveiled|announced|acquired|partnered|expanded|invest(?:s|ed|ing)?|emerged|)"
     R"(stands|excels|boasts|competes?|capitali[sz]es|reported|combines|aims|plays|brings|)"
     R"(innovat\w*|commands|controls|captures?|enjoys|benefits))\b)"},
    {kCtxPlayerNoun,
     R"((?i)^\s*(?:\([^)]{1,40}\)\s*)?(?:,\s+(?:a|an|one of the)\s+(?:[\w-]+\s+){0,3})"
     R"((?:leaders?|players?|contenders?|competitors?|compan(?:y|ies)|manufacturers?|)"
     R"(providers?|vendors?|suppliers?|makers?|innovators?|pioneers?|giants?|firms?|brands?|)"
     R"(incumbents?|specialists?|producers?|share|contributors?)\b)"
     R"(|(?:,\s+[^,;]+,\s*)?(?:(?:also|still|now|currently)\s+)*)"
     R"((?:is|are|remains?|ha(?:s|ve) emerged as|emerged as|stands? as|continues? to be|holds?)\s+)"
     R"((?:(?:also|still|now|currently|widely|considered)\s+)*)"
     R"((?:a|an|the|one of the|among the)?\s*(?:[\w-]+\s+){0,3})"
     R"((?:leaders?|players?|contenders?|competitors?|compan(?:y|ies)|manufacturers?|)"
     R"(providers?|vendors?|suppliers?|makers?|innovators?|pioneers?|giants?|firms?|brands?|)"
     R"(incumbents?|specialists?|producers?|share|contributors?)\b)"
     R"(|(?:,\s+[^,;]+,\s*)?(?:(?:also|still|now|currently|jointly|together)\s+)*)"
     R"((?:dominates?|dominated|leads?|led)\s+the\s+(?:[\w-]+\s+){0,4})"
     R"((?:market|industry|segment|space|sector|landscape)\b))"},
    {kCtxNotAPlayer,
     R"((?i)\b(?:ceo|chief|president|founder|co-founder|director|analysts?|chairman|officer|)"
     R"(head of|manager|spokesperson|professor|researcher|said|says|told|according|)"
     R"(market research|market intelligence|research firm|consulting firm|research reports?|)"
     R"(publisher)\b)"},
    {kCtxCompanyBackReference,
     R"(\b[Tt]he (?:company|firm|brand|manufacturer)(?:'s|’s)?\b|(?:^|[.!?]\s)(?:Its|Their)\s)"},
    {kCtxCompanyWork,
     R"((?i)^(?:innovat|invest|speciali[sz]|manufactur|develop|design|produc|launch|introduc|)"
     R"(unveil|acquir|partner|expand|offer|provid|suppl|sell|compet|focus)\w*$)"},
    {kCtxDatedLead,
     R"(^(?:[Ii]n\s+)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+)"
     R"((?:\d{1,2},?\s+)?)?(?:19|20)\d{2}\s*(?:[:,–—-])\s*)"},
    {kCtxSegmentWhile,
     R"((?i)(?:\bwhile|\bwhereas|;)\s+(?:the\s+)?([^,;]+?)\s+(?:(?:sub-)?segment\s+)?(?:is|are)\s+)"
     R"((?:set|projected|expected|anticipated|poised|forecast|likely|growing|advancing|rising)\b)"},
    {kCtxRegionCue,
     R"((?i)\b(?:market|region|regions|regional|cagr|share|dominat\w*|lead\w*|followed|fastest|largest|biggest|)"
     R"(account(?:s|ed)\s+for|)"
     R"(geograph\w*|stud(?:y|ies)|covers?|covered|analy[sz]\w*|spans))"},
    {kCtxCausalClause,
     R"((?i)\b(driven by|fu?ell?ed by|due to|owing to|supported by|thanks to|because|as a result of|)"
     R"(attributed to|spurred by|propelled by|boosted by|backed by)\b)"},
    {kCtxRegionAside,
     R"((?i)\b(?:countries|nations|markets|economies)\s+(?:such as|like|including)\s*$|)"
     R"(\b(?:headquartered|based|located|incorporated)\s+in\s*$|(?:^|\b(\w+)\s+)such as\s*$)"},
    {kCtxBareAmount,
     R"((?i)(?:^|[\s(])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(trillion|billion|million|bn|mn)\b)"
     R"([\s,;.)]*(\w*))"},
};

#undef MC_NUMBER
#undef MC_RANGE_TAIL
#undef MC_UNIT
#undef MC_CURRENCY_SYMBOL
#undef MC_RATE
#undef MC_PERCENT
#undef MC_CAGR_WORDS
#undef MC_SENTENCE_START
#undef MC_SEGMENT_LEAD
#undef MC_SEGMENT_COVERS

}  // namespace marketclaims
