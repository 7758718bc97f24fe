feedback-rate-visit = ⭐ Rate this visit
feedback-ask-rating = How was your visit?
feedback-ask-comment = Thank you! Anything you would like to tell us? Type it, or tap Skip.
feedback-skip = Skip
feedback-thanks = Thank you for your feedback!
feedback-review = ⭐ Glad you enjoyed it! If you have a minute, a review helps other people find us: { $link }
