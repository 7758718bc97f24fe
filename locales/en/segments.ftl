segments-title = 🎯 Segments, and how many customers each reaches now:
segments-line = { $segment }: { $count }
segments-footer = Only customers who accept offers, have not blocked the bot and have not erased their data are counted. The README explains each segment.
segments-rfm-as-of = champions, loyal, at-risk and lost: from the scores worked out every night, last on { $day } at { $time }.
