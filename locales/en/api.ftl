# The till API: what a till system shows its staff when a call is refused, the owner's
# /apikey command and the dashboard's Till API page.

api-unauthorized = This API key is missing, unknown or revoked. Ask the shop's owner for a key.
api-scope-missing = This key may not { $scope ->
        [award] record purchases or stamps
        [redeem] hand over rewards
       *[read] look up members
    }. Ask the shop's owner for a key that may.
api-rate-limited = Too many calls with this key. Try again in { $seconds ->
        [one] one second.
       *[other] { $seconds } seconds.
    }
api-invalid-request = The request is not in the form the API takes: see the details, and /api/v1/openapi.json.
api-not-found = The API has no such call: see /api/v1/openapi.json.
api-scope-award = record purchases and stamps
api-scope-redeem = hand over rewards
api-scope-read = look up members

apikey-usage = Usage: /apikey new <name> [branch] · /apikey revoke <start of the key> · /apikey list
apikey-none = There are no till API keys yet.
apikey-list-title = 🔑 Till API keys:
apikey-line = • { $name } · { $prefix }… · branch: { $branch } · may: { $scopes } · last used: { $used }
apikey-line-revoked = • { $name } · { $prefix }… · revoked
apikey-never-used = never
apikey-made =
    🔑 A key for “{ $name }” (branch: { $branch }). Copy it into the till system now: it is shown only this once.

    { $key }

    To stop it: /apikey revoke { $prefix }
apikey-revoked = 🔒 The key { $prefix } (“{ $name }”) is revoked: the till that uses it is refused from its next call.
apikey-not-found = No key in use starts with { $prefix }. /apikey lists them.

dash-nav-api = Till API
api-intro = Your till system can record purchases, stamps, rewards and refunds itself, with a key of its own. Give each till or integration its own key, so you can stop one without stopping the others.
api-docs = The API's description (OpenAPI)
api-made = The key for “{ $name }”. Copy it into the till system now: it is shown only this once.
api-col-name = Name
api-col-key = Key
api-col-branch = Branch
api-col-scopes = May
api-col-used = Last used
api-branch-all = the whole shop
api-revoked-on = revoked on { $date }
api-revoke = Revoke
api-new-title = A new key
api-create = Make the key
audit-key = 🔑 key “{ $name }”

webhook-usage = Usage: /webhook add <https address> [events] · /webhook remove <number> · /webhook list. Events: { $events } (all of them when none is named).
webhook-none = There are no webhooks yet.
webhook-list-title = 🔔 Webhooks:
webhook-line = #{ $id } { $url } · { $events } · waiting: { $pending } · given up: { $failed }
webhook-added =
    🔔 Webhook #{ $id } added: { $url }
    Events: { $events }

    Its signing secret, shown only this once (your system checks each delivery with it):
    { $secret }
webhook-removed = Webhook #{ $id } is removed: nothing more is sent to it.
webhook-not-found = There is no webhook #{ $id }. /webhook lists them.
dash-webhooks-title = Webhooks
dash-webhooks-intro = Your own systems (a CRM, a spreadsheet automation) can be told of events as they happen: a member joined or asked to be erased, points earned, a reward handed over, a tier reached. Each delivery is signed with the webhook's secret and tried again until it arrives.
dash-webhook-url = Address (https)
dash-webhook-events = Events
dash-webhook-add = Add the webhook
dash-webhook-added = The signing secret of webhook #{ $id }. Copy it into your system now: it is shown only this once.
dash-webhook-remove = Remove
dash-webhook-state = waiting: { $pending } · given up: { $failed }
