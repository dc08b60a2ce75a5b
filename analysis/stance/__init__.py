"""Stance scorers behind one interface (``analysis.stance.base.StanceScorer``)."""
