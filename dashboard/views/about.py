"""About the numbers: what sentiment, stance and confidence are, how good, how to read the marks."""

import pandas as pd
import streamlit as st

from dashboard import model_figures, render

st.title("About the numbers")

st.subheader("Sentiment (of a paragraph)")
st.markdown(
    "How positive or negative the *words* of a paragraph are, whoever they are about: from "
    "−1 (very negative) to +1 (very positive). Each sentence is scored by VADER, a "
    "word-list method made for short social-media text (its *compound* score); the paragraph's "
    "score is the mean of its sentences, weighted by their number of words. A paragraph scoring "
    "+0.05 or more is labelled *positive*, −0.05 or less *negative*, anything between *neutral*. "
    "Sentiment says nothing about who is praised or blamed: “Rebels killed ten soldiers” is "
    "negative whichever side the article takes."
)
st.subheader("Stance (toward an actor, in a paragraph)")
st.markdown(
    "How the paragraph treats one actor it mentions: against (−1) … for (+1). For each mention a "
    "model gives three probabilities, negative, neutral and positive; a paragraph's mentions of "
    "one actor are combined, each weighted by how sure the model was about it, and mixed "
    f"{model_figures.ARTICLE_CONTEXT:.0%} with how the whole article treats that actor (readers "
    "judge a paragraph in the light of the article). The **score** is P(positive) − "
    f"P(negative); the **label** follows the score alone: positive from "
    f"{model_figures.POSITIVE_FROM:+.1f}, negative from {model_figures.NEGATIVE_FROM:+.1f}, "
    "neutral between, so a lower score never has a kinder label (news is more often kind to a "
    "person than hostile, hence the uneven thresholds); the **confidence** is the highest of "
    "the three probabilities (1/3 is a guess, 1 is certain). Charts average "
    "the scores over paragraphs (*mean stance*); the spread and the intervals show how much the "
    "paragraphs disagree, and *n* how many there are behind a figure: a mean of three "
    "paragraphs is a hint, not a finding."
)
st.subheader("Your corrections")
st.markdown(
    "A label you correct on the Article page counts at once, everywhere: the paragraph takes "
    "your label, and its score becomes that label held with certainty (−1 negative, 0 neutral, "
    "+1 positive), so means, filters and charts follow it. The model's own score and label stay "
    "in the exports (*model_stance*, *model_label*); corrected points are drawn as diamonds and "
    "counted in the actor tables."
)
st.subheader("How good the stance scores are")
figures = pd.DataFrame(
    [(s.scorer, s.split, s.targets, s.macro_f1, s.accuracy)
     for s in model_figures.STANCE_DEV_SCORES],
    columns=["scorer", "development data", "targets or paragraphs", "macro-F1", "accuracy"],
)
st.dataframe(figures, hide_index=True)
st.caption(
    "Measured on sentences of political news labelled by people (NewsMTSC development splits) "
    "and on whole news articles labelled per paragraph for their main person (PerSenT): "
    "macro-F1 is the mean over the three labels of how well each is found (1 is perfect; "
    "answering the most common label every time scores under 0.3). Whole paragraphs are much "
    "harder than single sentences. Expect lower scores on text unlike that data. Scores are "
    "averages: any single paragraph "
    "may be wrong, which is why the Article page lets you correct a label."
)
st.subheader("How to read the highlighted evidence")
render.show_html(render.legend_html())
