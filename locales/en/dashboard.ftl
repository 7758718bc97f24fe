# The owner's dashboard (pages in a browser or a Telegram Mini App).
dash-title = Loyalty dashboard
dash-nav-overview = Overview
dash-nav-programme = Programme
dash-nav-customers = Customers
dash-logout = Log out
dash-back-to-start = Back to the start
dash-refused = This page is for the shop's owners.
dash-login-title = Open the dashboard
dash-login-telegram-wait = Checking who you are with Telegram…
dash-login-how = To open the dashboard, send /dashboard to the shop's bot in Telegram or WhatsApp: it answers with a link that works once, for 10 minutes.
dash-link-open = Open the dashboard
dash-link-refused = This link has expired or has already been used. Send /dashboard to the bot for a new one.
dash-refused-telegram = The dashboard is for the shop's owners and staff. If you work here, ask the owner to invite you.
dash-period = { $days ->
    [one] 1 day
   *[other] { $days } days
}
dash-tiers = Members per tier
dash-popular = Most popular rewards
dash-branches = Branches
dash-branch-figures =
    { $purchases ->
        [one] { $purchases } purchase
       *[other] { $purchases } purchases
    } · { $points ->
        [one] { $points } point
       *[other] { $points } points
    }
dash-version = version { $version }
dash-saved = Saved as version { $version }. Customers see it within seconds.
dash-section-rewards = Rewards
dash-section-stamps = Stamp cards
dash-section-earn = Earning points
dash-section-tiers = Tiers
dash-section-expiry = Points expiry
dash-section-limits = Limits at the till
dash-section-messages = Messages and quiet hours
dash-section-referrals = Gifts: joining, invitations and birthdays
dash-section-shop = The shop
dash-section-history = Version history
dash-field-name = Name in each language
dash-field-cost = Price in points
dash-field-active = Offered to customers
dash-field-slots = Stamps on a full card
dash-field-card-reward = The full card's reward, in each language
dash-field-points-per-unit = Points for each unit of money spent
dash-field-minimum-purchase = Smallest purchase that earns points
dash-field-maximum-purchase = Largest purchase the till may record
dash-field-window-days = Tiers count points earned in the last … days
dash-field-threshold = Points needed
dash-field-multiplier = Points multiplier
dash-field-expiry-policy = Do points expire?
dash-policy-none = Never
dash-policy-rolling = A set number of days after they were earned
dash-field-after-days = Days until points expire
dash-field-reminder-days = Remind customers this many days before (for example 14, 3)
dash-field-stamps-per-day = Stamps per customer per day
dash-field-stamp-cooldown = Minutes between two stamps for one customer
dash-field-max-award = Most points a staff member may give for one purchase
dash-field-max-adjust = Largest correction of points at once
dash-field-code-ttl = Minutes a reward code stays valid
dash-field-quiet-start = Quiet hours start
dash-field-quiet-end = Quiet hours end
dash-field-winback-days = “We miss you” after this many days without a visit (0: never)
dash-field-card-reminder-days = Mention a nearly full or full card after this many days
dash-field-grace-hours = A campaign missed while the bot was off still goes within … hours
dash-field-referrer-points = Points for the customer who invites a friend
dash-field-referee-points = Points for the invited friend
dash-field-birthday-points = Birthday points
dash-field-anniversary-points = Points on each anniversary of joining
dash-field-review-url = Public review page, offered after 4 or 5 stars (Google or another; empty: none)
dash-field-shop-name = The shop's name
dash-missing = missing
dash-retired = no longer offered
dash-add-reward = Add a reward
dash-review = Review the change
dash-nothing-changed = Nothing was changed.
dash-confirm-title = Check the change before saving it
dash-confirm-changes = What changes
dash-confirm-customers = What it means for customers
dash-save = Save
dash-back = Back without saving
dash-changed-meanwhile = The programme was changed by someone else in the meantime. Nothing was saved: look at it again and make your change once more.
dash-restore = Bring this version back
dash-in-force = in force now
dash-source-file = from the programme file
dash-source-import = imported from a file
dash-source-dashboard = changed in the dashboard
dash-source-restore = an earlier version brought back
dash-error-form = The form could not be read. Nothing was saved.
dash-error-missing = { $field }: this is needed.
dash-error-too-small = { $field }: must be at least { $limit }.
dash-error-too-large = { $field }: must be at most { $limit }.
dash-error-number = { $field }: please write a number.
dash-error-invalid = { $field }: this value cannot be used.
dash-error-thresholds = Each tier must need more points than the one before it.
dash-error-first-tier = The first tier must need 0 points: every customer starts there.
dash-error-min-max = The smallest purchase must not be larger than the largest.
dash-error-too-generous = One large purchase could earn too many points: lower the points per unit or the largest purchase.
dash-error-duplicate = Two rewards, tiers or branches have the same name.
dash-search = Search
dash-search-placeholder = Name, phone number or member code
dash-member-code = Member code
dash-balance = Points
dash-tier = Tier
dash-stamps = Stamps
dash-offers = Accepts offers
dash-apps = Chat apps
dash-yes = yes
dash-no = no
dash-history = History
dash-adjust = Correct the points
dash-adjust-points = Points to add (or remove, with a minus sign)
dash-adjust-reason = Reason (the customer sees it)
dash-adjust-usage = Write the points (for example 50 or -20) and a reason.
dash-erase = Erase this customer's data
dash-erase-intro = When a customer asks you (at the counter, by phone or by email) to erase their data. Their name, phone number, birthday and chats are erased; their points, stamps, reward codes, prepaid bundles and memberships are lost, and it cannot be undone. Type their member code to confirm.
dash-erase-code = Member code
dash-erase-mismatch = That is not this customer's member code: nothing was erased.
dash-erase-staff = This person is on your team ({ $name }): remove them from the team first.
dash-erased = The customer's data was erased (member code { $code }).
# In the chat.
dashboard-link =
    Your link to the dashboard (it works once, for { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }; do not share it):
    { $link }
dashboard-open-app = 📊 Open the dashboard
dashboard-open-browser = 🌐 Open in the browser
dashboard-now-owner = ✅ You are now an owner of this shop. /help lists the till's commands and yours; /dashboard opens the dashboard.
dashboard-now-staff = ✅ You are now on the shop's team. /help lists the till's commands; /dashboard opens the dashboard.
dashboard-menu-button = Dashboard
dash-nav-team = Team
dash-nav-audit = Audit log
team-role-owner = owner
team-role-staff = staff
team-dismiss = Dismiss
team-dismiss-note = Off the till and out of the dashboard at once; they are told in their chat, and their own points stay theirs.
team-dismiss-confirm = Yes, take { $name } off the team
team-invite-title = Invite someone to the team
team-invite-as = As
team-invite = Make an invitation
team-invitation =
    An invitation as { $role }: the person sends this to the bot (in Telegram or WhatsApp) within { $days ->
        [one] { $days } day
       *[other] { $days } days
    }. It works once.
audit-system = the bot
dash-nav-campaigns = Campaigns
dash-campaign-new = A new campaign
dash-campaign-segment = Who receives it
dash-campaign-text = The message in { $language }
dash-campaign-effect-chart = Bought within 7 days: those who got it (top) and those kept back (below)
dash-campaign-holdout = Kept back to measure the effect (%, none under 100 people)
dash-campaign-when = When (empty: now)
dash-campaign-when-example = for example: Friday 10:00, or every Monday 9:00
dash-campaign-preview = Preview
dash-campaign-check = Check the campaign before it goes out
dash-campaign-started = Campaign #{ $campaign } is saved. Its progress shows here.
dash-section-brand = Colours of the pictures
dash-field-colour = The band with the shop's name, and the stamps
dash-field-accent = What asks for attention (a full card)
dash-field-background = The background
dash-card-preview = The stamp card as customers see it
dash-section-branches = Branches
dash-add-branch = Add a branch
dash-field-branch-name = The branch's name
dash-figures-as-of = Figures as of { $time } (refreshed every 5 minutes).
dash-field-logo = Logo
dash-change-reward = Reward: { $name }
dash-change-tier = Tier: { $name }
dash-change-branch = Branch: { $name }
dash-change-added = added
dash-change-removed = removed
dash-change-name = Name ({ $language })
dash-change-perks = Perks ({ $language })
dash-change-card-reward = The full card's reward ({ $language })
dash-change-values =
    { $count ->
        [one] { $count } value
       *[other] { $count } values
    }
dash-logo-hint = PNG or JPEG, up to 10 MB; it is made small for the pictures.
dash-logo-remove = Remove the logo
dash-logo-not-a-picture = That file is not a PNG or JPEG picture. Nothing was changed.
dash-logo-too-large = That picture is too large (at most 10 MB). Nothing was changed.
dash-logo-earlier = the earlier picture
dash-logo-uploaded = the new picture
dash-export = Download as a spreadsheet (CSV):
dash-export-customers = customers
dash-export-ledger = every entry of points and stamps
dash-figures-computing =
    Counting the figures of { $days ->
        [one] the last day
       *[other] the last { $days } days
    }: a large shop takes a few seconds. This page shows them by itself.
dash-codes = Reward codes waiting at the counter
dash-holdings = Bundles and memberships
dash-code-until = valid until { $time }
dash-field-claim-days = Days a receipt code can be used to collect its points
dash-field-welcome-points = Points as a welcome gift, once per person
dash-field-welcome-stamps = Stamps already on a new member's first card
dash-error-welcome-stamps = A new member's first card must start with fewer stamps than a full card has.
dash-nav-draws = Draws and surveys
dash-draws-how = Open a prize draw or ask customers a question with the forms below, or in the chat (/draws new, /survey <segment>). The draw's commitment is published as it opens; a survey goes after a preview of who will be asked.
dash-draw-commitment = Commitment (published when the draw opened):
dash-draw-record = Download the public record
dash-surveys = Surveys
dash-section-happy-hours = Happy hours
dash-happy-hint = A promotion that comes back every week at the same times, in the shop's time zone: more points on purchases, or bonus stamps. When several run at once, a purchase gets the best one only, and staff see which.
dash-add-happy-hour = Add a happy hour
dash-field-days = Days
dash-field-happy-start = Starts at
dash-field-happy-end = Ends at (earlier than the start: runs past midnight)
dash-field-bonus-stamps = Bonus stamps each time stamps are given
dash-field-happy-limit = Times per customer (0: no limit)
dash-field-happy-period = Per
dash-happy-period-day = day
dash-happy-period-week = week
dash-happy-period-month = month
dash-field-happy-months = Only in these months (none ticked: all year)
dash-field-happy-active = Running
dash-happy-off = paused
dash-change-happy-hour = Happy hour: { $name }
dash-happy-usage =
    Last 30 days: { $uses ->
        [one] used once
       *[other] used { $uses } times
    } by { $customers ->
        [one] one customer
       *[other] { $customers } customers
    }; { $points ->
        [one] one extra point
       *[other] { $points } extra points
    }, { $stamps ->
        [one] one extra stamp
       *[other] { $stamps } extra stamps
    }.
dash-happy-unused = Not used in the last 30 days.
dash-error-happy-end = A happy hour must end at another time than it starts.
dash-error-happy-nothing = A happy hour must give something: a points multiplier above ×1, or bonus stamps.
dash-section-bundles = Bundles
dash-bundles-hint = Visits paid in advance, sold at the till ("10 haircuts for the price of 8"): staff sell one with /bundle sell and use one per visit with /bundle use or the QR panel's button. The till takes the payment; the bot records what was sold.
dash-add-bundle = Add a bundle
dash-field-bundle-uses = Uses in one bundle
dash-field-bundle-days = Valid for (days after the sale)
dash-field-bundle-price = Price at the till (empty: not said)
dash-field-bundle-active = On sale
dash-field-bundle-reminder-days = Days before a bundle ends to remind its holder (0: never)
dash-bundle-off = not on sale
dash-change-bundle = Bundle: { $name }
dash-bundle-summary =
    { $uses ->
        [one] { $uses } use
       *[other] { $uses } uses
    }, { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
dash-bundle-sales =
    { $sold ->
        [one] Sold once
       *[other] Sold { $sold } times
    }; { $held ->
        [one] one held now
       *[other] { $held } held now
    }, with { $left ->
        [one] one use
       *[other] { $left } uses
    } still to give.
dash-bundle-unsold = Not sold yet.
dash-section-memberships = Memberships
dash-memberships-hint = A paid membership for a month or a year, sold at the till with /member sell: while it runs the member earns as the tier you choose (when that tier earns more than their own) and/or gets a discount staff are shown. The till takes the payment and gives the discount. Bought again before it ends, the new period starts at the end of the old one.
dash-add-membership = Add a membership
dash-field-member-months = Months in one period
dash-field-member-tier = Earns as the tier
dash-member-no-tier = (no tier: a discount only)
dash-field-member-discount = Discount at the till, in % (0: none)
dash-field-member-reminder-days = Days before a membership ends to remind the member (0: never)
dash-change-membership = Membership: { $name }
dash-error-member-nothing = A membership must give something: a tier to earn as, or a discount.
dash-draw-new = Open a prize draw
dash-draw-prize = The prize, as customers will see it
dash-draw-closes = Closes at (time zone: { $zone })
dash-draw-entry = How customers enter
dash-draw-by-purchase = By buying: a ticket for each purchase of at least an amount
dash-draw-by-points = With points: a ticket for a number of points, bought in /draw
dash-draw-threshold = The smallest purchase, or the points for one ticket
dash-draw-cap = Tickets per person, at most
dash-draw-winners = Winners
dash-draw-open = Open the draw
dash-draw-opened = Draw { $draw } is open; its commitment is published below.
dash-survey-new = Ask a question
dash-survey-question = The question
dash-survey-choice = Choice { $number } (at most 20 characters)
dash-survey-check = Check the survey before it is sent
dash-cards-hint = One card fills with a stamp per visit and gives its reward when full. Run another card for another product line (lunch, a car wash), and add steps on the way: a small reward at 3 stamps, a bigger one at 6. A customer may take a step's reward (its stamps come off the card) or save the stamps for the next one. Staff choose the card when stamping.
dash-card-summary =
    { $slots ->
        [one] { $slots } stamp
       *[other] { $slots } stamps
    }, { $steps ->
        [0] no steps
        [one] one step
       *[other] { $steps } steps
    }
dash-card-name-hint = The card's name is needed only once you run more than one card; left empty, it is called “Stamp card”.
dash-step-legend =
    { $at ->
        [one] The reward at { $at } stamp, in each language
       *[other] The reward at { $at } stamps, in each language
    }
dash-add-step = Add a step on the way
dash-field-step-at = Stamps needed for this step
dash-field-step-reward = The step's reward, in each language
dash-remove-step =
    { $at ->
        [one] Remove the step at { $at } stamp: { $reward }
       *[other] Remove the step at { $at } stamps: { $reward }
    }
dash-add-card = Add a stamp card
dash-field-card-active = Stamped at the till
dash-card-off = switched off
dash-error-steps-rise = Each step needs more stamps than the one before, and two steps cannot ask for the same number.
dash-error-step-past-full = A step must come before the card is full: ask for fewer stamps than the card has.
dash-change-card = Card: { $name }
dash-change-step =
    { $at ->
        [one] Step at { $at } stamp
       *[other] Step at { $at } stamps
    }
dash-change-step-reward = The step's reward ({ $language })
dash-rollout-hint = A staged roll-out: start the programme in a few branches first. At a branch not started, nothing is earned or spent and staff are told so kindly; visits they record are noted, and /stats and the overview compare the pilot with the others. Tick a branch to widen it.
dash-field-branch-started = The programme runs at this branch: { $branch }
dash-change-branch-started = Programme started
