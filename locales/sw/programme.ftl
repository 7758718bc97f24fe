# Mabadiliko ya mpango yanavyowagusa wateja, yakielezwa kabla ya kuhifadhiwa.
programme-expiry-from = Pointi zilizokwisha kupatikana zinahesabiwa kana kwamba zilipatikana tarehe { $day } chini ya sheria mpya ya kuisha muda, kwa hiyo hakuna pointi itakayoisha mapema kuliko sheria ya zamani ilivyosema.
programme-tier-kept = { $count ->
    [one] Mteja mmoja angeshuka chini ya kiwango kipya cha { $tier }; atabaki { $tier } hadi { $day }.
   *[other] Wateja { $count } wangeshuka chini ya kiwango kipya cha { $tier }; watabaki { $tier } hadi { $day }.
}
programme-reward-retired = { $count ->
    [0] “{ $reward }” haitatolewa tena. Hakuna msimbo wake unaosubiri.
    [one] “{ $reward }” haitatolewa tena. Msimbo mmoja uliokwisha kutolewa bado unaweza kuonyeshwa kaunta.
   *[other] “{ $reward }” haitatolewa tena. Misimbo { $count } iliyokwisha kutolewa bado inaweza kuonyeshwa kaunta.
}
programme-card-size = { $count ->
    [0] Kadi mpya za mihuri zitakuwa na mihuri { $after } badala ya { $before }. Hakuna kadi inayoendelea.
    [one] Kadi mpya za mihuri zitakuwa na mihuri { $after } badala ya { $before }. Kadi moja inayoendelea inabaki na nafasi zake { $before }.
   *[other] Kadi mpya za mihuri zitakuwa na mihuri { $after } badala ya { $before }. Kadi { $count } zinazoendelea zinabaki na nafasi zake { $before }.
}
programme-no-consequences = Hakuna anayepoteza chochote kwa mabadiliko haya.
programme-sold-kept = “{ $sold }” kinabaki kwenye mpango, bila kuuzwa: wateja bado wana walicholipia, hadi kitumike au kiishe.
programme-card-kept = “{ $card }” inabaki kwenye mpango ikiwa imezimwa: hakuna mihuri mipya, lakini wateja wanabaki na mihuri na kadi zilizojaa walizo nazo.
