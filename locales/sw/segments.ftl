segments-title = 🎯 Makundi ya wateja, na idadi ya wateja kila kundi linawafikia sasa:
segments-line = { $segment }: wateja { $count }
segments-footer = Wanaohesabiwa ni wateja wanaokubali ofa tu, ambao hawajazuia boti wala kufuta taarifa zao. README inaeleza kila kundi.
segments-rfm-as-of = champions, loyal, at-risk na lost: kutoka kwa alama zinazohesabiwa kila usiku, mara ya mwisho { $day }, { $time }.
