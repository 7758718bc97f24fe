## Surveys: the customer's answer

survey-thanks = 🙏 Thank you! Your answer: { $choice }. Pressing another choice changes it.

## Surveys: the owner (/survey)

survey-usage = /survey <segment> asks a segment one question with 2 to 5 choices · /survey lists the latest · /survey <number> shows one's answers.
survey-list-title = 📊 Surveys:
survey-list-empty = No surveys yet.
survey-line =
    #{ $survey } { $question }: { $answered } of { $asked ->
        [one] { $asked } person asked
       *[other] { $asked } people asked
    }
survey-results-title = 📊 Survey { $survey }: { $question }
survey-results-line = { $bar } { $choice }: { $count } ({ $percent }%)
survey-results-total =
    { $answered ->
        [one] { $answered } answer
       *[other] { $answered } answers
    } from { $asked ->
        [one] { $asked } person asked.
       *[other] { $asked } people asked.
    }
survey-ask-question = 📊 A survey for “{ $segment }”. What is the question? For example: “Which reward should we add next?” (at most { $limit } characters)
survey-question-bad = Please write the question in words, at most { $limit } characters.
survey-ask-choice = Choice { $number }? Send it as a short answer (at most { $limit } characters), e.g. “Free pastry”.
survey-done-button = ✅ That is all the choices
survey-choice-bad = A choice must be a few words, at most { $limit } characters, so it fits on a button.
survey-choice-twice = “{ $choice }” is a choice already.
survey-nobody = Nobody in “{ $segment }” can be asked just now (no members, or none who accept messages). The survey was not sent.
survey-preview =
    The question, with one button per choice:
    { $question }
    { $choices }
survey-send-button =
    { $count ->
        [one] 📨 Ask { $count } customer
       *[other] 📨 Ask { $count } customers
    }
survey-sent =
    📨 Survey { $survey } is on its way to { $count ->
        [one] { $count } customer.
       *[other] { $count } customers.
    } See the answers with /survey { $survey }.
survey-abandoned = The survey was not sent.
survey-typed-choices = Reply with the number of your answer: { $choices }
