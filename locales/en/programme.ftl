# What a change to the programme does to customers, said before it is saved.
programme-expiry-from = Points already earned count as earned on { $day } under the stricter expiry, so no point expires sooner than the old rule said.
programme-tier-kept = { $count ->
    [one] One customer would fall below the new threshold of { $tier }; they keep { $tier } until { $day }.
   *[other] { $count } customers would fall below the new threshold of { $tier }; they keep { $tier } until { $day }.
}
programme-reward-retired = { $count ->
    [0] “{ $reward }” will no longer be offered. No codes for it are waiting.
    [one] “{ $reward }” will no longer be offered. The one code already issued for it can still be shown at the counter.
   *[other] “{ $reward }” will no longer be offered. The { $count } codes already issued for it can still be shown at the counter.
}
programme-card-size =
    { $count ->
    [0] New stamp cards will have { $after ->
        [one] { $after } stamp
       *[other] { $after } stamps
    } instead of { $before }. No card is in progress.
    [one] New stamp cards will have { $after ->
        [one] { $after } stamp
       *[other] { $after } stamps
    } instead of { $before }. The one card in progress keeps its { $before }.
   *[other] New stamp cards will have { $after ->
        [one] { $after } stamp
       *[other] { $after } stamps
    } instead of { $before }. The { $count } cards in progress keep their { $before }.
}
programme-no-consequences = Nobody loses anything by this change.
programme-sold-kept = “{ $sold }” stays in the programme, off sale: customers still hold what they paid for, until it is used or ends.
programme-card-kept = “{ $card }” stays in the programme, switched off: no new stamps, but customers keep the stamps and full cards they hold.
