## Prize draws: what customers see (/draw)

draw-none = There is no prize draw running just now. When there is one, you will find it here.
draw-title = 🎟️ Draw { $draw }: { $prize }
draw-closes = Closes on { $date } at { $time }.
draw-enter-points =
    { $points ->
        [one] Enter with points: a ticket costs { $points } point
       *[other] Enter with points: a ticket costs { $points } points
    }, { $cap ->
        [one] one ticket per person.
       *[other] up to { $cap } tickets per person.
    }
draw-enter-purchase =
    Every purchase of { $amount } or more gives you a ticket, { $cap ->
        [one] one ticket per person.
       *[other] up to { $cap } tickets per person.
    }
draw-so-far =
    So far: { $tickets ->
        [one] { $tickets } ticket
       *[other] { $tickets } tickets
    } from { $people ->
        [one] { $people } person.
       *[other] { $people } people.
    }
draw-yours =
    { $count ->
        [one] Your ticket: { $tickets }
       *[other] Your { $count } tickets: { $tickets }
    }
draw-yours-none = You have no ticket yet.
draw-commitment = Sealed before the first ticket: { $commitment }… (the whole code is in the attached record)
draw-drawn =
    Drawn when it closed on { $date }, among { $tickets ->
        [one] { $tickets } ticket.
       *[other] { $tickets } tickets.
    }
draw-winning =
    { $count ->
        [0] Nobody entered, so there is no winner.
        [one] Winning ticket: { $tickets }
       *[other] Winning tickets: { $tickets }
    }
draw-you-won = 🎉 You won! Show the code { $code } at the counter to collect your prize.
draw-not-this-time =
    { $count ->
        [one] Your ticket { $tickets } did not win this time. Thank you for taking part!
       *[other] Your tickets { $tickets } did not win this time. Thank you for taking part!
    }
draw-seed = The secret number was { $seed }. Its SHA-256 is { $commitment }, the seal published when the draw opened.
draw-check-how = 🔎 How to check a draw: the attached record lists every ticket in order. Once a draw is done, anyone can recompute its winners from the secret number and that list (the shop's guide explains how); the same list always gives the same winners.
draw-buy-button = 🎟️ A ticket for { $points } pts
draw-buy-confirm =
    { $points ->
        [one] Spend { $points } point on a ticket for draw { $draw } ({ $prize })?
       *[other] Spend { $points } points on a ticket for draw { $draw } ({ $prize })?
    }
draw-bought =
    🎟️ Your ticket: { $ticket }. { $count ->
        [one] You have { $count } ticket in this draw.
       *[other] You have { $count } tickets in this draw.
    } { $balance ->
        [one] Points left: { $balance }.
       *[other] Points left: { $balance }.
    }

## Prize draws: the owner (/draws)

draws-usage = /draws new opens a prize draw step by step · /draws run <number> draws one whose closing time has passed (the bot does it by itself within a minute) · /draws cancel <number> calls one off and gives back the points paid for tickets.
draws-list-title = 🎟️ Prize draws:
draws-list-empty = No prize draws yet.
draws-line =
    #{ $draw } { $prize }: { $status ->
        [open] open until { $date }
        [drawn] drawn on { $date }
       *[cancelled] called off
    }, { $tickets ->
        [one] { $tickets } ticket
       *[other] { $tickets } tickets
    } from { $people ->
        [one] { $people } person
       *[other] { $people } people
    }
draws-ask-prize = 🎟️ A new prize draw. What is the prize? Write it as customers should see it, e.g. “A hamper of coffee and cakes” (at most { $limit } characters).
draws-prize-bad = Please write the prize in words, at most { $limit } characters.
draws-ask-closes = When does it close? The winners are drawn at that moment. For example: 2026-12-24 18:00, or 18:00 for today.
draws-closes-bad = I need one moment in the future, within a year, such as 2026-12-24 18:00.
draws-ask-entry = How do customers get a ticket?
draws-entry-purchase = 🛒 By buying
draws-entry-points = ⭐ With points
draws-ask-amount = What is the smallest purchase that gives a ticket? For example: 500
draws-ask-points = How many points does one ticket cost? For example: 100
draws-points-bad = Please send the points as a whole number, such as 100.
draws-ask-cap = How many tickets may one person hold at most? (1 to { $most })
draws-ask-winners = How many winners? Each person can win once. (1 to { $most })
draws-number-bad = Please send a whole number from 1 to { $most }.
draws-confirm =
    Open this draw?
    🎁 { $prize }
    ⏰ Closes on { $date } at { $time }
    🎟️ { $how }
    { $winners ->
        [one] 🏆 { $winners } winner
       *[other] 🏆 { $winners } winners
    }
    Before you run a prize draw, check what your local law asks of one.
draws-open-button = ✅ Open the draw
draws-opened = ✅ Draw { $draw } is open. Its seal, published now so nobody can change the draw later: { $commitment }. Tell your customers with /broadcast.
draws-abandoned = The draw was not opened.
draws-run =
    ✅ Draw { $draw } is drawn: { $tickets ->
        [one] { $tickets } ticket
       *[other] { $tickets } tickets
    }, { $count ->
        [0] no winner.
        [one] { $count } winner. They have been told.
       *[other] { $count } winners. They have been told.
    }
draws-cancelled =
    Draw { $draw } is called off. { $people ->
        [0] Nobody had entered.
        [one] The { $people } person who had entered has been told, with any points paid given back.
       *[other] The { $people } people who had entered have been told, with any points paid given back.
    }
staff-note-draw-drawn =
    🎟️ Draw { $draw } ({ $prize }) is drawn among { $entries ->
        [one] { $entries } ticket
       *[other] { $entries } tickets
    }. { $count ->
        [0] Nobody entered, so there is no winner.
        [one] Winner: { $winners }. They have a code for the counter.
       *[other] Winners: { $winners }. They have codes for the counter.
    }
draw-show-button = 🎟️ See the draw
