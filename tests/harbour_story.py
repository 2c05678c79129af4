"""Four body paragraphs of a made-up local story, for cleaning tests that put a line of
page furniture (a dateline, a site's lead paragraph) around a real body."""

HARBOUR_BODY = [
    "The harbour board voted on Thursday to close the old ferry pier after engineers found "
    "cracks in three of its wooden piles, the board's chair told reporters.",
    "Ferries will dock at the cargo quay until a new pier is built, a move that adds ten "
    "minutes to the crossing for most passengers, the operator said.",
    "Local shop owners said they feared fewer visitors would walk past their doors once the "
    "boats stopped landing at the old pier in the town centre.",
    "The board expects to publish plans for the replacement pier in the autumn and to start "
    "work early next year if the money can be found in time.",
]
