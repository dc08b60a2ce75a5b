"""Column names of the frames the store hands to pages and charts: the only place they are spelled.

Pages, filters, charts and exports refer to ``Col.X``, never to a string literal, so renaming a
column is a one-line change and a typo is an AttributeError instead of a silent empty chart.
"""

from __future__ import annotations


class Col:
    # article
    ARTICLE_ID = "article_id"
    TITLE = "title"
    OUTLET = "outlet"
    PUBLISHED = "published"  # datetime64 (date), NaT when unknown
    URL = "url"
    N_PARAGRAPHS = "n_paragraphs"
    ADDED = "added"
    # paragraph
    PARAGRAPH = "paragraph"  # index within the article, from 0
    POSITION = "position"  # paragraph / max(1, n_paragraphs - 1), in [0, 1]
    TEXT = "text"
    SENTIMENT = "sentiment"  # VADER compound, aggregated from sentences
    SENTIMENT_LABEL = "sentiment_label"
    # stance (one row per paragraph x actor)
    ACTOR = "actor"
    ACTOR_KIND = "actor_kind"
    STANCE = "stance"  # score in [-1, 1]; a corrected row's is its label's (LABEL_SCORES)
    STANCE_LABEL = "stance_label"  # the label shown: the user's correction, else the model's
    CONFIDENCE = "confidence"
    MENTIONS = "mentions"
    CORRECTED_LABEL = "corrected_label"  # the user's correction, or None: the "corrected" flag
    MODEL_STANCE = "model_stance"  # what the analysis said, whatever the correction
    MODEL_LABEL = "model_label"
    # aggregates made for charts
    MEAN_STANCE = "mean_stance"
    STD_STANCE = "std_stance"
    N = "n"  # number of rows behind an aggregate
    CORRECTED = "corrected"  # how many of the rows behind an aggregate a user corrected


ARTICLE_COLUMNS = (Col.ARTICLE_ID, Col.TITLE, Col.OUTLET, Col.PUBLISHED, Col.URL,
                   Col.N_PARAGRAPHS, Col.ADDED)
PARAGRAPH_COLUMNS = (Col.ARTICLE_ID, Col.TITLE, Col.OUTLET, Col.PUBLISHED, Col.PARAGRAPH,
                     Col.POSITION, Col.TEXT, Col.SENTIMENT, Col.SENTIMENT_LABEL)
STANCE_COLUMNS = (Col.ARTICLE_ID, Col.TITLE, Col.OUTLET, Col.PUBLISHED, Col.PARAGRAPH,
                  Col.POSITION, Col.ACTOR, Col.ACTOR_KIND, Col.STANCE, Col.STANCE_LABEL,
                  Col.CONFIDENCE, Col.MENTIONS, Col.CORRECTED_LABEL, Col.MODEL_STANCE,
                  Col.MODEL_LABEL)
